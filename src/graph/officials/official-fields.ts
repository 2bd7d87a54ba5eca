/** The projection of an official (variable `o`), shared by every query that returns one. */
export const OFFICIAL_FIELDS = `{ .id, .name, .countryCode, aliases: coalesce(o.aliases, []) }`;
