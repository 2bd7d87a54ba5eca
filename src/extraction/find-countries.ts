import anyAscii from 'any-ascii';
import countries from 'i18n-iso-countries';
import { countryName, findCountryMentions } from '../country-names';
import { Evidence, Span } from './draft';
import { Language, PROFILES } from './languages';
import { hasMatch } from './text';
import { countryMentionsWithoutSpaces } from './unspaced-countries';

export interface CountriesReading {
  codes: string[];
  evidence: Evidence[];
  warnings: string[];
}

export interface Mention {
  code: string;
  start: number;
  end: number;
  matched: string;
}

/**
 * Every country named in the text: by the CLDR-wide names of src/country-names in scripts that
 * separate and capitalise words (and Arabic), else by the names and one-letter abbreviations of
 * Chinese, Japanese, Korean and Hindi ("中菲", "日・イラン", "한미").
 */
export function countryMentions(text: string, language: Language): Mention[] {
  const profile = PROFILES[language];
  if (profile.spaced && (profile.cased || language === 'ar' || language === 'fa')) return findCountryMentions(text);
  return countryMentionsWithoutSpaces(text, language);
}

/**
 * The two countries whose ministries met: the most mentioned countries, where a mention in a
 * sentence about the consultations (headline, lead) weighs triple and one that names a pair
 * ("Kazakh-Kuwaiti", "between X and Y") weighs more. A third country close behind is a warning
 * (a conflict discussed, a region), never a silent pick.
 */
export function findCountries(text: string, sentences: Span[], language: Language): CountriesReading {
  const profile = PROFILES[language];
  const eventSentences = sentences.filter((s) => hasMatch(profile.consultations, s));
  const inEvent = (start: number) => eventSentences.some((s) => start >= s.start && start < s.end);
  const scores = new Map<string, { score: number; first: Span }>();
  const mentions = countryMentions(text, language);
  for (const [i, m] of mentions.entries()) {
    const entry = scores.get(m.code) ?? { score: 0, first: { start: m.start, end: m.end, text: m.matched } };
    // A pair written together ("Kazakh-Russian", "中菲", "Türkiye ile Rusya") names the parties.
    const next = mentions[i + 1];
    const previous = mentions[i - 1];
    const paired = (next && next.code !== m.code && next.start - m.end <= 6) || (previous && previous.code !== m.code && m.start - previous.end <= 6);
    entry.score += (inEvent(m.start) ? 3 : 1) + (paired && inEvent(m.start) ? 2 : 0);
    scores.set(m.code, entry);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score || a[1].first.start - b[1].first.start);
  const warnings: string[] = [];
  if (ranked.length < 2) warnings.push(ranked.length === 0 ? 'No country could be read from the article.' : 'Only one country could be read from the article.');
  const top = ranked.slice(0, 2);
  const third = ranked[2];
  if (third && top[1] && third[1].score >= top[1][1].score * 0.75) {
    warnings.push(`${third[0]} is mentioned almost as often as ${top[1][0]}; check which two countries held the talks.`);
  }
  const total = top.reduce((sum, [, v]) => sum + v.score, 0) + (third?.[1].score ?? 0);
  return {
    codes: top.map(([code]) => code).sort(),
    evidence: top.map(([code, v]) => ({ field: `countries.${code}`, ...v.first, confidence: Math.min(0.95, Math.round((v.score / Math.max(total, 1)) * 100) / 100 + 0.4) })),
    warnings,
  };
}

/**
 * Word beginnings that name one country in running text, nouns and adjectives alike
 * ("aserbaidschanischer", "belgischer", "الأذربيجاني", "tayika", "латвийской"): the country's
 * names in the article's language and English, without an "-istan" ending, cut to a stem.
 * Only used for the two countries already found, so a loose stem cannot invent a third.
 */
export function countryStems(code: string, language: Language): string[] {
  const names = new Set<string>();
  for (const lang of [language, 'en']) {
    const name = countryName(code, lang);
    if (name) names.add(name);
    for (const n of [countries.getName(code, lang, { select: 'all' }) ?? []].flat()) names.add(n);
  }
  const stems = new Set<string>();
  for (const name of names) {
    if (name.includes(' ')) continue;
    let stem = foldWord(name).replace(/(?:istan|stan|истан|стан|ستان)$/, '');
    const arabic = /[\u0600-\u06FF]/.test(stem);
    if (stem.length > 5) stem = stem.slice(0, arabic ? -1 : -2);
    if (stem.length >= 4) stems.add(stem);
  }
  return [...stems];
}

/** Lower case, no diacritics in Latin/Cyrillic, Arabic article and clitics removed, alef forms unified. */
export function foldWord(word: string): string {
  const lower = word.normalize('NFC').toLocaleLowerCase();
  if (/[\u0600-\u06FF]/.test(lower)) {
    return lower.replace(/[أإآ]/g, 'ا').replace(/^(?:[وفب])?(?:ال|لل)/, '');
  }
  if (/[\u0400-\u04FF]/.test(lower)) return lower.replace(/ё/g, 'е');
  // Chinese, Japanese and Korean are compared as written; other scripts by their ASCII transliteration.
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(lower)) return lower;
  return anyAscii(lower).replace(/[^a-z]/g, '');
}
