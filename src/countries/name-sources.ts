/**
 * Where country names come from: the ICU/CLDR data built into Node (`Intl.DisplayNames`) and the
 * `i18n-iso-countries` package (its 78 languages, including aliases such as "Turkey" next to
 * "Türkiye" or "UAE"). No country name is typed by hand in this module or anywhere else here.
 */
import type * as IsoCountries from 'i18n-iso-countries';

type Iso = typeof IsoCountries;

let iso: Iso | undefined;
/**
 * Loaded on first use: the package's Node entry registers all its languages when required
 * (about 40 ms), which a process that never resolves a country should not pay for.
 */
export function isoCountries(): Iso {
  iso ??= require('i18n-iso-countries') as Iso;
  return iso;
}

/**
 * CLDR locales read through `Intl.DisplayNames`. The package's own languages are added to these;
 * a locale ICU does not know is skipped (checked with `supportedLocalesOf`), so the list may be
 * generous. It covers the languages of the consultations' parties and of the press that reports them.
 */
export const CLDR_LOCALES: readonly string[] = [
  'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'uk', 'be', 'ar', 'fa', 'tr', 'az', 'kk', 'ky', 'uz', 'tk',
  'tg', 'ka', 'hy', 'he', 'hi', 'ur', 'bn', 'zh', 'zh-Hant', 'ja', 'ko', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr',
  'sr-Latn', 'bs', 'mk', 'bg', 'ro', 'hu', 'el', 'sv', 'da', 'nb', 'nn', 'fi', 'et', 'lv', 'lt', 'is', 'ga',
  'cy', 'mt', 'sq', 'id', 'ms', 'vi', 'th', 'sw', 'am', 'so', 'ha', 'ps', 'ku', 'ug', 'mn', 'km', 'lo', 'my',
  'ne', 'si', 'ta', 'te', 'ml', 'mr', 'gu', 'kn', 'pa', 'af', 'zu', 'eu', 'ca', 'gl', 'fil', 'tt', 'br', 'sd',
  'yo', 'ig', 'lb', 'fo', 'az-Cyrl', 'uz-Cyrl',
];

/** One name of one country in one language, as a source spells it. */
export interface SourceName {
  code: string;
  /** BCP 47 tag of the language; its first subtag picks the inflection rules. */
  lang: string;
  /** Which source said so; each (source, language) pair is one vote for a name's country. */
  source: 'cldr' | 'iso';
  name: string;
}

/** Alpha-2 codes the package knows (ISO 3166-1 plus XK, Kosovo, which CLDR also names). */
export function isoAlpha2Codes(): string[] {
  return Object.keys(isoCountries().getAlpha2Codes()).sort();
}

/** Every name of every country from both sources. */
export function collectSourceNames(codes: readonly string[]): SourceName[] {
  const names: SourceName[] = [];
  for (const locale of CLDR_LOCALES) {
    if (Intl.DisplayNames.supportedLocalesOf([locale]).length === 0) continue;
    // 'short' adds CLDR's short alternatives ("UK", "US", "Hong Kong", "Palestine").
    for (const style of ['long', 'short'] as const) {
      const display = new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
      for (const code of codes) {
        const name = display.of(code);
        if (name && name !== code) names.push({ code, lang: locale, source: 'cldr', name });
      }
    }
  }
  const lib = isoCountries();
  for (const lang of lib.langs()) {
    const all = lib.getNames(lang, { select: 'all' });
    for (const [code, list] of Object.entries(all)) {
      for (const name of list) if (name) names.push({ code, lang, source: 'iso', name });
    }
  }
  return names;
}

const displayCache = new Map<string, Intl.DisplayNames | null>();

/** A cached `Intl.DisplayNames` for a language, or null when ICU has no such language. */
function displayNamesFor(lang: string): Intl.DisplayNames | null {
  let display = displayCache.get(lang);
  if (display !== undefined) return display;
  display = null;
  try {
    if (Intl.DisplayNames.supportedLocalesOf([lang]).length > 0) {
      display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    }
  } catch {
    display = null; // not a well-formed BCP 47 tag
  }
  displayCache.set(lang, display);
  return display;
}

/**
 * The country's name in a language: CLDR first, then the package's language (for one ICU lacks,
 * such as Dhivehi), then English. The caller has checked that the code exists.
 */
export function displayName(code: string, lang: string): string {
  const cldr = displayNamesFor(lang)?.of(code);
  if (cldr && cldr !== code) return cldr;
  const base = lang.split(/[-_]/)[0]?.toLowerCase() ?? '';
  const lib = isoCountries();
  if (base && lib.langs().includes(base)) {
    const fromIso = lib.getName(code, base);
    if (fromIso) return fromIso;
  }
  const english = displayNamesFor('en')?.of(code);
  return english && english !== code ? english : (lib.getName(code, 'en') ?? code);
}
