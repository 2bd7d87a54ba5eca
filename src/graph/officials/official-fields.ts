/** The projection of an official bound to `variable`. */
export const officialProjection = (variable: string) => `{ .id, .name, .countryCode, aliases: coalesce(${variable}.aliases, []) }`;

/** The projection of an official (variable `o`), shared by every query that returns one. */
export const OFFICIAL_FIELDS = officialProjection('o');

/**
 * Tokens every official's name-key text is padded to. Lucene's BM25 divides a match by the field's
 * length, which would rank the busiest officials (known under the most spellings, so holding the
 * most keys) below people who share fewer of the query's keys; padding every text to one length
 * leaves the rank to the keys shared and their rarity alone. Longer texts (more than 64 keys) are
 * not cut, only no longer padded.
 */
export const NAME_KEY_TEXT_TOKENS = 64;

/**
 * The official's name keys as one whitespace-separated text, padded with "_" to
 * NAME_KEY_TEXT_TOKENS: the field the `official_name_keys` full-text index searches
 * (search-officials.ts). Derived from the KEY_OF relationships each time a write changes them, so
 * it never holds a key the graph does not.
 */
export const nameKeyText = (variable: string) =>
  `[keys IN [COLLECT { MATCH (stored:NameKey)-[:KEY_OF]->(${variable}) RETURN stored.value ORDER BY stored.value }] | ` +
  `reduce(text = '', k IN keys | text + ' ' + k) + reduce(pad = '', i IN range(1, ${NAME_KEY_TEXT_TOKENS} - size(keys)) | pad + ' _')][0]`;

/** Migration 5's text: the keys without padding (kept so that released step stays as it was applied). */
export const unpaddedNameKeyText = (variable: string) =>
  `reduce(text = '', k IN COLLECT { MATCH (stored:NameKey)-[:KEY_OF]->(${variable}) RETURN stored.value ORDER BY stored.value } | text + ' ' + k)`;
