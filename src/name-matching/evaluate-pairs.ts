import { NAME_MATCH_THRESHOLD, sameNameScore } from './name-match';

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

/** Precision and recall of "same person" over a labelled pair set, with the pairs it got wrong. */
export function evaluatePairs(pairs: readonly LabelledPair[]): PairEvaluation {
  const predicted = pairs.map((p) => ({ p, same: sameNameScore(p.a, p.b) >= NAME_MATCH_THRESHOLD }));
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
