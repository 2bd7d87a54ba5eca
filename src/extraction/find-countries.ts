import anyAscii from 'any-ascii';
import countries from 'i18n-iso-countries';
import { countryName, findCountryMentions } from '../country-names';
import { Evidence, Span } from './draft';
import { capitalPairs } from './find-city';
import { Language, PRESS_COUNTRY, PROFILES } from './languages';
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
  if (!(profile.spaced && (profile.cased || language === 'ar' || language === 'fa'))) return countryMentionsWithoutSpaces(text, language);
  // Uzbek writes o‘ and g‘ with any apostrophe; the names know only ʻ (same length: offsets hold).
  const source = language === 'uz' ? text.replace(/(?<=[OoGg])[‘’'`ʼ]/gu, 'ʻ') : text;
  const mentions = findCountryMentions(source).map((m) => ({ ...m, matched: text.slice(m.start, m.end) }));
  // Vietnamese one-syllable names after a word that announces a country ("Bộ Ngoại giao Anh", "phía Nga").
  if (language === 'vi') {
    for (const m of text.matchAll(/(?<=(?:giao|quán|Đoàn|đoàn|phía|nước|Phía)\s)(Anh|Nga|Mỹ|Lào|Pháp|Đức|Ý|Úc|Nhật|Hàn)(?![\p{L}\p{M}])/gu)) {
      const code = { Anh: 'GB', Nga: 'RU', Mỹ: 'US', Lào: 'LA', Pháp: 'FR', Đức: 'DE', Ý: 'IT', Úc: 'AU', Nhật: 'JP', Hàn: 'KR' }[m[1]]!;
      if (!mentions.some((x) => x.start < m.index! + m[1].length && m.index! < x.end)) mentions.push({ code, start: m.index!, end: m.index! + m[1].length, matched: m[1] });
    }
    mentions.sort((a, b) => a.start - b.start);
  }
  const rules = CASE_ENDINGS[language];
  if (!rules) return mentions;
  // Case endings src/country-names does not know ("Հայաստանի", "Беларусі", "Polski", "Србије").
  for (const w of source.matchAll(/\p{Lu}[\p{L}\p{M}ʻ]{2,40}/gu)) {
    const start = w.index!;
    const end = start + w[0].length;
    if (mentions.some((m) => m.start < end && start < m.end)) continue;
    const code = inflectedCountry(w[0], rules);
    if (code) mentions.push({ code, start, end, matched: text.slice(start, end) });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

const CASE_ENDINGS: Partial<Record<Language, Array<[string, string[]]>>> = {
  hy: [['ի', ['']], ['ում', ['']], ['ից', ['']], ['ին', ['']], ['ը', ['']], ['ն', ['']], ['ով', ['']], ['ի', ['իա']], ['այի', ['իա']]],
  be: [['іі', ['ія']], ['і', ['ь', 'я', 'а', '']], ['ю', ['я']], ['ай', ['а']], ['ы', ['а']], ['у', ['', 'а']], ['ам', ['']], ['ем', ['ь']]],
  uk: [['ії', ['ія']], ['ї', ['я']], ['и', ['а']], ['і', ['а', 'ь', '']], ['у', ['', 'а']], ['ою', ['а']], ['ом', ['']]],
  pl: [['ji', ['ja']], ['ii', ['ia']], ['y', ['a']], ['i', ['a', '']], ['ce', ['ka']], ['ą', ['a']], ['ę', ['a']], ['ie', ['a']], ['u', ['']], ['em', ['']]],
  cs: [['a', ['o', '']], ['u', ['o', '']], ['em', ['o', '']], ['y', ['a']], ['e', ['a']], ['i', ['e', 'a']]],
  sr: [['е', ['а']], ['и', ['а']], ['у', ['а', '']], ['ом', ['а', '']], ['e', ['a']], ['i', ['a']], ['u', ['a', '']]],
  uz: [['da', ['']], ['dan', ['']], ['ga', ['']], ['ning', ['']], ['ni', ['']], ['ka', ['']], ['qa', ['']]],
  vi: [],
};

function inflectedCountry(word: string, rules: Array<[string, string[]]>): string | null {
  for (const [ending, restores] of rules) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    for (const restore of restores) {
      const candidate = word.slice(0, word.length - ending.length) + restore;
      const found = findCountryMentions(candidate);
      if (found.length === 1 && found[0].start === 0 && found[0].end === candidate.length) return found[0].code;
    }
  }
  return null;
}

/**
 * "deutsch-polnischen", "туркмено-грузинских", "polsko-watykańskie", "o‘zbek-afg‘on": both parts of a
 * hyphenated pair of adjectives, each read by the stems of every country's names (one country per part, or none).
 */
function pairedAdjectives(sentence: Span, language: Language): Mention[] {
  const out: Mention[] = [];
  for (const m of sentence.text.matchAll(/([\p{L}ʻ‘’']{3,30})-([\p{L}ʻ‘’']{3,30})/gu)) {
    const first = stemCountry(m[1], language);
    const second = stemCountry(m[2], language);
    if (!first || !second || first === second) continue;
    const at = sentence.start + m.index!;
    out.push({ code: first, start: at, end: at + m[1].length, matched: m[1] });
    out.push({ code: second, start: at + m[1].length + 1, end: at + m[0].length, matched: m[2] });
  }
  return out;
}

const allStems = new Map<Language, Array<{ stem: string; code: string }>>();

function stemCountry(word: string, language: Language): string | null {
  let list = allStems.get(language);
  if (!list) {
    list = Object.keys(countries.getAlpha2Codes()).flatMap((code) => countryStems(code, language).map((stem) => ({ stem, code })));
    list.sort((a, b) => b.stem.length - a.stem.length);
    allStems.set(language, list);
  }
  const folded = foldWord(word.replace(/[ʻ‘’']/g, ''));
  for (const [stem, code] of Object.entries(PROFILES[language].demonyms ?? {})) if (folded.startsWith(foldWord(stem))) return code;
  const hits = list.filter((s) => folded.startsWith(s.stem));
  if (hits.length === 0) return null;
  const longest = hits.filter((h) => h.stem.length === hits[0].stem.length);
  return new Set(longest.map((h) => h.code)).size === 1 ? longest[0].code : null;
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
  const mentions = [...countryMentions(text, language)];
  for (const s of eventSentences) for (const m of pairedAdjectives(s, language)) if (!mentions.some((x) => x.start < m.end && m.start < x.end)) mentions.push(m);
  // "between Khartoum and Cairo": the capitals stand for the parties.
  for (const s of eventSentences) {
    for (const { code, span } of capitalPairs(s, language)) if (!mentions.some((x) => x.start < span.end && span.start < x.end)) mentions.push({ code, start: span.start, end: span.end, matched: span.text });
  }
  mentions.sort((a, b) => a.start - b.start);
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
  // One country named in a language of one state: the other party is that state, whose own press leaves it out.
  const home = PRESS_COUNTRY[language];
  if (ranked.length === 1 && home && ranked[0][0] !== home) {
    warnings.push(`Only ${ranked[0][0]} is named; the other party is read as ${home}, the country this language is written in — check.`);
    // Its evidence is the headline, whose language tells the country.
    const headline = sentences[0] ?? { start: 0, end: Math.min(text.length, 200), text: text.slice(0, 200) };
    ranked.push([home, { score: 0, first: { start: headline.start, end: headline.end, text: headline.text } }]);
  }
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
  const demonyms = Object.entries(PROFILES[language].demonyms ?? {}).filter(([, c]) => c === code).map(([stem]) => foldWord(stem));
  const names = new Set<string>();
  for (const lang of [language, 'en']) {
    const name = countryName(code, lang);
    if (name) names.add(name);
    for (const n of [countries.getName(code, lang, { select: 'all' }) ?? []].flat()) names.add(n);
  }
  const stems = new Set<string>();
  for (const name of names) {
    if (name.includes(' ')) continue;
    let stem = foldWord(name).replace(/(?:istan|stan|iston|ston|истан|стан|ستان)$/, '');
    const arabic = /[\u0600-\u06FF]/.test(stem);
    if (stem.length > 5) stem = stem.slice(0, arabic ? -1 : -2);
    if (stem.length >= 4) stems.add(stem);
  }
  return [...stems, ...demonyms];
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
