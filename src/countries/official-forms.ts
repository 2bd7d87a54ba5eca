/**
 * Words of a state's official form ("Kingdom of", "Republik", "Respublikası", "جمهورية") and
 * leading articles. A query such as "Königreich Belgien" or "Azərbaycan Respublikası" is retried
 * without them. These are words about forms of state, not country names.
 */
import { fold } from './normalize';

/** Phrases written before the name, in any order (they are sorted longest first when folded). */
const PREFIXES: Record<string, readonly string[]> = {
  en: [
    'republic of', 'kingdom of', 'state of', 'federal republic of', 'democratic republic of', 'islamic republic of',
    "people's republic of", "democratic people's republic of", 'united republic of', 'socialist republic of',
    'arab republic of', 'bolivarian republic of', 'plurinational state of', 'oriental republic of',
    'hashemite kingdom of', 'federation of', 'commonwealth of', 'principality of', 'grand duchy of',
    'sultanate of', 'independent state of', 'federated states of', 'the',
  ],
  de: [
    'republik', 'königreich', 'bundesrepublik', 'föderation', 'islamische republik', 'demokratische republik',
    'volksrepublik', 'demokratische volksrepublik', 'fürstentum', 'großherzogtum', 'sultanat', 'staat',
    'vereinigte republik', 'arabische republik', 'sozialistische republik', 'haschemitisches königreich',
    'der', 'die', 'das', 'des', 'dem', 'den',
  ],
  nl: [
    'republiek', 'koninkrijk', 'democratische republiek', 'volksrepubliek', 'democratische volksrepubliek',
    'federale republiek', 'islamitische republiek', 'groothertogdom', 'vorstendom', 'staat', 'de', 'het',
  ],
  fr: [
    'république', 'république de', 'république du', 'république de la', "république d'", 'royaume de',
    'royaume du', "royaume d'", 'état de', 'état du', "état d'", 'principauté de', 'grand-duché de',
    'république démocratique du', 'république démocratique de', "république islamique d'",
    'république populaire de', 'république fédérale de', 'république arabe de', 'fédération de',
    "sultanat d'", 'la', 'le', 'les', "l'",
  ],
  es: [
    'república', 'república de', 'república del', 'reino de', 'reino del', 'estado de', 'principado de',
    'gran ducado de', 'república democrática del', 'república democrática de', 'república islámica de',
    'república popular de', 'república federal de', 'república árabe de', 'federación de', 'sultanato de',
    'el', 'la', 'los', 'las',
  ],
  it: ['repubblica', 'repubblica di', 'repubblica del', 'repubblica democratica del', 'regno di', 'regno del', 'stato di'],
  pt: ['república', 'república de', 'república do', 'república da', 'república democrática do', 'reino de', 'reino da', 'reino do', 'estado de'],
  ru: [
    'республика', 'королевство', 'федерация', 'государство', 'княжество', 'султанат', 'исламская республика',
    'народная республика', 'демократическая республика', 'федеративная республика',
  ],
  ar: ['جمهورية', 'الجمهورية', 'مملكة', 'المملكة', 'دولة', 'سلطنة', 'إمارة', 'الاتحاد'],
};

/** Phrases written after the name ("Azərbaycan Respublikası", "Azerbaycan Cumhuriyeti"). */
const SUFFIXES: Record<string, readonly string[]> = {
  en: ['republic', 'federation', 'kingdom'],
  de: ['republik'],
  az: ['respublikası', 'krallığı', 'federasiyası', 'dövləti', 'sultanlığı', 'knyazlığı'],
  tr: ['cumhuriyeti', 'krallığı', 'federasyonu', 'devleti', 'sultanlığı', 'prensliği'],
  ru: ['республика', 'федерация'],
};

/**
 * Languages whose prefixes are also stripped from the names themselves when the index is built,
 * so that "Republic of Korea", "Republiek Korea" and "Democratische Volksrepubliek Korea" leave a
 * bare "Korea" for both Koreas. Arabic is left out on purpose: in "المملكة المتحدة" (United
 * Kingdom) the word is the name, and stripping it would leave "المتحدة" ("united"), which is in
 * "الأمم المتحدة" (United Nations).
 */
export const INDEX_PREFIX_LANGS: ReadonlySet<string> = new Set(['en', 'de', 'nl', 'fr', 'es', 'it', 'pt', 'ru']);

interface Folded {
  prefixes: Map<string, string[]>;
  suffixes: string[];
  allPrefixes: string[];
}
let folded: Folded | undefined;

/** Phrases folded like index keys, longest first so "republic of" is not taken for "republic". */
function foldedForms(): Folded {
  if (folded) return folded;
  const byLength = (a: string, b: string) => b.length - a.length;
  const prefixes = new Map<string, string[]>();
  for (const [lang, list] of Object.entries(PREFIXES)) prefixes.set(lang, [...new Set(list.map(fold))].sort(byLength));
  const allPrefixes = [...new Set([...prefixes.values()].flat())].sort(byLength);
  const suffixes = [...new Set(Object.values(SUFFIXES).flat().map(fold))].sort(byLength);
  folded = { prefixes, suffixes, allPrefixes };
  return folded;
}

function stripPrefixOnce(key: string, phrases: readonly string[]): string | null {
  for (const phrase of phrases) if (key.startsWith(phrase + ' ')) return key.slice(phrase.length + 1);
  return null;
}

/** A folded name without its official-form prefix in its own language, or null if it has none. */
export function stripIndexPrefix(key: string, lang: string): string | null {
  const phrases = foldedForms().prefixes.get(lang);
  if (!phrases) return null;
  let rest: string | null = null;
  let next = stripPrefixOnce(key, phrases);
  while (next !== null) {
    rest = next;
    next = stripPrefixOnce(next, phrases); // "république du" then "la"… until none is left
  }
  return rest;
}

/**
 * A folded query with official-form words of any language peeled off its start and end, one layer
 * at a time, each layer a candidate: "konigreich belgien" → ["belgien"],
 * "the republic of azerbaijan" → ["republic of azerbaijan", "azerbaijan"],
 * "azerbaycan respublikasi" → ["azerbaycan"].
 */
export function stripOfficialWords(key: string): string[] {
  const { allPrefixes, suffixes } = foldedForms();
  const out: string[] = [];
  let current = key;
  for (let guard = 0; guard < 4; guard++) {
    let changed = false;
    const afterPrefix = stripPrefixOnce(current, allPrefixes);
    if (afterPrefix !== null) {
      current = afterPrefix;
      changed = true;
    }
    for (const phrase of suffixes) {
      if (current.endsWith(' ' + phrase)) {
        current = current.slice(0, -phrase.length - 1);
        changed = true;
        break;
      }
    }
    if (!changed) break;
    out.push(current);
  }
  return out;
}
