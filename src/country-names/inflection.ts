/**
 * Inflected and derived forms of country names, as (ending to remove, endings to try instead),
 * whitelisted per language family. A candidate counts only when it is itself a known name, so a
 * rule can never invent a country: "Belçikanın" → "Belçika", "Бельгии" → "Бельгия",
 * "aserbaidschanischen" → "Aserbaidschan", "belgischer" → "Belgien", "اللاتفية" → "لاتفيا".
 */
const RULES: Array<{ endings: string[]; restore: string[] }> = [
  // German genitive and adjectives: Aserbaidschans, aserbaidschanischen, belgischer, lettische
  { endings: ['ischen', 'ischer', 'isches', 'ische', 'isch', 's'], restore: ['', 'ien', 'en', 'land', 'stan', 'istan', 'a', 'e'] },
  // Azerbaijani / Turkish case endings: Belçikanın, Azərbaycanın, Belçikada, Qazaxıstanla
  {
    endings: ['nin', 'nun', 'nun', 'in', 'un', 'da', 'de', 'ta', 'te', 'dan', 'den', 'tan', 'ten', 'ya', 'ye', 'la', 'le', 'ile', 'nda', 'nde', 'ndan', 'nden', 'ni', 'nu', 'a', 'e', 'i', 'u'],
    restore: [''],
  },
  // Russian case endings: Бельгии, Бельгию, Бельгией, Азербайджана, Казахстаном
  { endings: ['ией', 'ии', 'ию', 'ей', 'ой', 'ом', 'ем', 'а', 'у', 'е', 'и', 'ю', 'ы'], restore: ['', 'ия', 'я', 'а'] },
  // Spanish / French / English adjectives: azerbaiyano, tayika, letonne, belgian
  { endings: ['ano', 'ana', 'anos', 'anas', 'ian', 'ien', 'ienne', 'o', 'a'], restore: ['', 'an', 'ia', 'stan', 'istan'] },
  // Arabic nisba adjectives (after the article is removed): أذربيجانية, لاتفية, العراقي
  { endings: ['يه', 'ي'], restore: ['', 'ا', 'يا'] },
];

const ARABIC_PREFIXES = ['وال', 'بال', 'لل', 'ال', 'و', 'ب', 'ل'];

/** Stems a form could come from, longest ending first; the caller keeps those that are names. */
export function inflectionCandidates(form: string): string[] {
  const candidates: string[] = [];
  const bases = [form, ...ARABIC_PREFIXES.filter((p) => form.startsWith(p) && form.length - p.length >= 3).map((p) => form.slice(p.length))];
  for (const base of bases) {
    if (base !== form) candidates.push(base);
    for (const rule of RULES) {
      for (const ending of rule.endings) {
        if (!base.endsWith(ending) || base.length - ending.length < 3) continue;
        const stem = base.slice(0, base.length - ending.length);
        for (const restore of rule.restore) candidates.push(stem + restore);
      }
    }
  }
  return candidates;
}

/** Words that only make a name official ("Republic of Azerbaijan", "Königreich Belgien"). */
export const OFFICIAL_FORM_WORDS = new Set([
  'republic', 'kingdom', 'of', 'the', 'federal', 'state', 'republik', 'konigreich', 'bundesrepublik', 'der', 'des',
  'respublikasi', 'krallik', 'krallığı', 'cumhuriyeti', 'republique', 'royaume', 'du', 'de', 'la', 'reino', 'republica', 'el',
  'республика', 'королевство', 'جمهوريه', 'المملكه', 'دوله',
]);

/**
 * Slavic case endings of the words of a name of several words, adjective and noun agreeing
 * ("Stolicy Apostolskiej" → "stolica apostolska", "Святым Престолом" → "святой престол",
 * "Саудовской Аравии" → "саудовская аравия"), on normalised words (Latin diacritics are gone:
 * "Stolicą" is already "stolica"). As with single words, only a known name may come out.
 */
const PHRASE_WORD_RULES: Array<[string, string[]]> = [
  // Polish
  ['iej', ['a']], ['ej', ['a']], ['iego', ['i']], ['ego', ['y', 'i']], ['emu', ['y', 'i']], ['ym', ['y', 'e', 'a']], ['im', ['i', 'ie']],
  ['ych', ['e', 'a']], ['ich', ['ie', 'e']], ['ymi', ['e']], ['imi', ['ie']], ['ami', ['y', 'a', '']], ['ach', ['y', '']], ['ow', ['y', '']],
  ['y', ['a', '']], ['i', ['a', '']], ['e', ['a']], ['u', ['', 'a']], ['em', ['']], ['a', ['']], ['o', ['a']],
  // Russian, Ukrainian, Belarusian
  ['ого', ['ой', 'ый', 'ий']], ['его', ['ий', 'ей']], ['ому', ['ой', 'ый', 'ий']], ['ым', ['ой', 'ый', 'ые']], ['им', ['ий', 'ие']],
  ['ой', ['ая', 'а']], ['ей', ['яя', 'я', 'ь']], ['ую', ['ая']], ['ых', ['ые']], ['их', ['ие']], ['ыми', ['ые']], ['ими', ['ие']],
  ['ии', ['ия']], ['ию', ['ия']], ['ией', ['ия']], ['ов', ['ы']], ['ам', ['ы']], ['ами', ['ы']], ['ах', ['ы']], ['ою', ['а']],
  ['ом', ['']], ['ем', ['ь', '']], ['а', ['']], ['у', ['', 'а']], ['е', ['', 'а']], ['и', ['а', 'ь', 'я']], ['ы', ['а']],
  ['ої', ['а']], ['ій', ['а', 'ий']], ['ою', ['а']], ['ім', ['ий']],
];

/** A normalised word and the dictionary forms it could be an inflection of. */
export function phraseWordCandidates(word: string): string[] {
  const out = [word];
  for (const [ending, restores] of PHRASE_WORD_RULES) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    for (const restore of restores) out.push(word.slice(0, word.length - ending.length) + restore);
  }
  return out;
}
