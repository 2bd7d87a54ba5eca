import { NAME_MATCH_THRESHOLD, writtenNameScore } from './name-match';

/**
 * The one decision of "which known person is this name?", shared by every path that asks it:
 * recording a consultation (and the bulk loader), the `officials(name:)` search, route ends and
 * a draft's heads. Scores are `writtenNameScore`, the function the labelled pair set measures
 * (evaluate-pairs.ts), so the precision and recall printed by `npm run eval:names` are those of
 * writes and reads alike.
 */

export interface ScoredCandidate<T> {
  candidate: T;
  score: number;
}

/** Best score of any of a person's written spellings against any of an official's stored ones. */
export function officialNameScore(spellings: readonly string[], officialSpellings: readonly string[]): number {
  let best = 0;
  for (const a of spellings) for (const b of officialSpellings) best = Math.max(best, writtenNameScore(a, b));
  return best;
}

/** The candidates a name fits (score at or above the threshold), best first; ties keep the caller's order. */
export function rankByName<T>(spellings: readonly string[], candidates: readonly T[], spellingsOf: (c: T) => readonly string[]): Array<ScoredCandidate<T>> {
  return candidates
    .map((candidate) => ({ candidate, score: officialNameScore(spellings, spellingsOf(candidate)) }))
    .filter((x) => x.score >= NAME_MATCH_THRESHOLD)
    .sort((a, b) => b.score - a.score);
}

/**
 * Two people fit about equally when their scores are this close: "R. Hasanov" fits Ramiz and
 * Ramil Hasanov both at 0.95, and neither is the better guess.
 */
export const AMBIGUITY_MARGIN = 0.05;

export type OfficialDecision<T> =
  | { kind: 'same'; official: T; score: number }
  | { kind: 'new' }
  /** Close to several people: a new official, flagged as possibly any of them. */
  | { kind: 'ambiguous'; closeTo: Array<ScoredCandidate<T>> };

/**
 * What a write does with a name, given the ranked candidates: the one person it fits; nobody
 * (a new official); or several people about equally (a new official flagged as a possible
 * duplicate of each — the write does not guess). A spelling already held by exactly one of
 * them (score 1) is that person: recording the same report again finds the flagged official
 * it created the first time, not yet another one.
 */
export function decideOfficial<T>(ranked: ReadonlyArray<ScoredCandidate<T>>): OfficialDecision<T> {
  if (ranked.length === 0) return { kind: 'new' };
  const [best] = ranked;
  const close = ranked.filter((x) => x.score >= best.score - AMBIGUITY_MARGIN);
  const exact = ranked.filter((x) => x.score >= 1);
  if (close.length === 1 || exact.length === 1) return { kind: 'same', official: best.candidate, score: best.score };
  return { kind: 'ambiguous', closeTo: close };
}
