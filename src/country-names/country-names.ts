import countries from 'i18n-iso-countries';
import { DIPLOMATIC_NAMES } from './diplomatic-names';
import { normaliseCountryText } from './normalise';

/**
 * The lookup index, built once on first use from CLDR (Node's Intl.DisplayNames) and from every
 * language i18n-iso-countries ships, official and alternative names alike, plus the few names of
 * diplomacy neither lists (diplomatic-names.ts: the Holy See).
 */
export interface CountryIndex {
  /** normalised name → codes, most likely first (a primary name before an alternative one). */
  forms: Map<string, string[]>;
  codes: string[];
}

let index: CountryIndex | undefined;

export function countryIndex(): CountryIndex {
  index ??= buildIndex();
  return index;
}

function buildIndex(): CountryIndex {
  const primary = new Map<string, Set<string>>();
  const alternative = new Map<string, Set<string>>();
  const add = (target: Map<string, Set<string>>, name: string, code: string) => {
    const form = normaliseCountryText(name);
    if (form.length < 2) return;
    if (!target.has(form)) target.set(form, new Set());
    target.get(form)!.add(code);
  };

  const languages = registerAllLocales();
  const codes = Object.keys(countries.getAlpha2Codes());
  for (const lang of languages) {
    const names = countries.getNames(lang, { select: 'all' }) as Record<string, string[]>;
    for (const [code, list] of Object.entries(names)) {
      list.forEach((name, i) => add(i === 0 ? primary : alternative, name, code));
    }
  }
  for (const lang of languages) {
    let display: Intl.DisplayNames;
    try {
      display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    } catch {
      continue;
    }
    for (const code of codes) {
      const name = display.of(code);
      if (name) add(primary, name, code);
    }
  }

  for (const [code, names] of Object.entries(DIPLOMATIC_NAMES)) for (const name of names) add(alternative, name, code);

  const forms = new Map<string, string[]>();
  for (const [form, set] of primary) forms.set(form, [...set]);
  for (const [form, set] of alternative) {
    const existing = forms.get(form) ?? [];
    forms.set(form, [...existing, ...[...set].filter((c) => !existing.includes(c))]);
  }
  return { forms, codes };
}

function registerAllLocales(): string[] {
  const languages: string[] = [];
  const dir = require.resolve('i18n-iso-countries/package.json').replace(/package\.json$/, 'langs/');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const files: string[] = require('node:fs').readdirSync(dir).filter((f: string) => f.endsWith('.json'));
  for (const file of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const locale = require(dir + file);
    countries.registerLocale(locale);
    languages.push(locale.locale);
  }
  return languages;
}
