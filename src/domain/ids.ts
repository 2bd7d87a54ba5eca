import anyAscii from 'any-ascii';

/** A readable, stable id fragment: "Jānis Mažeiks" → "janis-mazeiks", "خلف خلفوف" → "khlf-khlfwf". */
export function slug(text: string, max = 60): string {
  const ascii = anyAscii(text.normalize('NFC')).toLowerCase();
  const s = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, max).replace(/-+$/, '');
  return s.length > 0 ? s : 'x';
}

/** Series: one per unordered country pair and kind, so "BE–KZ" and "KZ–BE" are the same series. */
export function seriesId(countries: readonly string[], kind: string): string {
  const [a, b] = [...countries].sort();
  return `${a}-${b}-${kind}`.toLowerCase().replace(/_/g, '-');
}

/**
 * A consultation's identity when the caller gives none: same series, kind and date is the same
 * event; an undated event is identified by its first source (the same report recorded twice).
 */
export function consultationId(countries: readonly string[], kind: string, date: string | null, firstSourceId: string): string {
  return `${seriesId(countries, kind)}-${date ?? `undated-${firstSourceId}`}`;
}

export function ministryId(country: string, name: string): string {
  return `${country.toLowerCase()}-${slug(name, 80)}`;
}

export function topicKey(name: string): string {
  return slug(name, 100);
}
