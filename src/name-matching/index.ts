export { nameKeys, lookupKeys } from './name-key';
export { nameMatchScore, sameNameScore, writtenNameScore, bestNameScore, NAME_MATCH_THRESHOLD } from './name-match';
export { nameWords } from './name-words';
export { evaluatePairs, parsePairs, takenForOnePerson } from './evaluate-pairs';
export type { LabelledPair, PairEvaluation } from './evaluate-pairs';
export { officialNameScore, rankByName, decideOfficial, AMBIGUITY_MARGIN } from './official-match';
export type { OfficialDecision, ScoredCandidate } from './official-match';
