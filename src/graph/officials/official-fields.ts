/** The projection of an official bound to `variable`. */
export const officialProjection = (variable: string) => `{ .id, .name, .countryCode, aliases: coalesce(${variable}.aliases, []) }`;

/** The projection of an official (variable `o`), shared by every query that returns one. */
export const OFFICIAL_FIELDS = officialProjection('o');
