import { Evidence, Span } from './draft';
import { foldWord } from './find-countries';
import { Language, PROFILES } from './languages';
import { datelinePrefixEnd, hasMatch, isDatelineLike, matchesIn, wordMatchesIn } from './text';
import CITIES from './cities.json';

export interface CityReading {
  city: string | null;
  evidence: Evidence | null;
  warnings: string[];
}

interface CityIndex {
  /** Folded written form (words joined by one space) → English name. */
  forms: Map<string, string>;
  /** Forms in scripts without spaces or capitals (Chinese, Japanese, Korean, Hindi), longest first. */
  unspaced: Array<{ form: string; name: string }>;
  /** Slavic case-insensitive keys (ending off, alternating letters merged) → English name: "w Warszawie", "v Praze", "у Києві". */
  slavic: Map<string, string>;
}

let index: CityIndex | undefined;

/**
 * Every written form of every city, folded like running-text words. Russian drops a final soft
 * sign or vowel before its case ending (Брюссель → в Брюсселе, Москва → в Москве), so those stems
 * are forms too.
 */
function cityIndex(): CityIndex {
  if (index) return index;
  const forms = new Map<string, string>();
  const unspaced: Array<{ form: string; name: string }> = [];
  const slavic = new Map<string, string>();
  for (const city of CITIES as Array<{ name: string; forms: string[] }>) {
    for (const written of [city.name, ...city.forms]) {
      if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Devanagari}]/u.test(written)) {
        unspaced.push({ form: written, name: city.name });
        continue;
      }
      const folded = written.split(/\s+/).map(foldWord).join(' ');
      if (folded.replace(/ /g, '').length < 3) continue;
      if (!forms.has(folded)) forms.set(folded, city.name);
      if (!folded.includes(' ')) {
        const key = slavicKey(folded);
        if (key.length >= 3 && !slavic.has(key)) slavic.set(key, city.name);
      }
      if (/[\u0400-\u04FF]/u.test(folded)) {
        const stem = folded.replace(/[ьаяйо]$/u, '');
        if (stem !== folded && stem.length >= 3 && !forms.has(stem)) forms.set(stem, city.name);
      }
    }
  }
  unspaced.sort((a, b) => b.form.length - a.form.length);
  index = { forms, unspaced, slavic };
  return index;
}

/**
 * The meeting place: a known city named in a sentence about the consultations, never in a
 * dateline ("Bakú, 10 de junio, AZERTAC" is where the report was filed). A city named only
 * elsewhere is a warning, not the venue.
 */
export function findCity(sentences: Span[], language: Language): CityReading {
  const profile = PROFILES[language];
  const warnings: string[] = [];
  const elsewhere: string[] = [];
  const isEvent = (s: Span) => hasMatch(profile.consultations, s);
  for (const sentence of sentences) {
    const bodyStart = datelinePrefixEnd(sentence);
    const all = cityMentions(sentence, language);
    elsewhere.push(...all.filter((m) => m.span.start < bodyStart).map((m) => `${m.name} (dateline)`));
    if (isDatelineLike(sentence)) {
      elsewhere.push(...all.filter((m) => m.span.start >= bodyStart).map((m) => `${m.name} (dateline)`));
      continue;
    }
    const mentions = all.filter((m) => m.span.start >= bodyStart && !afterDirection(sentence, m.span, language) && isVenuePhrase(sentence, m.span, language));
    if (mentions.length === 0) continue;
    if (isEvent(sentence)) {
      const [first] = mentions;
      return { city: first.name, evidence: { field: 'city', ...first.span, confidence: 0.85 }, warnings };
    }
    elsewhere.push(...mentions.map((m) => m.name));
  }
  // "Consultations were held. … met … in Tokyo.": the venue may follow in the next two sentences,
  // unless those speak of a next round or another body.
  const firstEvent = sentences.findIndex(isEvent);
  if (firstEvent >= 0) {
    for (const sentence of sentences.slice(firstEvent + 1, firstEvent + 3)) {
      if (isDatelineLike(sentence) || hasMatch(profile.nextWords, sentence) || wordMatchesIn(profile.otherEvents, sentence, profile.spaced).length > 0) continue;
      const [first] = cityMentions(sentence, language).filter((m) => m.span.start >= datelinePrefixEnd(sentence) && !afterDirection(sentence, m.span, language) && isVenuePhrase(sentence, m.span, language));
      if (first) {
        warnings.push(`Venue ${first.name} read from a sentence after the one naming the consultations; check it.`);
        return { city: first.name, evidence: { field: 'city', ...first.span, confidence: 0.6 }, warnings };
      }
    }
  }
  // "X is on a visit to Georgia. … in Tbilisi he laid a wreath. … consultations will be held": the
  // venue of a visit told in the two sentences before the talks' first one.
  if (firstEvent >= 0) {
    for (const sentence of sentences.slice(Math.max(0, firstEvent - 2), firstEvent).reverse()) {
      if (isDatelineLike(sentence) || !hasMatch(profile.inPerson, sentence)) continue;
      const [first] = cityMentions(sentence, language).filter((m) => m.span.start >= datelinePrefixEnd(sentence) && !afterDirection(sentence, m.span, language) && isVenuePhrase(sentence, m.span, language));
      if (first) {
        warnings.push(`Venue ${first.name} read from the visit told before the consultations; check it.`);
        return { city: first.name, evidence: { field: 'city', ...first.span, confidence: 0.5 }, warnings };
      }
    }
  }
  if (elsewhere.length > 0) warnings.push(`No venue stated for the talks; also named: ${[...new Set(elsewhere)].join(', ')}.`);
  return { city: null, evidence: null, warnings };
}

/**
 * Venue phrases: a city is the venue only after a locative preposition ("in", "в", "à", "في",
 * "在"), with a locative ending ("Bakıda", "İstanbul’da", "Բաղդադում", "Toshkentda"), or before a
 * locative particle or "hosts" ("ウラーンバートル市で", "서울에서", "मास्को में", "Vilnius hosts").
 * "Tokyo attaches importance to…" names a government, not a place.
 */
const VENUE_BEFORE: Partial<Record<Language, RegExp>> = {
  en: /(?:^|\s)(?:in|at)\s+(?:the\s+(?:\p{L}+\s+)?capital(?:\s+of)?\s+)?$/iu,
  de: /(?:^|\s)(?:in|im)\s+(?:der\s+(?:\p{L}+\s+)?Hauptstadt\s+)?$/iu,
  fr: /(?:^|\s)(?:à|au|en|dans\s+la\s+capitale)\s+$/iu,
  es: /(?:^|\s)en\s+(?:la\s+(?:ciudad|capital)\s+(?:de\s+)?)?$/iu,
  pt: /(?:^|\s)(?:em|na\s+capital|na\s+cidade\s+de)\s+$/iu,
  it: /(?:^|\s)(?:a|in|nella\s+capitale)\s+$/iu,
  ru: /(?:^|\s)(?:в|во|на)\s+$/iu,
  uk: /(?:^|\s)(?:в|у|на)\s+$/iu,
  be: /(?:^|\s)(?:у|ў|в|на)\s+$/iu,
  sr: /(?:^|\s)(?:у|u|в|na|на)\s+$/iu,
  pl: /(?:^|\s)(?:w|we)\s+$/iu,
  cs: /(?:^|\s)(?:v|ve)\s+$/iu,
  ar: /(?:^|\s)(?:في|فى)\s+(?:العاصمة\s+(?:\p{L}+\s+)?)?$|(?:^|\s)ب$/u,
  fa: /(?:^|\s)در\s+(?:\p{L}+\s+)?$/u,
  vi: /(?:^|\s)(?:tại|ở)\s+(?:thủ\s+đô\s+)?$/iu,
  zh: /[在於于赴][\p{Script=Han}]{0,3}$/u,
};
const VENUE_AFTER: Partial<Record<Language, RegExp>> = {
  en: /^\s+(?:hosts|hosted|to\s+host)/iu,
  ja: /^(?:市)?(?:で|において)/u,
  ko: /^(?:시)?에서/u,
  hi: /^\s+में/u,
  zh: /^(?:市)?(?:舉行|举行)/u,
};
/** Languages whose locative is a case ending on the city itself. */
const LOCATIVE_ENDINGS: Partial<Record<Language, RegExp>> = {
  az: /(?:da|də|ta|tə)(?:kı|ki)?$/u,
  tr: /(?:da|de|ta|te)(?:ki)?$/u,
  uz: /da$/u,
  hy: /ում$/u,
};

function isVenuePhrase(sentence: Span, span: Span, language: Language): boolean {
  const before = sentence.text.slice(Math.max(0, span.start - sentence.start - 40), span.start - sentence.start);
  const after = sentence.text.slice(span.end - sentence.start, span.end - sentence.start + 12);
  if (VENUE_BEFORE[language]?.test(before) || VENUE_AFTER[language]?.test(after)) return true;
  // Arabic glues "in" to the word: "بمسقط".
  if ((language === 'ar' || language === 'fa') && /^و?ب/u.test(span.text)) return true;
  const locative = LOCATIVE_ENDINGS[language];
  return locative !== undefined && locative.test(span.text.replace(/^.*['’]/u, '').toLocaleLowerCase());
}

/** "a visit to Budapest", "his visit to Astana": a destination of someone's trip, not the venue of these talks. */
const DIRECTION: Partial<Record<Language, RegExp>> = {
  en: /visit\s+(?:\S+\s+){0,6}to\s+$/iu,
  ru: /визит\p{L}*\s+(?:\S+\s+){0,6}в\s+$/iu,
  fr: /visite\s+(?:\S+\s+){0,6}(?:à|au)\s+$/iu,
  es: /visita\s+(?:\S+\s+){0,6}a\s+$/iu,
  de: /Besuch\p{L}*\s+(?:\S+\s+){0,6}(?:nach|in)\s+$/iu,
};

function afterDirection(sentence: Span, span: Span, language: Language): boolean {
  const pattern = DIRECTION[language];
  if (!pattern) return false;
  const before = sentence.text.slice(Math.max(0, span.start - sentence.start - 80), span.start - sentence.start);
  return pattern.test(before);
}

function cityMentions(sentence: Span, language: Language): Array<{ name: string; span: Span }> {
  const { forms, unspaced } = cityIndex();
  const found: Array<{ name: string; span: Span }> = [];
  const profile = PROFILES[language];
  if (!profile.spaced || !profile.cased) {
    for (const { form, name } of unspaced) {
      const at = sentence.text.indexOf(form);
      // Katakana and Hangul names stand alone: "ビサウ" inside "ギニアビサウ" (the country) is not the city.
      const glued = at >= 0 && sameScript(sentence.text[at - 1], form[0]) && /[\p{Script=Katakana}\p{Script=Hangul}]/u.test(form);
      if (at >= 0 && !glued && !found.some((f) => f.span.start <= sentence.start + at && sentence.start + at < f.span.end)) {
        found.push({ name, span: { start: sentence.start + at, end: sentence.start + at + form.length, text: form } });
      }
    }
    if (!profile.spaced) return found.sort((a, b) => a.span.start - b.span.start);
  }
  const endings = profile.cityEndings.map(foldWord).filter((e) => e.length > 0);
  const words = matchesIn(/[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu, sentence).map((w) => ({ ...w, folded: foldWord(w.text.replace(/['’]\p{L}+$/u, '')) }));
  for (let i = 0; i < words.length; i += 1) {
    for (let n = Math.min(3, words.length - i); n >= 1; n -= 1) {
      const phrase = words.slice(i, i + n);
      const folded = phrase.map((w) => w.folded).join(' ');
      const variants = language === 'ar' || language === 'fa' ? [folded, folded.replace(/^[وبل]/u, '')] : [folded];
      let name: string | undefined;
      for (const v of variants) {
        name = forms.get(v);
        for (const ending of endings) {
          if (name) break;
          if (v.endsWith(ending) && v.length - ending.length >= 3) name = forms.get(v.slice(0, -ending.length));
        }
        if (name) break;
      }
      // "w Warszawie", "v Praze", "у Києві": one word after a locative preposition, declined.
      if (!name && n === 1 && SLAVIC.has(language) && i > 0 && SLAVIC_LOCATIVE.test(words[i - 1].text) && /^\p{Lu}/u.test(phrase[0].text)) name = cityIndex().slavic.get(slavicKey(folded));
      if (name) {
        found.push({ name, span: { start: phrase[0].start, end: phrase[n - 1].end, text: sentence.text.slice(phrase[0].start - sentence.start, phrase[n - 1].end - sentence.start) } });
        i += n - 1;
        break;
      }
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** Languages whose city names decline after a locative preposition, beyond the endings listed in their profile. */
const SLAVIC = new Set<Language>(['pl', 'cs', 'uk', 'be', 'sr', 'ru']);
const SLAVIC_LOCATIVE = /^(?:w|we|v|ve|u|na|в|во|у|ў|на)$/iu;

/**
 * A city's written form with its case ending off and the letters that alternate in declension
 * merged, so that the locative meets the dictionary form: Praha/Praze, Praga/Pradze, Ryga/Rydze,
 * Warszawa/Warszawie, Kraków/Krakowie, Київ/Києві, Львів/Львові, Москва/Москві.
 */
export function slavicKey(folded: string): string {
  const stem = folded.replace(/(?:ie|iu|em|om|e|u|a|y|i|o|ом|ем|ой|ей|і|е|у|ю|а|я|и|ы|ь|й|о|ї|є)$/u, '');
  return (stem.length >= 3 ? stem : folded)
    .replace(/(?:dz|z)$/u, 'g')
    .replace(/h$/u, 'g')
    .replace(/з$/u, 'г')
    .replace(/[іїєеоё]/gu, 'о');
}

/** A single word that names a known city, in any case form the language gives it ("Tbilisidə", "Москве"). */
export function isCityWord(word: string, language: Language): boolean {
  const span = { start: 0, end: word.length, text: word };
  return cityMentions(span, language).some((m) => m.span.start === 0 && m.span.end === word.length);
}

function sameScript(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  return (/\p{Script=Katakana}/u.test(a) && /\p{Script=Katakana}/u.test(b)) || (/\p{Script=Hangul}/u.test(a) && /\p{Script=Hangul}/u.test(b));
}

/** "between" before a pair of places, per language. */
const BETWEEN: Partial<Record<Language, RegExp>> = {
  en: /(?:^|\s)between\s+$/iu,
  fr: /(?:^|\s)entre\s+$/iu,
  es: /(?:^|\s)entre\s+$/iu,
  pt: /(?:^|\s)entre\s+$/iu,
  it: /(?:^|\s)(?:tra|fra)\s+$/iu,
  de: /(?:^|\s)zwischen\s+$/iu,
  ru: /(?:^|\s)между\s+$/iu,
  uk: /(?:^|\s)між\s+$/iu,
  be: /(?:^|\s)паміж\s+$/iu,
  pl: /(?:^|\s)między\s+$/iu,
  cs: /(?:^|\s)mezi\s+$/iu,
  sr: /(?:^|\s)(?:између|između)\s+$/iu,
  ar: /(?:^|\s)بين\s+$/u,
  fa: /(?:^|\s)بین\s+$/u,
  vi: /(?:^|\s)giữa\s+$/iu,
};

let capitals: Map<string, string> | undefined;

/**
 * "between Khartoum and Cairo", "بين الخرطوم والقاهرة": two capitals joined by "and" after
 * "between" stand for their states, the parties of the talks. Each capital with its country.
 */
export function capitalPairs(sentence: Span, language: Language): Array<{ code: string; span: Span }> {
  const between = BETWEEN[language];
  if (!between) return [];
  capitals ??= new Map((CITIES as Array<{ name: string; country: string; capital?: boolean }>).filter((c) => c.capital).map((c) => [c.name, c.country]));
  const and = new RegExp(`^\\s*(?:${PROFILES[language].and.source})\\s*$`, 'iu');
  const found = cityMentions(sentence, language);
  const out: Array<{ code: string; span: Span }> = [];
  for (let i = 0; i + 1 < found.length; i += 1) {
    const [a, b] = [found[i], found[i + 1]];
    const [ca, cb] = [capitals.get(a.name), capitals.get(b.name)];
    if (!ca || !cb || ca === cb) continue;
    const gap = sentence.text.slice(a.span.end - sentence.start, b.span.start - sentence.start);
    const joined = and.test(gap) || (/^\s+$/u.test(gap) && /^و/u.test(b.span.text));
    if (!joined || !between.test(sentence.text.slice(Math.max(0, a.span.start - sentence.start - 12), a.span.start - sentence.start).replace(/(?:ال)$/u, ''))) continue;
    out.push({ code: ca, span: a.span }, { code: cb, span: b.span });
  }
  return out;
}
