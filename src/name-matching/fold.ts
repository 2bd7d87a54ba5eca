import anyAscii from 'any-ascii';
import { LRUCache } from 'lru-cache';
import { romanise } from '../romanisation';

/**
 * Spelling-independent forms of one word of a personal name. Transliteration (any-ascii) puts
 * every script into Latin letters; folding then merges the letters that transliteration systems
 * disagree on (German Ch/Sch/W, Azerbaijani X/Ə, English Kh/Sh/V, Arabic without vowels).
 */

// Letters whose any-ascii form loses a digraph the other transliterations keep.
const BEFORE_ASCII: Record<string, string> = { ç: 'ch', ş: 'sh', ə: 'a', ž: 'zh', č: 'ch', š: 'sh', ı: 'i', ğ: 'g', ć: 'ch', ś: 'sh', ź: 'zh', ż: 'zh' };

// Longest first: "sch" before "ch", "kh" before "h".
const FOLDS: Array<[RegExp, string]> = [
  [/(dzh|dj|dsch)/g, 'j'],
  [/tsch/g, 'ch'],
  [/sch/g, 'sh'],
  [/(kh|ch|x)/g, 'h'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/[cq]/g, 'k'],
  [/[vw]/g, 'f'],
  [/z/g, 's'],
  [/sh/g, 's'],
  [/y/g, 'j'],
  [/(.)\1+/g, '$1'],
];

const ARABIC_ARTICLE = /^ال(?=[\u0621-\u064A]{2,})/u;
const ARABIC = /[\u0600-\u06FF]/u;

export interface FoldedWord {
  /** Transliterated, lower-case, letters only ("chalafov"). */
  ascii: string;
  /** After folding ("halafof"). */
  folded: string;
  /** Consonant skeletons: vowels and j dropped; an Arabic-style w either kept as f or dropped. */
  skeletons: string[];
  /** Every Latin reading of the word (any-ascii, and the romanisation of its script): what an initial may abbreviate. */
  readings: string[];
  /** Written in Arabic script (no vowels, w/y may be vowels). */
  arabic: boolean;
  /** Written in Cyrillic, whose languages decline names ("Халафова" may be "of Khalafov"). */
  declined: boolean;
}

export function transliterate(word: string): string {
  const mapped = [...word.normalize('NFC').toLowerCase()].map((ch) => BEFORE_ASCII[ch] ?? ch).join('');
  return anyAscii(mapped).toLowerCase().replace(/[^a-z]/g, '');
}

export function fold(ascii: string): string {
  return FOLDS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), ascii);
}

// Names repeat their words endlessly (every report of a busy official): each word is folded once.
const FOLDED_WORDS = new LRUCache<string, Readonly<FoldedWord>>({ max: 100_000, memoMethod: (word) => foldUncached(word) });

/** The folded forms of one word; the result is shared and must not be modified. */
export function foldWord(word: string): Readonly<FoldedWord> {
  return FOLDED_WORDS.memo(word);
}

/**
 * What one Latin spelling may stand for in another transliteration system, each tried alone
 * (a reading of the whole word, not a free mix): English x is ks where Azerbaijani x is kh
 * ("Alexander"/"Александр"); French ch is sh ("Verchinine", "Choukri"); Greek and German ch
 * may be k ("Michaelis"/"ميكايليس"); Persian gh is the q others write ("Araghchi"/"Araqchi");
 * French and Dutch j is zh ("Jeroen"/"Жерун"); Slavic c
 * is ts ("Wronecka"/"Vronetska", "Pranckevičius"/"Пранцкявичюс"); Serbian c without its accent
 * is ch ("Jovic"/"Јовић"); Polish rz, cz, sz are zh, ch, sh ("Przydacz"/"Пшидач"); Turkish and
 * Azerbaijani c is j ("Ceyhun"/"Jeyhun"); dj may be d and y ("Mammadjarow"); the kh of a
 * Russian rendering may be a k elsewhere ("Михаэлис"/"ميكايليس"); Russian writes the Armenian
 * initial Hov(h) as Ov/Og ("Hovhannisyan"/"Оганнисян", "Hovsep"/"Овсеп").
 */
const READINGS: Array<Array<[RegExp, string]>> = [
  [[/x/g, 'ks']],
  [[/ch/g, 'sh']],
  [[/ch/g, 'k']],
  [[/gh/g, 'q']],
  [[/j/g, 'zh']],
  [[/c(?![hz])/g, 'ts']],
  [[/c(?!h)/g, 'ch']],
  [[/c(?!h)/g, 'j']],
  [[/rz/g, 'zh'], [/cz/g, 'ch'], [/sz/g, 'sh']],
  [[/dj/g, 'dy']],
  [[/kh/g, 'k']],
  [[/^hovh/, 'oh'], [/^ho/, 'o']],
];

// Voicing and g/h are where transliterations of one letter differ (Belarusian Aleh/Aleg, Davit/David).
const skeleton = (text: string) => text.replace(/[aeiouj]/g, '').replace(/d/g, 't').replace(/g/g, 'h').replace(/(.)\1+/g, '$1');

function foldUncached(word: string): FoldedWord {
  const arabic = ARABIC.test(word);
  const bare = arabic ? word.replace(ARABIC_ARTICLE, '') : word;
  const ascii = transliterate(bare);
  const folded = fold(ascii);
  // A word in another script is read by any-ascii and by the romanisation of its script
  // (BGN/PCGN for Russian: "Ермухамбет" is "Yermukhambet", "Жерун" "Zherun").
  const latin = /\p{Script=Latin}/u.test(word) || !/\p{L}/u.test(word);
  const readings = new Set([ascii, ...(latin ? [] : [transliterate(romanise(bare))])]);
  const candidates: string[] = [];
  for (const reading of readings) {
    candidates.push(skeleton(fold(reading)));
    // A w in the source may have been a vowel (Arabic و for o/u): keep both readings.
    if (reading.includes('w')) candidates.push(skeleton(fold(reading.replace(/w/g, ''))));
    // Arabic script writes a final e or a as ه ("أندريه" is Andrey, "خليفة" Khalifa).
    if (arabic && /h$/.test(reading)) candidates.push(skeleton(fold(reading.replace(/h$/, ''))));
    // Arabic letters have one reading each (خ is kh, ك is k): the variants are the Latin side's.
    if (!arabic) for (const rules of READINGS) {
      const variant = rules.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), reading);
      if (variant !== reading) candidates.push(skeleton(fold(variant)));
    }
  }
  const skeletons = [...new Set(candidates)].filter((s) => s.length > 0);
  return { ascii, folded, skeletons, readings: [...readings], arabic, declined: /\p{Script=Cyrillic}/u.test(word) };
}
