/**
 * Inflected and derived forms of a country name, per language, from a handful of suffix rules.
 *
 * Rules work on folded keys (see normalize.ts), so "Azərbaycanın" is handled as "azerbaycanin" and
 * "Бельгией" as "бельгиеи". They are applied only to names in their own language: Turkish case
 * endings to Turkish and Azerbaijani names, German ones to German names, and so on. Forms are
 * generated once when the index is built; what a lookup finds is therefore a form a rule really
 * produces from a real name, never a guess made by cutting letters off the query.
 *
 * Generating instead of stripping is what keeps "Iran" from becoming "Iraq" and "Niger" from
 * becoming "Nigeria": a form that is a country's exact name in any language always wins over a
 * generated one, and two countries generating the same form are settled by cost (letters removed
 * plus letters added; "nigerian" is Nigeria + "n", not Niger + "ian") or dropped when tied.
 */
import { letterCount } from './normalize';

export interface Derived {
  form: string;
  /** Letters removed plus letters added; lower is more plausible. */
  cost: number;
  /** An adjective or demonym, written in lower case in running text ("aserbaidschanischen"). */
  adjective: boolean;
}

type Rule = (key: string) => Derived[];

/** Forms shorter than this (letters) are not generated: short forms collide with everyday words. */
const MIN_LETTERS = 5;
/** Arabic words are short (مصري "Egyptian"); four letters is the floor there. */
const MIN_LETTERS_ARABIC = 4;

function splitLast(key: string): [head: string, last: string] {
  const i = key.lastIndexOf(' ');
  return i < 0 ? ['', key] : [key.slice(0, i + 1), key.slice(i + 1)];
}

/** Appends each suffix to `stem` (the last word minus `removed` letters) behind `head`. */
function addSuffixes(out: Derived[], head: string, stem: string, removed: number, suffixes: readonly string[], adjective: boolean): void {
  for (const suffix of suffixes) out.push({ form: head + stem + suffix, cost: removed + suffix.length, adjective });
}

// ---------------------------------------------------------------------------------------------
// German: genitive -s ("Aserbaidschans", "Belgiens") and adjectives in -isch with their endings
// ("aserbaidschanischen", "belgische", "lettisches"); in multi-word names the adjectives take -n
// ("der Vereinigten Arabischen Emirate", "den Vereinigten Arabischen Emiraten").
// ---------------------------------------------------------------------------------------------
const DE_ISCH = ['isch', 'ische', 'ischen', 'ischer', 'isches', 'ischem'];
const DE_NISCH = DE_ISCH.map((s) => 'n' + s); // Kenia → kenianisch, Kuba → kubanisch
/** Endings dropped before -isch: Belgien → belgisch, Türkei → türkisch, Lettland → lettisch, Kasachstan → kasachisch. */
const DE_STEM_ENDINGS = ['ien', 'ei', 'land', 'istan', 'stan', 'en', 'e', 'a'];

const german: Rule = (key) => {
  const out: Derived[] = [];
  const [head, last] = splitLast(key);
  if (!/[sxz]$/.test(last)) out.push({ form: key + 's', cost: 1, adjective: false });
  if (!head) {
    addSuffixes(out, '', last, 0, DE_ISCH, true);
    for (const ending of DE_STEM_ENDINGS) {
      if (last.endsWith(ending) && last.length - ending.length >= 2) {
        addSuffixes(out, '', last.slice(0, -ending.length), ending.length, DE_ISCH, true);
      }
    }
    if (last.endsWith('a')) addSuffixes(out, '', last, 0, DE_NISCH, true);
    return out;
  }
  // Weak adjective endings: every word in -e/-es takes -en, and a final noun in -e takes -n.
  const words = key.split(' ');
  const declined = words.map((w) => (w.endsWith('e') ? w + 'n' : w.endsWith('es') && w.length > 4 ? w.slice(0, -1) + 'n' : w));
  const weak = declined.join(' ');
  if (weak !== key) {
    out.push({ form: weak, cost: 1, adjective: false });
    out.push({ form: [...declined.slice(0, -1), words[words.length - 1] + 's'].join(' '), cost: 2, adjective: false });
    out.push({ form: [...declined.slice(0, -1), words[words.length - 1]].join(' '), cost: 1, adjective: false });
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// Spanish demonyms: -ano/-ana/-anos/-anas, -és/-esa/-eses/-esas, -í ("azerbaiyano", "cubana",
// "francés", "iraní"), and -o/-a after dropping -ia ("rusos", "letona").
// ---------------------------------------------------------------------------------------------
const ES_AFTER_CONSONANT = ['o', 'a', 'os', 'as', 'es', 'esa', 'eses', 'esas', 'i', 'ies', 'ano', 'ana', 'anos', 'anas'];
const ES_AFTER_VOWEL = ['ano', 'ana', 'anos', 'anas', 'es', 'esa', 'eses', 'esas'];
const ES_AFTER_IA = ['o', 'a', 'os', 'as', 'es'];

const spanish: Rule = (key) => {
  if (key.includes(' ')) return [];
  const out: Derived[] = [];
  if (/[aeo]$/.test(key)) addSuffixes(out, '', key.slice(0, -1), 1, ES_AFTER_VOWEL, true);
  else if (/[bcdfgjklmnpqrstvxz]$/.test(key)) addSuffixes(out, '', key, 0, ES_AFTER_CONSONANT, true);
  if (key.endsWith('ia')) addSuffixes(out, '', key.slice(0, -2), 2, ES_AFTER_IA, true);
  return out;
};

// ---------------------------------------------------------------------------------------------
// English: possessive ("Belgium's", folded with the apostrophe dropped) and demonyms
// ("Azerbaijani", "Iraqi", "Latvian", "Belgian", "Chilean", "Sudanese").
// ---------------------------------------------------------------------------------------------
const english: Rule = (key) => {
  const out: Derived[] = [];
  if (!key.endsWith('s')) out.push({ form: key + 's', cost: 1, adjective: false });
  if (key.includes(' ')) return out;
  if (key.endsWith('ium')) addSuffixes(out, '', key.slice(0, -2), 2, ['an', 'ans'], true);
  else if (key.endsWith('a')) {
    addSuffixes(out, '', key, 0, ['n', 'ns'], true);
    addSuffixes(out, '', key.slice(0, -1), 1, ['ese'], true);
  } else if (key.endsWith('y')) addSuffixes(out, '', key.slice(0, -1), 1, ['ian', 'ians'], true);
  else if (/[ei]$/.test(key)) addSuffixes(out, '', key, 0, ['an', 'ans'], true);
  else if (/[bcdfghjklmnpqrstvwxz]$/.test(key)) addSuffixes(out, '', key, 0, ['i', 'is', 'ian', 'ians', 'ese'], true);
  return out;
};

// ---------------------------------------------------------------------------------------------
// Turkish and Azerbaijani case suffixes on the last word, folded (ı ü → i u, ə → e), chosen by
// whether the word ends in a vowel: "Azərbaycanın", "Belçikanın", "Belçikada", "Qazaxıstanın",
// "Türkiye'ye", "Azerbaycan'dan", "Azərbaycanlı".
// ---------------------------------------------------------------------------------------------
const TURKIC_AFTER_VOWEL = [
  'nin', 'nun', 'ya', 'ye', 'yi', 'yu', 'ni', 'nu', 'da', 'de', 'dan', 'den', 'yla', 'yle', 'la', 'le',
  'li', 'lu', 'lilar', 'liler', 'nda', 'nde', 'ndan', 'nden', 'na', 'ne', 'daki', 'deki',
];
const TURKIC_AFTER_CONSONANT = [
  'in', 'un', 'a', 'e', 'i', 'u', 'da', 'de', 'ta', 'te', 'dan', 'den', 'tan', 'ten', 'la', 'le',
  'li', 'lu', 'lilar', 'liler', 'daki', 'deki', 'taki', 'teki',
];
/** Every Turkic suffix, for text where it follows an apostrophe ("Belçika'nın"). */
export const TURKIC_SUFFIXES: ReadonlySet<string> = new Set([...TURKIC_AFTER_VOWEL, ...TURKIC_AFTER_CONSONANT]);

const turkic: Rule = (key) => {
  const out: Derived[] = [];
  const [head, last] = splitLast(key);
  addSuffixes(out, head, last, 0, /[aeiou]$/.test(last) ? TURKIC_AFTER_VOWEL : TURKIC_AFTER_CONSONANT, false);
  return out;
};

// ---------------------------------------------------------------------------------------------
// Russian: the five oblique cases, applied to every word of the name in the same case so that
// "Саудовская Аравия" gives "Саудовской Аравии" and "Объединённые Арабские Эмираты" gives
// "Объединённых Арабских Эмиратов". Folding has turned й into и and ё into е.
// ---------------------------------------------------------------------------------------------
/** Endings for genitive, dative, accusative, instrumental, prepositional, and extra variants. */
type CaseEndings = [strip: number, endings: readonly string[]];
const HUSHING = /[гкхжшчщ]$/;

function russianWord(word: string, isLast: boolean, multiWord: boolean): CaseEndings | null {
  if (!isLast || multiWord) {
    if (/[ая]я$/.test(word) && multiWord && !isLast) return [2, ['ои', 'ои', 'ую', 'ои', 'ои']];
    if (/(ые|ие)$/.test(word) && multiWord && !isLast) {
      const y = /[гкхжшчщ]ие$/.test(word) ? 'и' : 'ы';
      return [2, [`${y}х`, `${y}м`, '', `${y}ми`, `${y}х`]];
    }
    if (/(ыи|ии|ои)$/.test(word) && multiWord && !isLast) return [2, ['ого', 'ому', '', 'ым', 'ом']];
    if (/(ое|ее)$/.test(word) && multiWord && !isLast) return [2, ['ого', 'ому', '', 'ым', 'ом']];
  }
  if (!isLast && !multiWord) return null;
  if (word.endsWith('ия')) return [1, ['и', 'и', 'ю', 'еи', 'и', 'ею']];
  if (word.endsWith('я')) return [1, ['и', 'е', 'ю', 'еи', 'е', 'ею']];
  if (word.endsWith('а')) return [1, [HUSHING.test(word.slice(0, -1)) ? 'и' : 'ы', 'е', 'у', 'ои', 'е', 'ою']];
  if (word.endsWith('ь')) return [1, ['я', 'ю', '', 'ем', 'е']];
  if (/[аеоуыэюя]и$/.test(word)) return [1, ['я', 'ю', '', 'ем', 'е']]; // Парагвай, Уругвай
  if (word.endsWith('ы')) return [1, ['ов', 'ам', '', 'ами', 'ах', '']]; // Эмираты, Филиппины
  if (word.endsWith('ство') && multiWord) return [1, ['а', 'у', '', 'ом', 'е']]; // Королевство
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(word)) {
    return [0, ['а', 'у', '', /[жшчщц]$/.test(word) ? 'ем' : 'ом', 'е']];
  }
  return null; // Того, Перу, Мали, Чили: not declined
}

const russian: Rule = (key) => {
  const words = key.split(' ');
  if (words.length > 5) return [];
  const multiWord = words.length > 1;
  const rules = words.map((w, i) => (multiWord && i < words.length - 1 && !/(ая|яя|ые|ие|ыи|ии|ои|ое|ее)$/.test(w) ? null : russianWord(w, i === words.length - 1, multiWord)));
  const caseCount = Math.max(0, ...rules.map((r) => (r ? r[1].length : 0)));
  const out: Derived[] = [];
  for (let c = 0; c < caseCount; c++) {
    let cost = 0;
    const form = words
      .map((w, i) => {
        const rule = rules[i];
        const ending = rule?.[1][Math.min(c, rule[1].length - 1)];
        if (!rule || ending === undefined || (ending === '' && rule[0] === 0)) return w;
        cost += rule[0] + ending.length;
        return w.slice(0, w.length - rule[0]) + ending;
      })
      .join(' ');
    if (form !== key) out.push({ form, cost, adjective: false });
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// Arabic: the clitics و ف ب ل ك (and, so, in/with, for, like), the article ال with its لل
// contraction, and the nisba adjective -ي/-ية with plurals -يين/-يون ("الأذربيجانية",
// "العراقي", "اللاتفية"). Folding has turned ة into ه and أ إ آ into ا.
// ---------------------------------------------------------------------------------------------
const AR_ARTICLE = 'ال';
const AR_CLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك'];
/** Clitic forms of a word that already has the article: والعراق, بالعراق, للعراق, وللعراق. */
function withArticleClitics(core: string): string[] {
  const withArticle = AR_ARTICLE + core;
  return [withArticle, 'و' + withArticle, 'ف' + withArticle, 'ب' + withArticle, 'ك' + withArticle, 'وب' + withArticle, 'لل' + core, 'ولل' + core, 'فلل' + core];
}

const arabic: Rule = (key) => {
  const out: Derived[] = [];
  const hasArticle = key.startsWith(AR_ARTICLE) && key.length > 4;
  if (hasArticle) {
    for (const form of withArticleClitics(key.slice(2))) if (form !== key) out.push({ form, cost: form.length - key.length + 2, adjective: false });
  } else {
    for (const clitic of AR_CLITICS) out.push({ form: clitic + key, cost: clitic.length, adjective: false });
  }
  if (key.includes(' ')) return out;
  const core = hasArticle ? key.slice(2) : key;
  // A name already ending in ي (مالي، تشيلي) takes no nisba: مالي/مالية is also "financial".
  if (core.endsWith('ي')) return out;
  const stem = /[اه]$/.test(core) ? core.slice(0, -1) : core;
  const removed = core.length - stem.length;
  const nisbas = stem.endsWith('ي') ? [stem + 'ه', stem + 'ين', stem + 'ون'] : [stem + 'ي', stem + 'يه', stem + 'يين', stem + 'يون'];
  for (const nisba of nisbas) {
    const cost = removed + nisba.length - stem.length;
    if (nisba !== core) out.push({ form: nisba, cost, adjective: true });
    for (const form of withArticleClitics(nisba)) out.push({ form, cost: cost + 2, adjective: true });
    for (const clitic of AR_CLITICS) out.push({ form: clitic + nisba, cost: cost + clitic.length, adjective: true });
  }
  return out;
};

const RULES: Record<string, Rule> = { de: german, es: spanish, en: english, tr: turkic, az: turkic, ru: russian, ar: arabic };

/** Languages (first BCP 47 subtag) that have rules. */
export const INFLECTED_LANGUAGES: readonly string[] = Object.keys(RULES);

/** Inflected and derived forms of a folded name in a language (no forms for other languages). */
export function inflect(lang: string, key: string): Derived[] {
  const rule = RULES[lang];
  if (!rule || !key) return [];
  const min = lang === 'ar' ? MIN_LETTERS_ARABIC : MIN_LETTERS;
  return rule(key).filter((d) => d.form !== key && letterCount(d.form) >= min && !d.form.includes('  '));
}
