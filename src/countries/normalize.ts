/**
 * Text folding shared by the name index and by every lookup. Index keys and queries must go
 * through the very same function, or an accent or a hamza would make a name unfindable.
 *
 * A folded key is lower case, without diacritics, with words separated by one space:
 * "Côte d’Ivoire" → "cote d ivoire", "Азербайджан" → "азербаиджан", "الأذربيجانية" → "الاذربيجانيه".
 */

/**
 * Combining marks that only decorate a base letter and that users often leave out: Latin,
 * Greek and Cyrillic accents (й → и, ё → е), Hebrew points, Arabic harakat, hamza above/below
 * and madda (so أ إ آ all become ا after NFKD). Marks of Indic and other scripts are vowels,
 * not decoration, and are kept.
 */
const DECORATION = /[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/** Letters NFKD does not decompose but that users commonly type without their mark. */
const LETTER_FOLDS: Record<string, string> = {
  ı: 'i', // Turkish/Azerbaijani dotless i: "Qazaxıstan" = "Qazaxistan"
  ə: 'e', // Azerbaijani schwa: "Azərbaycan" = "Azerbaycan"
  ǝ: 'e',
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ħ: 'h',
  ŀ: 'l',
  ɓ: 'b', // Hausa hooked letters
  ɗ: 'd',
  ƙ: 'k',
  ƴ: 'y',
  ة: 'ه', // taa marbuta is written as haa as often as not
  ى: 'ي', // alef maqsura / yaa
  ی: 'ي', // Persian yeh
  ک: 'ك', // keheh
  ٱ: 'ا', // alef wasla
  ـ: '', // tatweel only stretches a word
};
const LETTER_FOLD_RE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/** Abbreviation dots vanish ("U.S.A." → "usa"); every other non-letter separates words. */
const DOTS = /\./g;
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;

/** Folds a name or a query to an index key (see the file comment). Never throws. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(DECORATION, '')
    .replace(LETTER_FOLD_RE, (ch) => LETTER_FOLDS[ch] ?? ch)
    .replace(DOTS, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

/**
 * Lower case with diacritics kept, same word separation as {@link fold}. Free text compares a
 * short name this way: Vietnamese "Ý" (Italy) or "Đức" (Germany) fold to "y" and "duc", which
 * are everyday words elsewhere, so a short name in running text must keep its own accents.
 */
export function lightFold(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(DOTS, '').replace(SEPARATORS, ' ').trim();
}

/** Number of letters in a folded key, spaces not counted. */
export function letterCount(key: string): number {
  let n = 0;
  for (const ch of key) if (ch !== ' ') n++;
  return n;
}

/** True when the key is written in Latin letters (its accents may then be folded away). */
export function isLatinKey(key: string): boolean {
  return /^[a-z0-9 ]+$/.test(key);
}

/** One word of free text with its [start, end) span in UTF-16 units. */
export interface Token {
  start: number;
  end: number;
  raw: string;
  key: string;
  /** The script has case and this word starts with a capital. */
  capitalised: boolean;
  /** The script has case and every letter is a capital ("UK", "USA"). */
  allCaps: boolean;
  /** The script distinguishes upper and lower case (Latin, Cyrillic, Greek, Armenian…). */
  cased: boolean;
}

/** Dotted abbreviations ("U.S.") stay one word; apostrophes and hyphens split words. */
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+/gu;

/** Splits free text into words; tokens whose folded key is empty are dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const key = fold(raw);
    if (!key) continue;
    const lower = raw.toLowerCase();
    const upper = raw.toUpperCase();
    const cased = lower !== upper;
    const first = raw.charAt(0);
    tokens.push({
      start: match.index,
      end: match.index + raw.length,
      raw,
      key,
      cased,
      capitalised: cased && first !== first.toLowerCase(),
      allCaps: cased && raw === upper,
    });
  }
  return tokens;
}
