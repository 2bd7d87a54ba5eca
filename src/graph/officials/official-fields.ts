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
 * The officials' name keys as one whitespace-separated text, padded with "_" to `$tokens`
 * (NAME_KEY_TEXT_TOKENS): the field the `official_name_keys` full-text index searches
 * (search-officials.ts). Every write that changes an official's KEY_OF relationships runs it for
 * those officials in the same transaction, so the text never holds a key the graph does not.
 */
export const REFRESH_NAME_KEY_TEXT = `
UNWIND $officialIds AS officialId
MATCH (o:Official {id: officialId})
WITH o, COLLECT { MATCH (stored:NameKey)-[:KEY_OF]->(o) RETURN stored.value ORDER BY stored.value } AS keys
SET o.nameKeyText = reduce(text = '', k IN keys | text + ' ' + k) + reduce(pad = '', i IN range(1, $tokens - size(keys)) | pad + ' _')`;

/** The parameters of REFRESH_NAME_KEY_TEXT for these officials. */
export const nameKeyTextParams = (officialIds: readonly string[]) => ({ officialIds, tokens: NAME_KEY_TEXT_TOKENS });
