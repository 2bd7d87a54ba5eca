import { LRUCache } from 'lru-cache';
import daitchMokotoff from 'talisman/phonetics/daitch-mokotoff';

// Daitch–Mokotoff codes of one folded word, computed once: name keys and word comparison ask for
// the same words again and again (a fifth of a bulk load's name scoring went to recomputing them).
const CODES = new LRUCache<string, readonly string[]>({ max: 50_000, memoMethod: (ascii) => Object.freeze(daitchMokotoff(ascii)) });

/** The Daitch–Mokotoff codes of an ASCII-folded word. */
export function phoneticCodes(ascii: string): readonly string[] {
  return CODES.memo(ascii);
}
