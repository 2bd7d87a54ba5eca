export { nameKeys, lookupKeys } from './name-key';
export { nameMatchScore, sameNameScore, bestNameScore, NAME_MATCH_THRESHOLD } from './name-match';
export { nameWords } from './name-words';
export { evaluatePairs, parsePairs } from './evaluate-pairs';
export type { LabelledPair, PairEvaluation } from './evaluate-pairs';
