/**
 * The translate stage: a GraphQL selection becomes one Cypher query whose rows are shaped like
 * the response (pure functions: no driver, no I/O).
 */
export { selectionOf, selectFields, selectionAt } from './selection';
export type { SelectedField, SelectionSource } from './selection';
export { nodeById, nodesByIds, countriesByCodes, meetingSteps } from './roots';
export type { Translation } from './roots';
export { consultationPage, officialPage } from './pages';
export type { PageRequest } from './pages';
export { TRANSLATED_TYPES } from './model';
