import { Evidence, Span } from './draft';
import { foldWord } from './find-countries';
import { Language } from './languages';
import { LEXICONS } from './lexicon';
import { datelinePrefixEnd, isDatelineLike, matchesIn } from './text';
import CITIES from './cities.json';

export interface CityReading {
  city: string | null;
  evidence: Evidence | null;
  warnings: string[];
}

/** Case endings a city name takes in running text ("Brüsseldə", "в Москве", "Bağdat'ta", "Brüssels"). */
const SUFFIXES: Record<Language, string[]> = {
  de: ['', 's'],
  az: ['', 'da', 'də', 'dan', 'dən', 'a', 'ə', 'ya', 'yə', 'ın', 'in', 'un', 'ün', 'nın', 'nin', 'ta', 'tə'],
  tr: ['', 'da', 'de', 'ta', 'te', 'dan', 'den', 'tan', 'ten', 'a', 'e', 'ya', 'ye', 'ın', 'in', 'un', 'ün', 'nın', 'nin'],
  ru: ['', 'е', 'и', 'у', 'ом', 'ой', 'ы', 'а'],
  ar: [''],
  es: [''],
  fr: [''],
  en: [''],
};

interface CityForm {
  name: string;
  form: string;
}

let forms: CityForm[] | undefined;

/** Every written form of every city, folded like running-text words, longest first. */
function cityForms(): CityForm[] {
  forms ??= (CITIES as Array<{ name: string; forms: string[] }>)
    .flatMap((c) => [c.name, ...c.forms].map((f) => ({ name: c.name, form: f.split(/\s+/).map(foldWord).join(' ') })))
    .filter((f) => f.form.replace(/ /g, '').length >= 3)
    .sort((a, b) => b.form.length - a.form.length);
  return forms;
}

/**
 * The meeting place: a known city named in a sentence about the consultations, never in a
 * dateline ("Bakú, 10 de junio, AZERTAC" is where the report was filed). A city named only
 * elsewhere is a warning, not the venue.
 */
export function findCity(sentences: Span[], language: Language): CityReading {
  const lex = LEXICONS[language];
  const warnings: string[] = [];
  const elsewhere: string[] = [];
  const isEvent = (s: Span) => matchesIn(lex.consultations, s).length > 0;
  for (const sentence of sentences) {
    const bodyStart = datelinePrefixEnd(sentence);
    const all = cityMentions(sentence, language);
    elsewhere.push(...all.filter((m) => m.span.start < bodyStart).map((m) => `${m.name} (dateline)`));
    const mentions = all.filter((m) => m.span.start >= bodyStart);
    if (mentions.length === 0) continue;
    if (isDatelineLike(sentence)) {
      elsewhere.push(...mentions.map((m) => `${m.name} (dateline)`));
      continue;
    }
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
      if (isDatelineLike(sentence) || matchesIn(lex.nextWords, sentence).length > 0 || matchesIn(lex.otherEvents, sentence).length > 0) continue;
      const [first] = cityMentions(sentence, language).filter((m) => m.span.start >= datelinePrefixEnd(sentence));
      if (first) {
        warnings.push(`Venue ${first.name} read from a sentence after the one naming the consultations; check it.`);
        return { city: first.name, evidence: { field: 'city', ...first.span, confidence: 0.6 }, warnings };
      }
    }
  }
  if (elsewhere.length > 0) warnings.push(`No venue stated for the talks; also named: ${[...new Set(elsewhere)].join(', ')}.`);
  return { city: null, evidence: null, warnings };
}

function cityMentions(sentence: Span, language: Language): Array<{ name: string; span: Span }> {
  const words = matchesIn(/[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu, sentence).map((w) => ({ ...w, folded: foldWord(w.text.replace(/['’]\p{L}+$/u, '')) }));
  const found: Array<{ name: string; span: Span }> = [];
  for (let i = 0; i < words.length; i += 1) {
    for (let n = Math.min(3, words.length - i); n >= 1; n -= 1) {
      const phrase = words.slice(i, i + n);
      const folded = phrase.map((w) => w.folded).join(' ');
      const variants = language === 'ar' ? [folded, folded.replace(/^[وبل]/, '')] : [folded];
      const hit = cityForms().find((f) => {
        // Russian drops a final soft sign or vowel before its case ending: Брюссель → в Брюсселе.
        const bases = language === 'ru' ? [f.form, f.form.replace(/[ьаяй]$/, '')] : [f.form];
        return SUFFIXES[language].some((s) => bases.some((b) => variants.includes(b + foldWord(s))));
      });
      if (hit) {
        found.push({ name: hit.name, span: { start: phrase[0].start, end: phrase[n - 1].end, text: sentence.text.slice(phrase[0].start - sentence.start, phrase[n - 1].end - sentence.start) } });
        i += n - 1;
        break;
      }
    }
  }
  return found;
}
