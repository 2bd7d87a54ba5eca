import countries from 'i18n-iso-countries';
import { Language } from './languages';
import type { Mention } from './find-countries';

/**
 * One-character names of countries in Chinese, Japanese and Korean, read only inside a pair
 * ("中菲外交磋商", "日中政策企画協議", "日・イラン次官級協議", "한일 국장 협의", "한·미").
 */
const ABBREVIATIONS: Partial<Record<Language, Record<string, string>>> = {
  zh: { 中: 'CN', 日: 'JP', 美: 'US', 俄: 'RU', 英: 'GB', 法: 'FR', 德: 'DE', 韩: 'KR', 韓: 'KR', 朝: 'KP', 菲: 'PH', 越: 'VN', 印: 'IN', 蒙: 'MN', 澳: 'AU', 加: 'CA', 意: 'IT', 泰: 'TH', 马: 'MY', 馬: 'MY', 哈: 'KZ', 土: 'TR', 伊: 'IR', 巴: 'PK', 老: 'LA', 柬: 'KH', 缅: 'MM', 緬: 'MM', 新: 'SG', 欧: 'EU', 歐: 'EU' },
  ja: { 日: 'JP', 中: 'CN', 米: 'US', 韓: 'KR', 露: 'RU', 英: 'GB', 仏: 'FR', 独: 'DE', 印: 'IN', 豪: 'AU', 加: 'CA', 伊: 'IT', 比: 'PH', 越: 'VN', 蒙: 'MN', 泰: 'TH', 朝: 'KP' },
  ko: { 한: 'KR', 미: 'US', 일: 'JP', 중: 'CN', 러: 'RU', 영: 'GB', 프: 'FR', 독: 'DE', 인: 'IN', 호: 'AU', 베: 'VN', 몽: 'MN' },
};

const LOCALES: Partial<Record<Language, string[]>> = { zh: ['zh', 'zh-Hant'], ja: ['ja'], ko: ['ko'], hi: ['hi'] };

const names = new Map<Language, Array<{ form: string; code: string }>>();

/** The country names of a language, longest first (CLDR through Intl, and i18n-iso-countries). */
function countryNames(language: Language): Array<{ form: string; code: string }> {
  let list = names.get(language);
  if (list) return list;
  const forms = new Map<string, string>();
  const codes = Object.keys(countries.getAlpha2Codes());
  for (const locale of LOCALES[language] ?? [language]) {
    const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const code of codes) {
      const name = display.of(code);
      if (name && [...name].length >= 2 && !forms.has(name)) forms.set(name, code);
    }
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      countries.registerLocale(require(`i18n-iso-countries/langs/${locale.slice(0, 2)}.json`));
      for (const [code, all] of Object.entries(countries.getNames(locale.slice(0, 2), { select: 'all' }) as Record<string, string[]>)) {
        for (const name of all) if ([...name].length >= 2 && !forms.has(name)) forms.set(name, code);
      }
    } catch {
      // No i18n-iso-countries names for this language: CLDR's alone.
    }
  }
  // Short names CLDR does not list ("韩国", "中國", "美國").
  const extra: Partial<Record<Language, Record<string, string>>> = {
    zh: { 中國: 'CN', 美國: 'US', 韓國: 'KR', 韩国: 'KR', 菲律賓: 'PH', 日本: 'JP', 俄羅斯: 'RU', 英國: 'GB', 德國: 'DE', 法國: 'FR' },
    ja: { 中国: 'CN', 米国: 'US', 韓国: 'KR', 日本: 'JP', 我が国: 'JP' },
    ko: { 한국: 'KR', 미국: 'US', 일본: 'JP', 중국: 'CN', 북한: 'KP', 러시아: 'RU' },
    hi: { भारत: 'IN', रूस: 'RU' },
  };
  for (const [form, code] of Object.entries(extra[language] ?? {})) forms.set(form, code);
  list = [...forms.entries()].map(([form, code]) => ({ form, code })).sort((a, b) => b.form.length - a.form.length);
  names.set(language, list);
  return list;
}

/**
 * Country mentions in text whose words are not separated (Chinese, Japanese) or not capitalised
 * (Korean, Hindi): every occurrence of a country's name, longest names first and never two
 * overlapping, plus the one-character names inside pairs.
 */
export function countryMentionsWithoutSpaces(text: string, language: Language): Mention[] {
  const found: Mention[] = [];
  const taken = new Uint8Array(text.length);
  const claim = (start: number, end: number, code: string) => {
    for (let i = start; i < end; i += 1) if (taken[i]) return;
    taken.fill(1, start, end);
    found.push({ code, start, end, matched: text.slice(start, end) });
  };
  for (const { form, code } of countryNames(language)) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      // Korean and Hindi words are spaced: a name starts a word ("미국의", not "북미국장").
      if ((language === 'ko' || language === 'hi') && /[\p{L}\p{M}]/u.test(text[at - 1] ?? '')) continue;
      claim(at, at + form.length, code);
    }
  }
  const abbreviations = ABBREVIATIONS[language];
  if (abbreviations) {
    const letters = Object.keys(abbreviations).join('');
    // Not after a digit ("23日中國…" is a date), nor inside a Korean word.
    const before = language === 'ko' ? '(?<![\\p{L}\\p{N}])' : '(?<![\\p{N}〇一二三四五六七八九十])';
    // Korean pairs stand before a space or a word of relations ("한일 국장", "한미관계", "한·미"): "북미국장" is North America.
    const after = language === 'ko' ? '(?=[\\s·]|관계|양자|외교|정상|전략|국장|차관|협의|장관)' : '(?=[·・･]?[\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Katakana}\\s(])';
    const pair = new RegExp(`${before}([${letters}])[·・･]?([${letters}])${after}`, 'gu');
    for (const m of text.matchAll(pair)) {
      const [a, b] = [abbreviations[m[1]], abbreviations[m[2]]];
      if (a === b) continue;
      // Korean: a pair with Korea itself, or one a word of relations follows ("중인 " is "being", not China–India).
      if (language === 'ko' && a !== 'KR' && b !== 'KR' && !/^(?:[·]?\S)*?(?:관계|양자|외교|정상|전략|협의|국장|차관|장관)/u.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 6))) continue;
      claim(m.index!, m.index! + m[1].length, a);
      const second = m.index! + m[0].length - m[2].length;
      claim(second, second + m[2].length, b);
    }
    // "日・イラン", "日・インド": one letter joined to a full name by a middle dot.
    const joined = new RegExp(`([${letters}])[·・･]`, 'gu');
    for (const m of text.matchAll(joined)) {
      const after = m.index! + m[0].length;
      if (found.some((f) => f.start === after)) claim(m.index!, m.index! + 1, abbreviations[m[1]]);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
