import anyAscii from 'any-ascii';
import { capitaliseWords } from './words';

/**
 * Armenian, Georgian, Greek and any other script: any-ascii's transliteration (close to BGN/PCGN
 * for Armenian and Greek, the national system for Georgian) without its apostrophes for ejectives.
 */
export function romaniseOther(text: string): string {
  return capitaliseWords(anyAscii(text).replace(/[`']/g, ''));
}
