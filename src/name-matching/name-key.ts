import { LRUCache } from 'lru-cache';
import { NameWord, parseName } from './name-words';
import { phoneticCodes } from './phonetic-codes';

/**
 * Keys make candidate lookup an index seek: a spelling is stored under the skeleton ("s:") and
 * the Daitch–Mokotoff codes ("d:") of each of its words; a query looks up the keys of its
 * surname (or of its only word). Two spellings of one person share at least one key.
 */
export function wordKeys(word: NameWord): string[] {
  if (word.initial || word.label) return [];
  const keys = word.skeletons.filter((s) => s.length >= 2).map((s) => `s:${s}`);
  // DM codes of an Arabic-script word are unreliable (no vowels): its skeleton keys suffice.
  if (!word.arabic && word.ascii.length >= 3) keys.push(...phoneticCodes(word.ascii).map((code) => `d:${code}`));
  return keys;
}

// Keys are pure functions of a spelling, and an import meets the same spellings again and again
// (a busy deputy minister in thousands of reports): computed once per spelling, kept in a bounded cache.
const NAME_KEYS = new LRUCache<string, readonly string[]>({
  max: 50_000,
  memoMethod: (name) => [...new Set(parseName(name).flatMap(wordKeys))],
});
const LOOKUP_KEYS = new LRUCache<string, readonly string[]>({
  max: 50_000,
  memoMethod: (query) => {
    const words = parseName(query).filter((w) => !w.initial && !w.label);
    const ends = words.length > 1 ? [words[words.length - 1], words[0]] : words;
    return [...new Set(ends.flatMap(wordKeys))];
  },
});

/** Keys to store for one spelling of an official's name. */
export function nameKeys(name: string): string[] {
  return [...NAME_KEYS.memo(name)];
}

/**
 * Keys to look up for a user's query: those of its last and its first full word, so that a name
 * written surname first ("Khalafov Khalaf", "Koreman, J.") finds the person too.
 */
export function lookupKeys(query: string): string[] {
  return [...LOOKUP_KEYS.memo(query)];
}
