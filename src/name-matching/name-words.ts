import { LRUCache } from 'lru-cache';
import { FoldedWord, foldWord } from './fold';

/** Particles that are not a name on their own ("Bahr al-Uloom", "van der Berg", "bin Zayed"). */
const PARTICLES = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'bint', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'del', 'dos', 'das']);
/** Generation suffixes: part of who the person is ("Smith II" is not "Smith III"). */
const GENERATIONS = new Set(['ii', 'iii', 'iv', 'jr', 'sr']);
const MAX_WORDS = 12;
const MAX_INPUT = 400;

export interface NameWord extends FoldedWord {
  /** "J." or "Ch.": an abbreviated given name. */
  initial: boolean;
  /**
   * A number, a generation suffix or a trailing lone letter ("Probe Person 7", "Smith II",
   * "Team B"): it tells people apart, so it must be the same on both sides.
   */
  label: boolean;
}

/**
 * The words of a personal name that carry identity, surname last; initials and labels flagged.
 * "Koreman, J." (surname, comma, given names) is read as "J. Koreman".
 */
export function parseName(name: string): readonly NameWord[] {
  return PARSED.memo(name);
}

// A pure function of the spelling, and scoring meets the same spellings again and again (every
// candidate's spellings, for every participant that looks them up: a quarter of a bulk load's
// planning time was spent parsing them anew). Frozen, since callers share the result.
const PARSED = new LRUCache<string, readonly NameWord[]>({ max: 50_000, memoMethod: (name) => Object.freeze(parseWords(name)) });

function parseWords(name: string): NameWord[] {
  const text = name.slice(0, MAX_INPUT).replace(/[\p{Cc}\p{Cf}]/gu, ' ');
  const [before, ...after] = text.split(',');
  const ordered = after.length === 1 && after[0].trim() !== '' && before.trim() !== '' ? `${after[0]} ${before}` : text;
  // An apostrophe inside a word is a letter of it (Uzbek "G'ayrat", "O'Brien"), not a break.
  const tokens = ordered.match(/[\p{L}\p{M}]+(?:['’ʻʼ`][\p{L}\p{M}]+)*\.?|\p{N}+/gu) ?? [];
  const words: NameWord[] = [];
  tokens.slice(0, MAX_WORDS * 2).forEach((token, position) => {
    if (words.length === MAX_WORDS) return;
    if (/^\p{N}+$/u.test(token)) {
      const digits = String(Number.parseInt(token.normalize('NFKD').replace(/\D/g, '') || token, 10));
      words.push({ ascii: digits, folded: digits, skeletons: [], readings: [digits], arabic: false, declined: false, initial: false, label: true });
      return;
    }
    const dotted = token.endsWith('.');
    const bare = dotted ? token.slice(0, -1) : token;
    const folded = foldWord(bare);
    if (folded.ascii.length === 0 || PARTICLES.has(folded.ascii)) return;
    const lastToken = position === tokens.length - 1;
    const label = (GENERATIONS.has(folded.ascii) && words.length >= 2) || (lastToken && !dotted && folded.ascii.length === 1 && words.length >= 2);
    const initial = !label && ((dotted && folded.ascii.length <= 3) || folded.ascii.length === 1);
    words.push({ ...folded, initial, label });
  });
  return words;
}

/** Canonical readable form used for exact comparison ("jeroen koreman"). */
export function nameWords(name: string): string[] {
  return parseName(name).map((w) => w.folded);
}
