import countries from 'i18n-iso-countries';
import { LRUCache } from 'lru-cache';
import { countryIndex } from './country-names';
import { inflectionCandidates, OFFICIAL_FORM_WORDS } from './inflection';
import { normaliseCountryText } from './normalise';

export interface CountryMatch {
  code: string;
  /** English short name. */
  name: string;
  via: 'code' | 'name' | 'inflected';
}

const MAX_INPUT = 120;

/**
 * Every country a user-typed string can mean, best first: an ISO code (alpha-2 or alpha-3) when
 * the whole input is one, then exact names in any language (primary before alternative names),
 * then inflected or derived forms. "Congo" gives both Congos.
 */
export function resolveCountries(text: string): CountryMatch[] {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_INPUT) return [];
  const trimmed = text.trim();
  const byCode = codeMatch(trimmed);
  const { forms } = countryIndex();
  const form = normaliseCountryText(trimmed);
  const found: CountryMatch[] = byCode ? [byCode] : [];
  const push = (codes: string[] | undefined, via: CountryMatch['via']) => {
    for (const code of codes ?? []) if (!found.some((m) => m.code === code)) found.push({ code, name: englishName(code), via });
  };
  if (form.length === 0) return found;
  push(forms.get(form), 'name');
  const stripped = form.split(' ').filter((w) => !OFFICIAL_FORM_WORDS.has(w)).join(' ');
  if (stripped.length > 0 && stripped !== form) push(forms.get(stripped), 'name');
  if (found.length === 0) {
    for (const base of new Set([form, stripped])) {
      for (const candidate of inflectionCandidates(base)) push(forms.get(candidate), 'inflected');
      if (found.length > 0) break;
    }
  }
  return found;
}

export function resolveCountry(text: string): CountryMatch | null {
  return resolveCountries(text)[0] ?? null;
}

function codeMatch(text: string): CountryMatch | null {
  if (/^[A-Za-z]{2}$/.test(text) && countries.isValid(text.toUpperCase())) {
    return { code: text.toUpperCase(), name: englishName(text.toUpperCase()), via: 'code' };
  }
  if (/^[A-Za-z]{3}$/.test(text)) {
    const code = countries.alpha3ToAlpha2(text.toUpperCase());
    if (code) return { code, name: englishName(code), via: 'code' };
  }
  return null;
}

function englishName(code: string): string {
  return countryName(code, 'en') ?? code;
}

const displayNames = new Map<string, Intl.DisplayNames | null>();
// ICU's lookup is slow next to a Map (a sixth of bulk planning's country work), and the answers
// are few: a valid code per country and language asked, bounded by the LRU.
// (Wrapped, since a cache holds no null.)
const names = new LRUCache<string, { name: string | null }>({
  max: 20_000,
  memoMethod: (key) => {
    const [lang, code] = key.split('\u0000');
    return { name: lookUpCountryName(code, lang) };
  },
});

/** The name of a country in a language (CLDR), falling back to i18n-iso-countries, then English. */
export function countryName(code: string, lang = 'en'): string | null {
  return names.memo(`${lang}\u0000${code}`).name;
}

function lookUpCountryName(code: string, lang: string): string | null {
  const upper = code.toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper) || !countries.isValid(upper)) return null;
  countryIndex(); // registers the i18n-iso-countries locales
  if (!displayNames.has(lang)) {
    try {
      displayNames.set(lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }));
    } catch {
      displayNames.set(lang, null);
    }
  }
  return displayNames.get(lang)?.of(upper) ?? countries.getName(upper, lang) ?? countries.getName(upper, 'en') ?? null;
}

export function allCountryCodes(): string[] {
  return countryIndex().codes;
}
