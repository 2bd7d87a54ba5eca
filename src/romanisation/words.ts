const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'ul', 'ud', 'ad', 'ash', 'van', 'von', 'de', 'da', 'di', 'du', 'der', 'ter']);

/** Each word (and each part after a hyphen) with a capital first letter; particles inside a name stay lower-case ("Khalifa bin Ali al-Harthi"). */
export function capitaliseWords(text: string): string {
  let first = true;
  return text.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLocaleLowerCase();
    const keep = !first && PARTICLES.has(lower);
    first = false;
    return keep ? lower : word.charAt(0).toLocaleUpperCase() + word.slice(1);
  });
}
