/**
 * What every text a client sends goes through (src/resolvers/text-arguments.middleware.ts):
 * Unicode NFC (one spelling of "é", so equal names compare equal), no lone surrogates (half a
 * character: not text at all), and for names no bidi controls or other invisible format
 * characters ("\u202E" would display a name reversed — a spoofing tool) and at least one letter.
 */

/** Longest string any argument may carry (a report's own text); most fields have tighter limits. */
export const MAX_STRING_ARGUMENT = 100_000;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Invisible format characters (Unicode category Cf): bidi embeddings, overrides, isolates and
 * marks, zero-width spaces, the BOM, soft hyphens, tag characters. Kept: ZWNJ and ZWJ (U+200C,
 * U+200D), which change how Persian, Arabic and Indic names are written.
 */
const INVISIBLE_FORMAT = /(?![\u200C\u200D])\p{Cf}/gu;

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

export function normaliseText(text: string): string {
  return text.normalize('NFC');
}

/** A person's name as stored: NFC, no invisible format characters, single spaces, trimmed. */
export function cleanName(name: string): string {
  return name.normalize('NFC').replace(INVISIBLE_FORMAT, '').replace(/\s+/gu, ' ').trim();
}

/** A name must have a letter in some script ("-.- ,,, .." is not a name). */
export function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}
