import { capitaliseWords } from './words';

interface Iuliia {
  translate(text: string, schema: unknown): string;
  BGN_PCGN: unknown;
}
let iuliia: Iuliia | undefined;

/** Ukrainian: the national system of 2010 (the one in Ukrainian passports). */
const UKRAINIAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', "'": '', '’': '',
};
/** At a word's start є, ї, й, ю, я are written ye, yi, y, yu, ya. */
const UKRAINIAN_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

/** Belarusian: BGN/PCGN (1979). */
const BELARUSIAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', і: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'w', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', ы: 'y', ь: "'", э: 'e', ю: 'yu', я: 'ya', "'": '', '’': '',
};

/** Serbian: the Latin alphabet (Gaj's), letter for letter. */
const SERBIAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
};

/**
 * Cyrillic per language: Ukrainian, Belarusian and Serbian by their own tables, everything else
 * (Russian, and the Cyrillic of Central Asia as a fallback) by BGN/PCGN through iuliia.
 */
export function romaniseCyrillic(text: string, language: string | null): string {
  const lang = language ?? guessCyrillicLanguage(text);
  if (lang === 'uk') return capitaliseWords(byTable(text, UKRAINIAN, UKRAINIAN_INITIAL));
  if (lang === 'be') return capitaliseWords(byTable(text, BELARUSIAN, { е: 'ye' }, /[аеёіоуыэюяўь'’]/u).replace(/'/g, ''));
  if (lang === 'sr' || lang === 'mk') return capitaliseWords(byTable(text, SERBIAN, {}));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  iuliia ??= require('iuliia') as Iuliia;
  return iuliia.translate(text, iuliia.BGN_PCGN);
}

/** Letters only one of these languages has: ў (be), ї/є/ґ (uk), ј/љ/њ/ћ/ђ/џ (sr); і with ы or э (be), і alone (uk). */
function guessCyrillicLanguage(text: string): string {
  if (/[јљњћђџЈЉЊЋЂЏ]/u.test(text)) return 'sr';
  if (/[ўЎ]/u.test(text)) return 'be';
  if (/[їєґЇЄҐ]/u.test(text)) return 'uk';
  // і with ы or э is Belarusian (Ukrainian has neither); і alone, Ukrainian.
  if (/[іІ]/u.test(text)) return /[ыэЫЭ]/u.test(text) ? 'be' : 'uk';
  return 'ru';
}

/** `initial` spellings apply at a word's start and after the letters of `afterLetters`. */
function byTable(text: string, table: Record<string, string>, initial: Record<string, string>, afterLetters?: RegExp): string {
  let out = '';
  let previous = '';
  for (const ch of text) {
    const lower = ch.toLocaleLowerCase();
    const atStart = !/\p{L}/u.test(previous) || (afterLetters?.test(previous.toLocaleLowerCase()) ?? false);
    const mapped = (atStart ? initial[lower] : undefined) ?? table[lower];
    out += mapped === undefined ? ch : ch !== lower ? mapped.charAt(0).toLocaleUpperCase() + mapped.slice(1) : mapped;
    previous = ch;
  }
  return out;
}
