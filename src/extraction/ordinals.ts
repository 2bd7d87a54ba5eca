import anyAscii from 'any-ascii';
import { ToWords } from 'to-words';
import { Language, PROFILES } from './languages';

/**
 * Ordinal words → numbers. No package parses ordinals outside English, but to-words generates
 * them in nearly every language we read, so the reverse lexicon is built once from it (1–60),
 * plus each language's inflections of those words and its digit forms ("5.", "5-ci", "5ª",
 * "5-й", "5e", "5th"), Roman numerals and Chinese/Japanese numerals ("十五", "二十三").
 */
const MAX_ORDINAL = 60;

const lexicons = new Map<Language, Map<string, number>>();

function normalise(word: string): string {
  return word
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى(?=$)/g, 'ي')
    .replace(/[\u200c\s]+/g, ' ')
    .trim();
}

function lexicon(language: Language): Map<string, number> {
  let words = lexicons.get(language);
  if (words) return words;
  words = new Map();
  const rules = PROFILES[language].ordinals;
  if (rules.locale) {
    const toWords = new ToWords({ localeCode: rules.locale });
    for (let n = MAX_ORDINAL; n >= 1; n -= 1) {
      let generated: string;
      try {
        generated = toWords.toOrdinal(n);
      } catch {
        continue;
      }
      const word = normalise(generated);
      for (const form of rules.inflect ? rules.inflect(word, n) : [word]) words.set(normalise(form), n);
    }
  }
  for (const [form, n] of Object.entries(rules.extra ?? {})) words.set(normalise(form), n);
  lexicons.set(language, words);
  return words;
}

const ROMAN = /^(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})\.?$/;
const HAN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const HAN_NUMBER = /^[〇零一二两兩三四五六七八九十百]{1,6}$/u;

/**
 * The number an ordinal token means in `language`, or null. `token` is one word or a short
 * phrase ("zweite", "5-ci", "الخامسة", "двадцать первый", "XII", "十五").
 */
export function parseOrdinal(token: string, language: Language): number | null {
  const word = normalise(token);
  if (word.length === 0) return null;
  const known = lexicon(language).get(word);
  if (known !== undefined) return known;
  const digits = PROFILES[language].ordinals.digits.exec(word);
  if (digits) return sane(Number(digits[1]));
  const roman = ROMAN.exec(token.trim());
  if (roman && token.trim().replace(/\.$/, '').length > 0) return sane(romanValue(token.trim().replace(/\.$/, '')));
  if (HAN_NUMBER.test(word)) return sane(hanValue(word));
  // Transliteration-insensitive last try: "besinci" typed without Azerbaijani letters.
  const ascii = anyAscii(word);
  if (ascii.length > 2) for (const [form, n] of lexicon(language)) if (anyAscii(form) === ascii) return n;
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

/** "十五" 15, "二十三" 23, "一百" 100. */
function hanValue(han: string): number {
  let total = 0;
  let current = 0;
  for (const ch of han) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = current * 10 + HAN_DIGITS[ch];
  }
  return total + current;
}
