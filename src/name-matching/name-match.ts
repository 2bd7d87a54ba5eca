import { phoneticCodes } from './phonetic-codes';
import levenshtein from 'talisman/metrics/levenshtein';
import { fold } from './fold';
import { NameWord, parseName } from './name-words';

/** Scores at or above this are the same person. */
export const NAME_MATCH_THRESHOLD = 0.6;

type WordMatch = 'exact' | 'skeleton' | 'phonetic' | 'typo' | null;

const WORD_SCORE: Record<Exclude<WordMatch, null>, number> = { exact: 1, skeleton: 0.95, phonetic: 0.85, typo: 0.8 };

/** A name read surname first ("Khalafov Khalaf") matches slightly below the same order. */
const REORDERED = 0.98;

// Feminine and masculine forms of one family name are two people (a minister and his wife or daughter).
const FEMININE = /(ova|eva|yova|ina|yna|skaya|skaia|ska|cka|tska|aya)$/;
const MASCULINE = /(ov|ev|yov|in|yn|sky|skiy|skii|ski|cki|tsky|tskiy|y)$/;

/** "Aleksandr"/"Aleksandra", "Ramil"/"Ramila": a given name and its feminine form. */
function genderDiffers(a: NameWord, b: NameWord, surname: boolean): boolean {
  // Arabic script writes no final vowel; Cyrillic text declines names (genitive "Александра").
  if (a.arabic || b.arabic || a.declined || b.declined) return false;
  const [x, y] = [a.ascii, b.ascii];
  if (surname) return (FEMININE.test(x) && !FEMININE.test(y) && MASCULINE.test(y)) || (FEMININE.test(y) && !FEMININE.test(x) && MASCULINE.test(x));
  const endsA = (w: string) => w.endsWith('a');
  const endsConsonant = (w: string) => /[^aeiouy]$/.test(w);
  return (endsA(x) && endsConsonant(y) && y.length >= 3) || (endsA(y) && endsConsonant(x) && x.length >= 3);
}

// Endings that mark a family name: a name that starts with such a word is written surname first
// ("Mammadov Elmar", "Мамедов Эльмар"), so its last word is a given name, not a surname.
const SURNAME_ENDING = /(ov|ev|ova|eva|sky|skiy|ski|ska|skaya|enko|yan|shvili|dze|oglu|ogly|zade|zadeh)$/;

/** The name is written surname first: its first word has a family name's ending and its last does not. */
function surnameFirst(words: readonly NameWord[]): boolean {
  return words.length >= 2 && SURNAME_ENDING.test(words[0].ascii) && !SURNAME_ENDING.test(words[words.length - 1].ascii);
}

// Hassan and Hussein (حسن, حسين), Hasanov and Huseynov share a consonant skeleton but are two
// names: one has an i-glide before a consonant (Latin "ei", "ai", "ay", "eyi"; Arabic script an
// inner ي), the other no i sound at all. An i sound written another way ("Saeed", "Said") is no
// difference, and Arabic script writes a foreign e with ي too (رودينكو Rudenko, أندرياس Andreas).
const LATIN_GLIDE = /[aeiou](?:[iyj](?![aeiou])|yi)/;
const LATIN_I_SOUND = /^.+(?:[iyj]|ee)/;
const LATIN_I_OR_E = /^.+[iyje]/;
const ARABIC_INNER_Y = /^.+y.+$/;

function glideDiffers(a: NameWord, b: NameWord): boolean {
  if (a.arabic && b.arabic) return ARABIC_INNER_Y.test(a.ascii) !== ARABIC_INNER_Y.test(b.ascii);
  if (a.arabic || b.arabic) {
    const [arabic, latin] = a.arabic ? [a, b] : [b, a];
    const innerY = ARABIC_INNER_Y.test(arabic.ascii);
    return (innerY && !LATIN_I_OR_E.test(latin.ascii)) || (!innerY && LATIN_GLIDE.test(latin.ascii));
  }
  const glide = (w: NameWord) => LATIN_GLIDE.test(w.ascii);
  const iSound = (w: NameWord) => LATIN_I_SOUND.test(w.ascii);
  return (glide(a) && !iSound(b)) || (glide(b) && !iSound(a));
}

/**
 * How two spellings of one word relate: identical after folding, same consonant skeleton, same
 * Daitch–Mokotoff code (given names: "Ramiz" and "Ramil" differ here), or — for surnames only —
 * one edit apart once folded ("Vassilenko"/"Vasilenko" are already equal skeletons).
 */
function compareWords(a: NameWord, b: NameWord, surname: boolean): WordMatch {
  if (a.folded === b.folded) return 'exact';
  if (genderDiffers(a, b, surname) || glideDiffers(a, b)) return null;
  if (a.skeletons.some((s) => s.length > 0 && b.skeletons.includes(s))) return 'skeleton';
  if (!a.arabic && !b.arabic) {
    const codes = phoneticCodes(a.ascii);
    if (phoneticCodes(b.ascii).some((code) => codes.includes(code))) return surname ? 'phonetic' : null;
    if (surname && a.folded.length >= 5 && levenshtein(a.folded, b.folded) <= 1) return 'typo';
  }
  return null;
}

/** "Y." abbreviates "Ермухамбет" (Yermukhambet), "A." "أندريه" (Andrey): any Latin reading of the word counts. */
function initialMatches(initial: NameWord, word: NameWord): boolean {
  if (word.initial) return false;
  return word.folded.startsWith(initial.folded) || word.readings.some((r) => r.startsWith(initial.ascii) || fold(r).startsWith(initial.folded));
}

const labelsOf = (words: readonly NameWord[]) =>
  words
    .filter((w) => w.label)
    .map((w) => w.ascii)
    .sort()
    .join(' ');

/**
 * The query's words aligned with the spelling's, the query's word `qi` taken as the surname and
 * the spelling's word `si` as theirs: the surnames must match, and every other word of the query
 * (given name or initial) a distinct other word of the spelling. 0 when they do not. `strict`
 * (any order but the usual one): the surnames must match as closely as given names must, so that
 * a given name one letter away ("Ramiz"/"Ramil") is not taken for a misspelt surname.
 */
function align(q: readonly NameWord[], qi: number, s: readonly NameWord[], si: number, strict: boolean): number {
  const qSurname = q[qi];
  if (qSurname.initial || s[si].initial) return 0;
  const surname = compareWords(qSurname, s[si], !strict);
  if (!surname) return 0;
  // A surname matched only by sound or by one typo is lenience for a family name. When either name
  // is written surname first, the words taken as surnames are given names ("Mammadov Elmar" /
  // "Mammadov Elnur": Elmar and Elnur sound alike but are two people), so the lenience is refused.
  if ((surname === 'phonetic' || surname === 'typo') && (surnameFirst(q) || surnameFirst(s))) return 0;
  let score = WORD_SCORE[surname];
  const used = new Set<number>([si]);
  let givenMatched = false;
  for (const [k, word] of q.entries()) {
    if (k === qi) continue;
    let best = -1;
    let bestScore = 0;
    for (const [i, g] of s.entries()) {
      if (used.has(i)) continue;
      const wordScore = word.initial ? (initialMatches(word, g) ? 0.95 : 0) : ((m) => (m ? WORD_SCORE[m] : 0))(g.initial ? null : compareWords(word, g, false));
      if (wordScore > bestScore) [best, bestScore] = [i, wordScore];
    }
    if (best < 0) return 0;
    used.add(best);
    score *= bestScore;
    givenMatched ||= !word.initial;
  }
  // A surname one typo away is only evidence together with a matching given name.
  if (surname === 'typo' && !givenMatched) return 0;
  return score;
}

/**
 * 0..1: how well a query (full name, surname only, initial + surname, any script, any word
 * order) matches one spelling of a person. The surname must match; every given name or initial
 * the query has must match one of the spelling's given names, or the score is 0 (another person
 * of that surname). Numbers and generation suffixes must be the same on both sides.
 */
export function nameMatchScore(query: string, spelling: string): number {
  const qAll = parseName(query);
  const sAll = parseName(spelling);
  if (labelsOf(qAll) !== labelsOf(sAll)) return 0;
  const q = qAll.filter((w) => !w.label);
  const s = sAll.filter((w) => !w.label);
  const qNames = q.filter((w) => !w.initial);
  const sNames = s.filter((w) => !w.initial);
  if (qNames.length === 0 || sNames.length === 0) return 0;

  // One word: it may be the surname (best) or one of the given names.
  if (q.length === 1) {
    const surname = compareWords(qNames[0], sNames[sNames.length - 1], true);
    if (surname && surname !== 'typo') return 0.8 * WORD_SCORE[surname];
    // A lone given name must be spelled the same once folded: "Roman" must not catch "Cooreman".
    const given = sNames.slice(0, -1).some((w) => w.folded === qNames[0].folded);
    return given ? 0.65 : 0;
  }

  const qLast = q.length - 1;
  const sLast = s.length - 1;
  const score = Math.max(
    align(q, qLast, s, sLast, false),
    align(q, 0, s, 0, true),
    REORDERED * align(q, 0, s, sLast, true),
    REORDERED * align(q, qLast, s, 0, true),
  );
  return Math.round(score * 1000) / 1000;
}

/**
 * How well a name as written (a query, or a participant of a record) fits one stored spelling
 * of an official. The written name is the query; a stored spelling of two or more words is also
 * tried the other way round, so that a written name with more words (a patronymic, a second
 * given name) still fits a shorter full name. A stored lone word ("Khalafov", "خلفوف") is never
 * the query: as one it would fit every person of that surname, whatever their given name.
 */
export function writtenNameScore(written: string, stored: string): number {
  const forward = nameMatchScore(written, stored);
  if (forward >= 1) return forward;
  const storedWords = parseName(stored).filter((w) => !w.label).length;
  return storedWords >= 2 ? Math.max(forward, nameMatchScore(stored, written)) : forward;
}

/** Either spelling taken as the written one: the labelled pairs' symmetric view. */
export function sameNameScore(a: string, b: string): number {
  return Math.max(writtenNameScore(a, b), writtenNameScore(b, a));
}

export function bestNameScore(query: string, spellings: readonly string[]): number {
  let best = 0;
  for (const spelling of spellings) best = Math.max(best, nameMatchScore(query, spelling));
  return best;
}
