export { nameKeys, lookupKeys } from './name-key';
export { nameMatchScore, bestNameScore, NAME_MATCH_THRESHOLD } from './name-match';
export { nameWords } from './name-words';
