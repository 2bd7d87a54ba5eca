import { countryIndex } from './country-names';
import { inflectionCandidates, phraseWordCandidates } from './inflection';
import { normaliseCountryText } from './normalise';

export interface CountryMention {
  code: string;
  start: number;
  end: number;
  matched: string;
}

const MAX_NGRAM = 5;
const CASED = /^[\p{Lu}]/u;
const UNCASED_SCRIPT = /^[\u0600-\u06FF]/u;

/**
 * Countries mentioned in running text, first mention of each, in order. Words of cased scripts
 * must start with a capital (proper nouns; German capitalises nouns, which is fine here), words
 * of at least four letters, so "in", "de", "ile" never become countries; codes are never read
 * from running text.
 */
export function findCountriesInText(text: string): CountryMention[] {
  const seen = new Map<string, CountryMention>();
  for (const mention of findCountryMentions(text)) if (!seen.has(mention.code)) seen.set(mention.code, mention);
  return [...seen.values()];
}

/** Every mention of a country in running text, in order (the same rules as findCountriesInText). */
export function findCountryMentions(text: string): CountryMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // Hyphens split words: "Türkiye-Azerbaycan" names two countries; "Guinea-Bissau" is found as a two-word name.
  const words = [...text.slice(0, 200_000).matchAll(/[\p{L}\p{M}]+/gu)].map((m) => ({
    text: m[0],
    start: m.index!,
    end: m.index! + m[0].length,
  }));
  const { forms } = countryIndex();
  const mentions: CountryMention[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const first = words[i].text;
    if (!(CASED.test(first) || UNCASED_SCRIPT.test(first))) continue;
    let firstCandidates: string[] | undefined;
    for (let n = Math.min(MAX_NGRAM, words.length - i); n >= 1; n -= 1) {
      const span = words.slice(i, i + n);
      // The text as written between the words: "Côte d'Ivoire" keeps its apostrophe for normalising.
      const form = normaliseCountryText(text.slice(span[0].start, span[n - 1].end));
      if (form.replace(/ /g, '').length < 4) continue;
      let codes = forms.get(form) ?? (n === 1 ? inflectedCodes(form) : undefined);
      if (!codes && n <= 3) {
        const parts = form.split(' ');
        if (parts.length === n) codes = inflectedPhrase(parts, (firstCandidates ??= phraseWordCandidates(parts[0])));
      }
      if (!codes || codes.length === 0) continue;
      const code = codes[0];
      const mention = { code, start: span[0].start, end: span[n - 1].end, matched: text.slice(span[0].start, span[n - 1].end) };
      mentions.push(mention);
      i += n - 1;
      break;
    }
  }
  return mentions;
}

function inflectedCodes(form: string): string[] | undefined {
  const { forms } = countryIndex();
  for (const candidate of inflectionCandidates(form)) {
    const codes = forms.get(candidate);
    if (codes) return codes;
  }
  return undefined;
}

let phrasesByFirstWord: Map<string, Array<{ words: string[]; codes: string[] }>> | undefined;

/** Names of two or three words, by their first word. */
function phrases(): Map<string, Array<{ words: string[]; codes: string[] }>> {
  if (phrasesByFirstWord) return phrasesByFirstWord;
  phrasesByFirstWord = new Map();
  for (const [form, codes] of countryIndex().forms) {
    const words = form.split(' ');
    if (words.length < 2 || words.length > 3) continue;
    const list = phrasesByFirstWord.get(words[0]) ?? [];
    list.push({ words, codes });
    phrasesByFirstWord.set(words[0], list);
  }
  return phrasesByFirstWord;
}

/** A name of several words with Slavic case endings on each ("Stolicy Apostolskiej", "Святым Престолом"). */
function inflectedPhrase(words: string[], firstCandidates: string[]): string[] | undefined {
  for (const candidate of firstCandidates) {
    for (const entry of phrases().get(candidate) ?? []) {
      if (entry.words.length !== words.length) continue;
      if (entry.words.every((w, k) => k === 0 || phraseWordCandidates(words[k]).includes(w))) return entry.codes;
    }
  }
  return undefined;
}
