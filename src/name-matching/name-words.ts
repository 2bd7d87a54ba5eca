import { FoldedWord, foldWord } from './fold';

/** Particles that are not a name on their own ("Bahr al-Uloom", "van der Berg", "bin Zayed"). */
const PARTICLES = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'bint', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'del', 'dos', 'das']);
const MAX_WORDS = 12;
const MAX_INPUT = 400;

export interface NameWord extends FoldedWord {
  /** "J." or "Ch.": an abbreviated given name. */
  initial: boolean;
}

/** The words of a personal name that carry identity, in order; initials flagged. */
export function parseName(name: string): NameWord[] {
  const text = name.slice(0, MAX_INPUT).replace(/[\p{Cc}\p{Cf}]/gu, ' ');
  const tokens = text.match(/[\p{L}\p{M}]+\.?/gu) ?? [];
  const words: NameWord[] = [];
  for (const token of tokens.slice(0, MAX_WORDS * 2)) {
    const dotted = token.endsWith('.');
    const bare = dotted ? token.slice(0, -1) : token;
    const folded = foldWord(bare);
    if (folded.ascii.length === 0 || PARTICLES.has(folded.ascii)) continue;
    const initial = (dotted && folded.ascii.length <= 3) || (folded.ascii.length === 1);
    words.push({ ...folded, initial });
    if (words.length === MAX_WORDS) break;
  }
  return words;
}

/** Canonical readable form used for exact comparison ("jeroen koreman"). */
export function nameWords(name: string): string[] {
  return parseName(name).map((w) => w.folded);
}
