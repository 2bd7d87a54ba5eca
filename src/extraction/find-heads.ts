import { findCountryMentions } from '../country-names';
import { OFFICIAL_FORM_WORDS } from '../country-names/inflection';
import { normaliseCountryText } from '../country-names/normalise';
import { bestNameScore, NAME_MATCH_THRESHOLD } from '../name-matching';
import { DraftHead, Span } from './draft';
import { countryStems, foldWord } from './find-countries';
import { Language } from './languages';
import { TitleEntry, TITLES } from './lexicon';
import { matchesIn } from './text';

export interface HeadsReading {
  heads: DraftHead[];
  warnings: string[];
}

/** Words that may stand between a title and the name: "von Aserbaidschan,", "of Latvia", "Herr". */
const FILLERS: Record<Language, string> = {
  de: 'von|vom|des|der|dem|den|für|Herr|Frau|Dr\\.?',
  az: 'cənab|xanım',
  ar: 'السيد|السيدة|د\\.?',
  es: 'de|del|la|el|para|Asuntos|Relaciones|Exteriores|Bilaterales|Políticos|Europeos|señor|señora|sr\\.?|sra\\.?',
  en: 'of|the|for|Mr\\.?|Ms\\.?|Mrs\\.?|Dr\\.?',
  ru: 'г-н|г-жа|господин|госпожа|МИД',
  fr: 'de|du|des|la|le|aux|Affaires|M\\.|Mme',
  tr: 'Sayın',
};

const CONJUNCTION = /^(?:and|und|и|et|y|e|və|ve|while|whereas|während)$/iu;

/** Words saying whose side someone is on: "auf Seiten des Irak", "on the Latvian side", "من الجانب". */
const SIDE = /Seite|side|tərəf|جانب|parte|сторон|côté|taraf/iu;

/** A personal name as printed: capitalised words, initials ("J.", "Ch."), particles ("al-", "bin", "van"). */
const NAME = /^(?:\p{Lu}[\p{Ll}\p{Lu}'’-]*\.?)(?:\s+(?:(?:al|el|ul|bin|ibn|van|von|der|de|da|di|du|la|le|ter)[\s-])?(?:\p{Lu}[\p{Ll}\p{Lu}'’-]*\.?|(?:al|el)-\p{L}+))*/u;
const ARABIC_WORD = /^[\u0621-\u064A\u0671-\u06D3]+/u;
const ARABIC_STOP = new Set(['في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'خلال', 'حيث', 'الذي', 'التي', 'قد', 'كما', 'بين', 'أن', 'ان', 'إن', 'قال', 'وقال', 'أكد', 'وأكد', 'أن', 'حول', 'بعد', 'قبل', 'عقد', 'عقدت', 'يوم', 'أمس', 'اليوم']);
const ARABIC_NAME_JOIN = new Set(['بحر', 'عبد', 'أبو', 'ابو', 'نور', 'سيف', 'زين', 'شمس', 'جمال', 'بن', 'ابن']);

interface Candidate {
  name: Span;
  title: TitleEntry;
  titleSpan: Span;
  sentence: Span;
  country: string | null;
  countryDistance: number;
  /** Where the side was read, when it was. */
  countrySpan: { start: number; end: number } | null;
}

/**
 * Heads of delegation: a title of the language's lexicon followed (after fillers such as a
 * country, "von Aserbaidschan,", "الأذربيجاني", or a second title joined by "and") by a name.
 * Each is given the country named nearest to it — inside the title phrase, just before it, or
 * just after the name — among the two countries of the talks; two heads claimed for one country
 * are resolved toward the two sides, with a warning. One head per country: the first named.
 */
export function findHeads(sentences: Span[], language: Language, countryCodes: string[]): HeadsReading {
  const stems = new Map(countryCodes.map((code) => [code, countryStems(code, language)]));
  const candidates: Candidate[] = [];
  for (const sentence of sentences) {
    const titles = titleMatches(sentence, language);
    const refs = countryRefs(sentence, countryCodes, stems);
    let windowStart = sentence.start;
    for (let i = 0; i < titles.length; i += 1) {
      const title = titles[i];
      if (title.span.start < windowStart) continue;
      const isCountry = (token: string) => isCountryWord(token, countryCodes, stems);
      const after = nameAfter(sentence, title.span.end, language, titles.slice(i + 1), isCountry);
      const found = after ?? nameBefore(sentence, windowStart, title.span.start, language);
      if (!found) continue;
      const nextTitle = titles.find((t) => t.span.start >= found.name.end)?.span.start ?? sentence.end;
      let reading: { country: string | null; distance: number; span: { start: number; end: number } | null };
      if (after) {
        reading = nearestCountry(refs, windowStart, title.span.start, found.name.end, nextTitle, text(sentence), nextTitle === sentence.end);
      } else {
        // "Name, Title of Belgium": the side is named in the title's tail, up to the next comma or "and".
        const tail = /^[^,;(]*?(?=,|;|\(|\s(?:and|und|и|et|y|e|və|ve)\s|$)/u.exec(sentence.text.slice(title.span.end - sentence.start))![0];
        const inTail = refs.find((r) => r.start >= title.span.end && r.end <= title.span.end + tail.length);
        reading = inTail ? { country: inTail.code, distance: 0, span: inTail } : { country: null, distance: Infinity, span: null };
        windowStart = title.span.end + tail.length;
      }
      const { country, distance, span } = reading;
      candidates.push({
        name: found.name,
        title: found.extraTitle ? joinTitles(title.entry, found.extraTitle) : title.entry,
        titleSpan: title.span,
        sentence,
        country,
        countryDistance: distance,
        countrySpan: span ? { start: span.start, end: span.end } : null,
      });
      if (after)       windowStart = found.name.end;
    }
  }
  return chooseHeads(dedupe(candidates), countryCodes);
}

function titleMatches(sentence: Span, language: Language): Array<{ span: Span; entry: TitleEntry }> {
  const all = TITLES[language].flatMap((entry, rank) => matchesIn(entry.pattern, sentence).map((span) => ({ span, entry, rank })));
  // Overlaps: the longer phrase wins, then the more specific (earlier) entry.
  all.sort((a, b) => a.span.start - b.span.start || b.span.end - b.span.start - (a.span.end - a.span.start) || a.rank - b.rank);
  const kept: typeof all = [];
  for (const t of all) if (!kept.some((k) => t.span.start < k.span.end && k.span.start < t.span.end)) kept.push(t);
  return kept;
}

function nameAfter(
  sentence: Span,
  from: number,
  language: Language,
  laterTitles: Array<{ span: Span; entry: TitleEntry }>,
  isCountry: (token: string) => boolean,
): { name: Span; extraTitle?: TitleEntry } | null {
  let offset = from - sentence.start;
  let extraTitle: TitleEntry | undefined;
  const filler = new RegExp(`^(?:[\\s,:;–—-]+|(?:${FILLERS[language]})(?![\\p{L}])|[\\p{L}-]+(?=[\\s,]))`, 'iu');
  // Skip at most six filler tokens: commas, "von", a country or demonym, or a joined second title.
  for (let steps = 0; steps < 24; steps += 1) {
    const rest = sentence.text.slice(offset);
    const joined = laterTitles.find((t) => t.span.start - sentence.start >= offset && t.span.start - sentence.start <= offset + 6 && /^\s*(?:und|and|və|و|y|et|и|ve)\s*$/u.test(sentence.text.slice(offset, t.span.start - sentence.start).replace(/^[\s,]+/, '')));
    if (joined) {
      extraTitle = joined.entry;
      offset = joined.span.end - sentence.start;
      continue;
    }
    // A courtesy title right after the office ("Bakan Yardımcısı Büyükelçi Ahmet …") is skipped.
    const courtesy = laterTitles.find((t) => t.span.start - sentence.start >= offset && /^\s*$/u.test(sentence.text.slice(offset, t.span.start - sentence.start)));
    if (courtesy) {
      offset = courtesy.span.end - sentence.start;
      continue;
    }
    // Fillers first ("МИД Венгрии", "von Aserbaidschan,", "des affaires politiques,"), then the name;
    // an "and" ends the title's phrase: what follows is the next person ("…, Title of X, and Name").
    const skip = filler.exec(rest);
    if (skip && CONJUNCTION.test(skip[0]) && language !== 'ar') return null;
    if (skip && skip[0].length > 0 && (isSkippable(skip[0], language) || isCountry(skip[0]))) {
      offset += skip[0].length;
      continue;
    }
    let name = language === 'ar' ? arabicName(rest) : latinName(rest);
    if (language !== 'ar' && (!name || isInstitution(name.text))) {
      // A ministry or portfolio may stand between title and name ("State Secretary of the Ministry of
      // Foreign Affairs and Trade of Hungary Attila Nemes"): look a little further, up to the next title.
      const limit = Math.min(120, (laterTitles.find((t) => t.span.start - sentence.start > offset)?.span.start ?? sentence.end) - sentence.start - offset);
      name = nameAhead(rest.slice(0, Math.max(0, limit)), isCountry);
    }
    if (!name) return null;
    const start = sentence.start + offset + name.lead;
    return { name: { start, end: start + name.text.length, text: name.text }, extraTitle };
  }
  return null;
}

/**
 * The other order, common in English, Russian and French: "Jeroen Cooreman, Director-General …",
 * "Иван Петров, заместитель министра …", "Khalaf Khalafov (Deputy Minister)".
 */
function nameBefore(sentence: Span, windowStart: number, titleStart: number, language: Language): { name: Span; extraTitle?: TitleEntry } | null {
  if (language === 'ar') return null;
  const before = sentence.text.slice(windowStart - sentence.start, titleStart - sentence.start);
  const m = /((?:\p{Lu}[\p{Ll}\p{Lu}'’-]*\.?\s+){1,3}\p{Lu}[\p{Ll}\p{Lu}'’-]+)\s*(?:,|\(|–|—|-)\s*(?:(?:the|le|la|el|der|die|the\s+\p{Ll}+)\s+)?$/u.exec(before);
  if (!m) return null;
  // "Mme Anne Martin, directrice générale": the honorific is not part of the name.
  const honorific = /^(?:Mme|Mlle|M\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Herr|Frau|Sayın|Sr\.|Sra\.)\s+/u.exec(m[1])?.[0] ?? '';
  const start = windowStart + m.index + honorific.length;
  const text = m[1].slice(honorific.length);
  if (!/\s/.test(text)) return null;
  return { name: { start, end: start + text.length, text } };
}

/** Fillers are punctuation, filler words, official-form words ("Republic"), or lower-case words (demonyms, "von") — never a capitalised name. */
function isSkippable(token: string, language: Language): boolean {
  if (/^[\s,:;–—-]+$/.test(token)) return true;
  if (new RegExp(`^(?:${FILLERS[language]})$`, 'iu').test(token)) return true;
  if (OFFICIAL_FORM_WORDS.has(normaliseCountryText(token))) return true;
  // Arabic: demonyms and definite words ("الأذربيجاني", "الخارجية"), and "at the Ministry" ("بوزارة").
  if (language === 'ar') return /^(?:و?ال|[وبل]?وزار)/u.test(token);
  return /^\p{Ll}/u.test(token) || /^\p{Lu}\p{L}+(?:ischen|ischer|isches|ische|isch)$/u.test(token);
}

function latinName(rest: string): { text: string; lead: number } | null {
  const m = NAME.exec(rest);
  if (!m) return null;
  // A final period ends the sentence unless the last word is an initial ("J.", "Ch.").
  let text = m[0].replace(/[\s'’-]+$/, '');
  if (/\p{L}{3,}\.$/u.test(text)) text = text.slice(0, -1);
  const words = text.split(/\s+/);
  // A name has at least two words, or an initial and a surname; a lone capitalised word is a noun.
  if (words.length < 2 || words.every((w) => /\.$/.test(w))) return null;
  return { text, lead: 0 };
}

/** Words of institutions and portfolios, never of a person's name ("Ministerio", "SPF", "Affaires"). */
const INSTITUTION = /^(?:ministr|minist[eè]r|ministerium|министерств|мид|bakanl|nazirl|department|d[ée]partement|departamento|spf|mfa|affair|asunto|angelegenheit|relation|relacion|beziehung|cooperation|coop[ée]ration|zusammenarbeit|trade|handel|commerce|foreign|ausw[äa]rtig|exterior|[ée]trang|internation|europ)/iu;

function isInstitution(name: string): boolean {
  return name.split(/\s+/).some((w) => INSTITUTION.test(w));
}

/**
 * The first personal name in `text` that is not an institution, a country or the next person in
 * "Name, Title" order; its offset in `text` is `lead`.
 */
function nameAhead(text: string, isCountry: (token: string) => boolean): { text: string; lead: number } | null {
  for (const m of text.matchAll(/(?<![\p{L}\p{M}'’-])\p{Lu}/gu)) {
    const found = latinName(text.slice(m.index));
    if (!found) continue;
    const words = found.text.split(/\s+/);
    if (isInstitution(found.text) || words.some((w) => isCountry(w)) || words.every((w) => OFFICIAL_FORM_WORDS.has(normaliseCountryText(w)))) continue;
    return { text: found.text, lead: m.index! };
  }
  return null;
}

function arabicName(rest: string): { text: string; lead: number } | null {
  const words: string[] = [];
  let cursor = 0;
  while (words.length < 4) {
    const space = /^\s*/.exec(rest.slice(cursor))![0].length;
    const m = ARABIC_WORD.exec(rest.slice(cursor + space));
    if (!m) break;
    const word = m[0];
    const after = rest.slice(cursor + space + word.length);
    // A family name with the article ends the name when punctuation or "and …" follows: "هشام فؤاد الشناوي، ومن".
    const familyName = words.length === 2 && word.startsWith('ال') && /^\s*(?:[،,.؛:]|و|$)/u.test(after);
    const joinsName = (words.length >= 2 && word.startsWith('ال') && ARABIC_NAME_JOIN.has(words[words.length - 1])) || familyName;
    if (words.length >= 2 && !joinsName) break;
    if (ARABIC_STOP.has(word) || (words.length === 0 && word.startsWith('ال')) || (words.length > 0 && /^و/.test(word) && !joinsName && words.length >= 2)) break;
    if (words.length === 0 && word.startsWith('و')) break;
    words.push(word);
    cursor += space + word.length;
  }
  if (words.length < 2) return null;
  const text = rest.slice(0, cursor).trim();
  return { text, lead: rest.length - rest.trimStart().length };
}

interface CountryRef {
  code: string;
  start: number;
  end: number;
}

function isCountryWord(token: string, codes: string[], stems: Map<string, string[]>): boolean {
  const folded = foldWord(token);
  return findCountryMentions(token).some((m) => codes.includes(m.code)) || [...stems.values()].some((list) => list.some((s) => folded.startsWith(s)));
}

function text(sentence: Span): (from: number, to: number) => string {
  return (from, to) => sentence.text.slice(from - sentence.start, to - sentence.start);
}

function countryRefs(sentence: Span, codes: string[], stems: Map<string, string[]>): CountryRef[] {
  const refs: CountryRef[] = findCountryMentions(sentence.text)
    .filter((m) => codes.includes(m.code))
    .map((m) => ({ code: m.code, start: sentence.start + m.start, end: sentence.start + m.end }));
  for (const w of matchesIn(/[\p{L}\p{M}]+/gu, sentence)) {
    if (refs.some((r) => r.start <= w.start && w.end <= r.end)) continue;
    const folded = foldWord(w.text);
    for (const [code, list] of stems) if (list.some((s) => folded.startsWith(s))) refs.push({ code, start: w.start, end: w.end });
  }
  return refs.sort((a, b) => a.start - b.start);
}

function nearestCountry(
  refs: CountryRef[],
  windowStart: number,
  titleStart: number,
  nameEnd: number,
  windowEnd: number,
  between: (from: number, to: number) => string,
  lastInSentence: boolean,
): { country: string | null; distance: number; span: CountryRef | null } {
  let best: { country: string | null; distance: number; span: CountryRef | null } = { country: null, distance: Infinity, span: null };
  for (const r of refs) {
    let distance: number;
    if (r.start >= titleStart && r.end <= nameEnd) distance = 0;
    else if (r.end <= titleStart && r.start >= windowStart) distance = titleStart - r.end;
    // After the name only the first country, and only as "auf Seiten des Irak", "X (Belgium)", or —
    // when no other title follows in the sentence — "X led the Azerbaijani side". "X, and on the
    // Uzbek side Y" introduces the next head. After-name readings weigh less than before-title ones.
    else if (r.start >= nameEnd && r.start < windowEnd && r === refs.find((x) => x.start >= nameEnd) && sidedAfter(between(nameEnd, r.start), between(r.end, Math.min(r.end + 12, windowEnd)), lastInSentence))
      distance = r.start - nameEnd + 15;
    else continue;
    if (distance < best.distance) best = { country: r.code, distance, span: r };
  }
  return best;
}

function sidedAfter(gap: string, following: string, lastInSentence: boolean): boolean {
  if (/^\s*\(\s*$/.test(gap)) return true;
  return gap.length <= 30 && (SIDE.test(gap) || (lastInSentence && SIDE.test(following)));
}

function joinTitles(first: TitleEntry, second: TitleEntry): TitleEntry {
  return { ...first, title: `${first.title} and ${second.title}` };
}

/** The same person named twice ("Jeroen Koreman", later "J. Koreman") is one candidate: the fuller spelling, the first title. */
function dedupe(candidates: Candidate[]): Candidate[] {
  const people: Candidate[] = [];
  for (const c of candidates) {
    const same = people.find((p) => bestNameScore(c.name.text, [p.name.text]) >= NAME_MATCH_THRESHOLD || surname(p.name.text) === surname(c.name.text));
    if (!same) people.push(c);
    else if (same.country === null && c.country !== null) {
      same.country = c.country;
      same.countryDistance = c.countryDistance;
      same.countrySpan = c.countrySpan;
    }
  }
  return people;
}

function surname(name: string): string {
  const words = name.split(/\s+/);
  return foldWord(words[words.length - 1]);
}

function chooseHeads(candidates: Candidate[], codes: string[]): HeadsReading {
  const warnings: string[] = [];
  const heads: Array<Candidate & { confidence: number }> = [];
  for (const c of candidates) {
    const confidence = c.country === null ? 0.4 : c.countryDistance <= 40 ? 0.8 : 0.6;
    heads.push({ ...c, confidence });
  }
  // Both sides claimed for one country: the weaker claim goes to the other side.
  const [a, b] = codes;
  const chosen: Array<Candidate & { confidence: number }> = [];
  for (const code of codes) {
    const own = heads.filter((h) => h.country === code);
    if (own.length > 0) chosen.push(own[0]);
  }
  if (chosen.length < 2 && a && b) {
    const taken = chosen.map((h) => h.country);
    const missing = codes.find((c) => !taken.includes(c))!;
    const spare = heads.filter((h) => !chosen.includes(h)).sort((x, y) => y.countryDistance - x.countryDistance)[0];
    if (spare) {
      if (spare.country !== null) warnings.push(`${spare.name.text} reads as ${spare.country}, but ${missing} has no head; assigned to ${missing} — check.`);
      chosen.push({ ...spare, country: missing, countrySpan: null, confidence: 0.4 });
    }
  }
  // Fewer than two countries read: heads whose side is unknown are still proposed, without a country.
  for (const h of heads) {
    if (chosen.length >= 2) break;
    if (!chosen.includes(h) && h.country === null && !chosen.some((c) => c.name === h.name)) {
      chosen.push(h);
      warnings.push(`${h.name.text}: side not stated; choose the country.`);
    }
  }
  for (const extra of heads.filter((h) => !chosen.some((c) => c.name === h.name))) {
    warnings.push(`Also named with a title: ${extra.name.text} (${extra.title.title}); not taken as a head of delegation.`);
  }
  if (chosen.length === 0) warnings.push('No head of delegation with a title could be read.');
  chosen.sort((x, y) => x.name.start - y.name.start);
  return {
    heads: chosen.map((h) => ({
      nameAsWritten: h.name.text,
      country: h.country,
      title: h.title.title,
      rank: h.title.rank,
      start: h.name.start,
      end: h.name.end,
      titleSpan: { start: h.titleSpan.start, end: h.titleSpan.end, text: h.titleSpan.text },
      countrySpan: h.countrySpan,
      confidence: h.confidence,
    })),
    warnings,
  };
}
