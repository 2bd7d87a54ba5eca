/** The projection of an official bound to `variable`. */
export const officialProjection = (variable: string) => `{ .id, .name, .countryCode, aliases: coalesce(${variable}.aliases, []) }`;

/** The projection of an official (variable `o`), shared by every query that returns one. */
export const OFFICIAL_FIELDS = officialProjection('o');

/**
 * The official's name keys as one whitespace-separated text, the field the `official_name_keys`
 * full-text index searches (search-officials.ts). Derived from the KEY_OF relationships each time a
 * write changes them, so it never holds a key the graph does not.
 */
export const nameKeyText = (variable: string) =>
  `reduce(text = '', k IN COLLECT { MATCH (stored:NameKey)-[:KEY_OF]->(${variable}) RETURN stored.value ORDER BY stored.value } | text + ' ' + k)`;
