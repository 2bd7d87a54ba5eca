import anyAscii from 'any-ascii';
import { LRUCache } from 'lru-cache';

/**
 * Spelling-independent forms of one word of a personal name. Transliteration (any-ascii) puts
 * every script into Latin letters; folding then merges the letters that transliteration systems
 * disagree on (German Ch/Sch/W, Azerbaijani X/Ə, English Kh/Sh/V, Arabic without vowels).
 */

// Letters whose any-ascii form loses a digraph the other transliterations keep.
const BEFORE_ASCII: Record<string, string> = { ç: 'ch', ş: 'sh', ə: 'a', ž: 'zh', č: 'ch', š: 'sh', ı: 'i', ğ: 'g', ć: 'ch', ś: 'sh', ź: 'zh', ż: 'zh' };

// Longest first: "sch" before "ch", "kh" before "h".
const FOLDS: Array<[RegExp, string]> = [
  [/tsch/g, 'ch'],
  [/sch/g, 'sh'],
  [/(dzh|dj|dsch)/g, 'j'],
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
const FOLDED_WORDS = new LRUCache<string, Readonly<FoldedWord>>({ max: 100_000 });

/** The folded forms of one word; the result is shared and must not be modified. */
export function foldWord(word: string): Readonly<FoldedWord> {
  let folded = FOLDED_WORDS.get(word);
  if (!folded) FOLDED_WORDS.set(word, (folded = foldUncached(word)));
  return folded;
}

function foldUncached(word: string): FoldedWord {
  const arabic = ARABIC.test(word);
  const ascii = transliterate(arabic ? word.replace(ARABIC_ARTICLE, '') : word);
  const folded = fold(ascii);
  // Voicing and g/h are where transliterations of one letter differ (Belarusian Aleh/Aleg, Davit/David).
  const skeleton = (text: string) => text.replace(/[aeiouj]/g, '').replace(/d/g, 't').replace(/g/g, 'h').replace(/(.)\1+/g, '$1');
  // A w in the source may have been a vowel (Arabic و for o/u): keep both readings.
  const withoutW = fold(ascii.replace(/w/g, ''));
  // Azerbaijani and Turkish Latin c is the sound others write j/dzh ("Ceyhun" = "Jeyhun").
  const turkicC = /c(?!h)/.test(ascii) ? [skeleton(fold(ascii.replace(/c(?!h)/g, 'j')))] : [];
  const skeletons = [...new Set([skeleton(folded), ...(ascii.includes('w') ? [skeleton(withoutW)] : []), ...turkicC])].filter(
    (s) => s.length > 0,
  );
  return { ascii, folded, skeletons, arabic, declined: /\p{Script=Cyrillic}/u.test(word) };
}
