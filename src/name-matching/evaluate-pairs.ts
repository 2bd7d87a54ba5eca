import { lookupKeys, nameKeys } from './name-key';
import { NAME_MATCH_THRESHOLD, writtenNameScore } from './name-match';

export interface LabelledPair {
  a: string;
  b: string;
  same: boolean;
  kind: string;
}

export interface PairEvaluation {
  pairs: number;
  precision: number;
  recall: number;
  falsePositives: LabelledPair[];
  falseNegatives: LabelledPair[];
}

/**
 * Whether a write (or a search) with the name `written` takes it for the official holding the
 * spelling `stored`: the stored spelling's name keys must hold a key the written one looks up
 * (else the candidate is never read), and the score must reach the threshold.
 */
export function takenForOnePerson(written: string, stored: string): boolean {
  const keys = new Set(nameKeys(stored));
  return lookupKeys(written).some((k) => keys.has(k)) && writtenNameScore(written, stored) >= NAME_MATCH_THRESHOLD;
}

/**
 * Precision and recall of "same person" over a labelled pair set, with the pairs it got wrong.
 * Which spelling of a pair reaches the graph first is chance, so both orders are tried, each
 * counted against the matcher: one person is found only when each spelling, written after the
 * other, finds it; two people are merged when either order merges them.
 */
export function evaluatePairs(pairs: readonly LabelledPair[]): PairEvaluation {
  const predicted = pairs.map((p) => {
    const [ab, ba] = [takenForOnePerson(p.a, p.b), takenForOnePerson(p.b, p.a)];
    return { p, same: p.same ? ab && ba : ab || ba };
  });
  const truePositives = predicted.filter((x) => x.same && x.p.same).length;
  const falsePositives = predicted.filter((x) => x.same && !x.p.same).map((x) => x.p);
  const falseNegatives = predicted.filter((x) => !x.same && x.p.same).map((x) => x.p);
  return {
    pairs: pairs.length,
    precision: truePositives / Math.max(1, truePositives + falsePositives.length),
    recall: truePositives / Math.max(1, truePositives + falseNegatives.length),
    falsePositives,
    falseNegatives,
  };
}

export function parsePairs(jsonl: string): LabelledPair[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledPair);
}
