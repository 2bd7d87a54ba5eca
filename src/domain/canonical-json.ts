import { configure } from 'safe-stable-stringify';

// Keys sorted at every level (its default), a cycle refused rather than printed as a marker.
const stringify = configure({ circularValue: TypeError });

/**
 * JSON with object keys sorted at every level: equal values give equal text (fingerprints,
 * exports, edit digests). Properties holding undefined are left out and undefined array elements
 * become null, as in JSON.stringify.
 */
export function canonicalJson(value: unknown): string {
  return stringify(value) ?? 'null';
}
