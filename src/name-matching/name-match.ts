import daitchMokotoff from 'talisman/phonetics/daitch-mokotoff';
import levenshtein from 'talisman/metrics/levenshtein';
import { NameWord, parseName } from './name-words';

/** Scores at or above this are the same person. */
export const NAME_MATCH_THRESHOLD = 0.6;

type WordMatch = 'exact' | 'skeleton' | 'phonetic' | 'typo' | null;

const WORD_SCORE: Record<Exclude<WordMatch, null>, number> = { exact: 1, skeleton: 0.95, phonetic: 0.85, typo: 0.8 };

/**
 * How two spellings of one word relate: identical after folding, same consonant skeleton, same
 * Daitch–Mokotoff code (given names: "Ramiz" and "Ramil" differ here), or — for surnames only —
 * one edit apart once folded ("Vassilenko"/"Vasilenko" are already equal skeletons).
 */
function compareWords(a: NameWord, b: NameWord, surname: boolean): WordMatch {
  if (a.folded === b.folded) return 'exact';
  if (a.skeletons.some((s) => s.length > 0 && b.skeletons.includes(s))) return 'skeleton';
  if (!a.arabic && !b.arabic) {
    const codes = new Set(daitchMokotoff(a.ascii));
    if (daitchMokotoff(b.ascii).some((code) => codes.has(code))) return surname ? 'phonetic' : null;
    if (surname && a.folded.length >= 5 && levenshtein(a.folded, b.folded) <= 1) return 'typo';
  }
  return null;
}

function initialMatches(initial: NameWord, word: NameWord): boolean {
  return !word.initial && word.folded.startsWith(initial.folded);
}

/**
 * 0..1: how well a query (full name, surname only, initial + surname, any script) matches one
 * spelling of a person. The surname must match; every given name or initial the query has must
 * match one of the spelling's given names, or the score is 0 (another person of that surname).
 */
export function nameMatchScore(query: string, spelling: string): number {
  const q = parseName(query);
  const s = parseName(spelling);
  const qNames = q.filter((w) => !w.initial);
  const sNames = s.filter((w) => !w.initial);
  if (qNames.length === 0 || sNames.length === 0) return 0;

  // One word: it may be the surname (best) or one of the given names.
  if (q.length === 1) {
    const surname = compareWords(qNames[0], sNames[sNames.length - 1], true);
    // A surname one typo away is only evidence together with a matching given name.
    if (surname && surname !== 'typo') return 0.8 * WORD_SCORE[surname];
    // A lone given name must be spelled the same once folded: "Roman" must not catch "Cooreman".
    const given = sNames.slice(0, -1).some((w) => w.folded === qNames[0].folded);
    return given ? 0.65 : 0;
  }

  const qSurname = q[q.length - 1];
  const sSurname = s[s.length - 1];
  if (qSurname.initial) return 0;
  const surname = compareWords(qSurname, sSurname, true);
  if (!surname) return 0;

  let score = WORD_SCORE[surname];
  const sGiven = s.slice(0, -1);
  const used = new Set<number>();
  for (const word of q.slice(0, -1)) {
    const index = sGiven.findIndex((g, i) => !used.has(i) && (word.initial ? initialMatches(word, g) : compareWords(word, g, false) !== null));
    if (index < 0) return 0;
    used.add(index);
    score *= word.initial ? 0.95 : WORD_SCORE[compareWords(word, sGiven[index], false)!];
  }
  const givenMatched = q.slice(0, -1).some((w) => !w.initial);
  if (surname === 'typo' && !givenMatched) return 0;
  return Math.round(score * 1000) / 1000;
}

export function bestNameScore(query: string, spellings: readonly string[]): number {
  let best = 0;
  for (const spelling of spellings) best = Math.max(best, nameMatchScore(query, spelling));
  return best;
}
