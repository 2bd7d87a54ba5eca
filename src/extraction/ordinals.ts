import anyAscii from 'any-ascii';
import { ToWords } from 'to-words';
import { Language } from './languages';

/**
 * Ordinal words → numbers. No package parses ordinals outside English, but to-words generates
 * them in every language we read, so the reverse lexicon is built once from it (1–60), plus
 * each language's inflections of those words and its digit forms ("5.", "5-ci", "5ª", "5-й",
 * "5e", "5th") and Roman numerals.
 */
const MAX_ORDINAL = 60;
const LOCALES: Record<Language, string> = { de: 'de-DE', az: 'az-AZ', ar: 'ar-AE', es: 'es-ES', en: 'en-US', ru: 'ru-RU', fr: 'fr-FR', tr: 'tr-TR' };

/** Other forms of one generated ordinal word, as the language inflects it. */
const INFLECT: Record<Language, (word: string, n: number) => string[]> = {
  de: (w) => (w.endsWith('e') ? [w, `${w}n`, `${w}r`, `${w}s`, `${w}m`] : [w]),
  es: (w) => {
    const stem = w.replace(/[oa]$/, '');
    return w.endsWith('o') ? [w, `${stem}a`, `${stem}os`, `${stem}as`, w === 'primero' ? 'primer' : w, w === 'tercero' ? 'tercer' : w] : [w];
  },
  ru: (w) => {
    const m = /^(.*?)(ый|ой|ий)$/.exec(w);
    if (!m) return [w];
    const soft = m[2] === 'ий' && !/[кгх]$/.test(m[1]);
    const stem = m[1];
    return soft
      ? [w, `${stem}ьего`, `${stem}ьем`, `${stem}ья`, `${stem}ью`, `${stem}ьей`, `${stem}его`, `${stem}ем`, `${stem}яя`, `${stem}юю`, `${stem}ей`]
      : [w, `${stem}ого`, `${stem}ом`, `${stem}ому`, `${stem}ая`, `${stem}ую`, `${stem}ой`, `${stem}ые`, `${stem}ых`];
  },
  fr: (w, n) => (n === 1 ? [w, 'première', 'premiere'] : n === 2 ? [w, 'second', 'seconde'] : [w]),
  ar: (w, n) => {
    const forms = [w, `${w}ة`];
    if (n === 1) forms.push('الأولى', 'الاولى', 'أول', 'اول', 'أولى');
    const bare = w.replace(/^ال/, '');
    forms.push(bare, `${bare}ة`);
    return forms;
  },
  az: (w) => [w, `${w}si`, `${w}sində`],
  tr: (w) => [w, `${w}si`, `${w}sinde`],
  en: (w) => [w],
};

const lexicons = new Map<Language, Map<string, number>>();

function normalise(word: string): string {
  return word
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى(?=$)/g, 'ي')
    .replace(/\s+/g, ' ')
    .trim();
}

function lexicon(language: Language): Map<string, number> {
  let words = lexicons.get(language);
  if (words) return words;
  words = new Map();
  const toWords = new ToWords({ localeCode: LOCALES[language] });
  for (let n = MAX_ORDINAL; n >= 1; n -= 1) {
    let generated: string;
    try {
      generated = toWords.toOrdinal(n);
    } catch {
      continue;
    }
    for (const form of INFLECT[language](normalise(generated), n)) words.set(normalise(form), n);
  }
  // Ordinals to-words lacks or spells otherwise in news text.
  const extra: Partial<Record<Language, Record<string, number>>> = {
    en: { 'twenty-first': 21, 'twenty-second': 22, 'thirty-first': 31 },
    fr: { '1er': 1, '1re': 1, '1ère': 1, 'premier': 1 },
    de: { 'erste': 1 },
    tr: { ilk: 1 },
    az: { ilk: 1 },
  };
  for (const [form, n] of Object.entries(extra[language] ?? {})) words.set(normalise(form), n);
  lexicons.set(language, words);
  return words;
}

/** Digit ordinals as each language prints them; the group is the number. */
const DIGIT_FORMS: Record<Language, RegExp> = {
  de: /^(\d{1,3})\.$/,
  az: /^(\d{1,3})(?:-?(?:ci|cı|cu|cü|ncı|nci|ncu|ncü|ci|inci))$/i,
  tr: /^(\d{1,3})(?:\.|['’-]?(?:inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü))$/i,
  ar: /^(?:ال)?(\d{1,3})$/,
  es: /^(\d{1,3})(?:\.?[ºªoa°])$/i,
  en: /^(\d{1,3})(?:st|nd|rd|th)$/i,
  ru: /^(\d{1,3})-?(?:й|ый|ий|ой|го|ого|м|ом|я|ая|ю|ую)$/i,
  fr: /^(\d{1,3})(?:e|ème|eme|è|er|re|ère)$/i,
};

const ROMAN = /^(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})\.?$/;

/**
 * The number an ordinal token means in `language`, or null. `token` is one word or a short
 * phrase ("zweite", "5-ci", "الخامسة", "двадцать первый", "XII").
 */
export function parseOrdinal(token: string, language: Language): number | null {
  const word = normalise(token);
  if (word.length === 0) return null;
  const known = lexicon(language).get(word);
  if (known !== undefined) return known;
  const digits = DIGIT_FORMS[language].exec(word) ?? (language !== 'de' ? null : null);
  if (digits) return sane(Number(digits[1]));
  const roman = ROMAN.exec(token.trim());
  if (roman && token.trim().replace(/\.$/, '').length > 0) return sane(romanValue(token.trim().replace(/\.$/, '')));
  // Transliteration-insensitive last try: "besinci" typed without Azerbaijani letters.
  const ascii = anyAscii(word);
  for (const [form, n] of lexicon(language)) if (anyAscii(form) === ascii) return n;
  return null;
}

function sane(n: number): number | null {
  return Number.isInteger(n) && n >= 1 && n <= 500 ? n : null;
}

function romanValue(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < roman.length; i += 1) {
    const v = values[roman[i]];
    const next = values[roman[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
