import { Rank } from '../domain/enums';
import { bestNameScore, NAME_MATCH_THRESHOLD } from '../name-matching';
import { romanise } from '../romanisation';
import { DraftHead, Span } from './draft';
import { isCityWord } from './find-city';
import { countryMentions, countryStems, foldWord } from './find-countries';
import { arabicName, arabicNameBefore, casedName, devanagariName, FoundName, hanName, isInstitution, isSkippable, japaneseNameAfter, japaneseNameBefore, koreanNameBefore } from './head-names';
import { COUNTERPART, Language, LanguageProfile, PRESS_COUNTRY, PROFILES, TitleEntry } from './languages';
import { hasMatch, matchesIn } from './text';

export interface HeadsReading {
  heads: DraftHead[];
  warnings: string[];
}

interface Candidate {
  name: Span;
  latin?: string;
  title: TitleEntry;
  titleSpan: Span;
  sentence: Span;
  /** The sentence speaks of the consultations or of the delegations. */
  inEvent: boolean;
  /** Only named as the one who announced or told of the talks ("said Deputy Minister X"). */
  speaker: boolean;
  /** Listed right after another head of the sentence, on the same side ("モンゴル側を代表し、A局長、B局長"). */
  listed: boolean;
  country: string | null;
  countryDistance: number;
  countrySpan: { start: number; end: number } | null;
}

/** Locative prepositions of the spaced languages, before a country named as a place. */
const PLACE: Partial<Record<Language, RegExp>> = {
  en: /(?:^|\s)in\s+$/iu,
  de: /(?:^|\s)(?:in|im)\s+$/iu,
  fr: /(?:^|\s)(?:à|en)\s+$/iu,
  es: /(?:^|\s)en\s+$/iu,
  pt: /(?:^|\s)em\s+$/iu,
  it: /(?:^|\s)in\s+$/iu,
  ru: /(?:^|\s)(?:в|во)\s+$/iu,
  uk: /(?:^|\s)(?:в|у)\s+$/iu,
  be: /(?:^|\s)(?:у|ў)\s+$/iu,
  pl: /(?:^|\s)(?:w|we)\s+$/iu,
  cs: /(?:^|\s)(?:v|ve)\s+$/iu,
};

interface CountryRef {
  code: string;
  start: number;
  end: number;
  /** One of two countries joined by "and" (the parties), or a place ("in Poland"): a side only inside a title phrase ("Deputy Ministers of A and B"). */
  pair?: boolean;
}

const MINISTRIES: Partial<Record<Language, Array<[RegExp, string]>>> = {
  ko: [[/외무성/gu, 'JP'], [/국무부/gu, 'US']],
  ja: [[/国務省|国務院/gu, 'US'], [/外交部/gu, 'CN']],
  zh: [[/外務省|外务省|務省/gu, 'JP'], [/國務院|国务院/gu, 'US']],
};

/** The country whose press writes "외교부", "外交部", "外務省" for its own ministry without naming itself. */
const HOME: Partial<Record<Language, string>> = { ko: 'KR', zh: 'CN', ja: 'JP' };

/** A title in the plural or the dual names two people: "Deputy Ministers", "vice-ministres", "Заместители министров", "وزيري". */
const PLURAL = /(?:ministers|secretaries|ministres|ministros|ministri|viceministros|заместители|министры|замминистры|заступники|وزيري|نائبي|مساعدي|bakan\s+yardımcıları|müavinləri)/iu;

/** "said", "announced", "according to" before a title: the person told of the talks. */
const SPEAKER = /(?:заявил\p{L}*|сообщил\p{L}*|said|told|stated|announced|declared|déclar\p{L}*|annonc\p{L}*|dijo|declaró|anunció|sagte|erklärte|teilte|قال|صرح|أعلن|dedi|açıkladı|bildirdi|表示|宣布|称|밝혔)\s*(?:\S+\s+){0,3}$/iu;

/** The second person a plural title introduces, after "and" (with their own demonym or the second country of the title). */
function secondName(sentence: Span, first: Candidate, language: Language, profile: LanguageProfile, refs: CountryRef[], titleStart: number): Candidate | null {
  const rest = sentence.text.slice(first.name.end - sentence.start, first.name.end - sentence.start + REACH);
  const and = new RegExp(`^\\s*[,،]?\\s*(?:${profile.and.source})\\s*`, 'iu').exec(rest);
  if (!and) return null;
  let offset = first.name.end - sentence.start + and[0].length;
  // Its own demonym or country: "et indien Riva Ganguly Das".
  const own = refs.find((r) => r.start - sentence.start === offset);
  if (own) offset = own.end - sentence.start + (/^\s*/u.exec(sentence.text.slice(own.end - sentence.start))![0].length);
  // … or an adjective no country name begins ("et indien …"): one lower-case word before a capitalised name.
  else if (profile.cased) {
    const adjective = /^\p{Ll}[\p{L}\p{M}-]{2,30}\s+(?=\p{Lu})/u.exec(sentence.text.slice(offset, offset + 40));
    if (adjective) offset += adjective[0].length;
  }
  const tail = sentence.text.slice(offset, offset + REACH);
  const found = language === 'ar' || language === 'fa' ? arabicName(tail, language) : language === 'hi' ? devanagariName(tail) : casedName(tail);
  if (!found || isInstitution(found.text)) return null;
  const start = sentence.start + offset + found.lead;
  // Two countries in the title phrase ("of Turkmenistan and Russia"): the second is the second person's.
  const inTitle = refs.filter((r) => r.start >= titleStart && r.end <= first.name.start);
  const ref = own ?? (inTitle.length === 2 && inTitle[0].code !== inTitle[1].code ? inTitle[1] : undefined);
  if (inTitle.length === 2 && inTitle[0].code !== inTitle[1].code && !own) {
    first.country = inTitle[0].code;
    first.countrySpan = { start: inTitle[0].start, end: inTitle[0].end };
  }
  return {
    ...first,
    name: { start, end: start + found.text.length, text: found.text },
    latin: found.latin,
    country: ref?.code ?? null,
    countryDistance: ref ? 0 : Infinity,
    countrySpan: ref ? { start: ref.start, end: ref.end } : null,
  };
}

/** Titles that never lead a delegation: a spokesperson announces the talks. */
const NOT_HEADS = new Set(['Spokesperson']);

/**
 * Heads of delegation: a title of the language's lexicon and the name it introduces — after it
 * in most languages (past fillers such as a country, "von Aserbaidschan,", "الأذربيجاني", or a
 * second title joined by "and"), before it in "Name, Title" order and in Japanese and Korean.
 * Each is given the country named nearest to it — inside the title phrase, just before it, or
 * just after the name — among the two countries of the talks. People named in sentences about
 * the consultations or the delegations come first; one head per country, the first named, and a
 * later mention by surname alone is the same person. Names are returned as written and in their
 * dictionary form, with a Latin rendering.
 */
export function findHeads(sentences: Span[], language: Language, countryCodes: string[]): HeadsReading {
  const profile = PROFILES[language];
  const stems = new Map(countryCodes.map((code) => [code, countryStems(code, language)]));
  const candidates: Candidate[] = [];
  for (const sentence of sentences) {
    const titles = titleMatches(sentence, profile);
    if (titles.length === 0) continue;
    const refs = countryRefs(sentence, language, countryCodes, stems);
    const inEvent = hasMatch(profile.consultations, sentence) || hasMatch(profile.sideWords, sentence);
    let windowStart = sentence.start;
    let orphan: { span: Span; entry: TitleEntry } | null = null;
    for (let i = 0; i < titles.length; i += 1) {
      const title = titles[i];
      if (title.span.start < windowStart) continue;
      const found = findName(sentence, title, titles, i, windowStart, language, profile, refs, candidates);
      if (!found) {
        orphan = title;
        continue;
      }
      // "Assistant Minister … for African Affairs Ambassador Hamdi Loza", "Secretária-Geral …, embaixadora
      // Maria Laura da Rocha": the office named just before a courtesy title, left without a name, is the rank.
      if (orphan && !found.before && title.entry.rank === Rank.AMBASSADOR && orphan.entry.rank !== Rank.AMBASSADOR && title.span.start - orphan.span.end <= 120 && !new RegExp(`[.;]|\\s(?:${profile.and.source})\\s`, 'iu').test(sentence.text.slice(orphan.span.end - sentence.start, title.span.start - sentence.start))) {
        found.title = orphan.entry;
        found.titleSpan = orphan.span;
      }
      orphan = null;
      const { name, before } = found;
      // "Ambassador Faruk Kaymakcı, Deputy Minister of …": the office after the name, not the courtesy title, is the rank.
      const office = !before && title.entry.rank === Rank.AMBASSADOR ? titles.find((t) => t.span.start >= name.end && /^\s*[,،]\s*$/u.test(sentence.text.slice(name.end - sentence.start, t.span.start - sentence.start))) : undefined;
      if (office) found.title = office.entry;
      const nextTitle = titles.find((t) => t.span.start >= name.end && t !== office)?.span.start ?? sentence.end;
      let reading: { country: string | null; distance: number; span: CountryRef | null };
      if (!before) {
        reading = nearestCountry(refs, windowStart, title.span.start, name.end, nextTitle, sentence, profile, nextTitle === sentence.end);
        windowStart = name.end;
      } else if (!profile.spaced || language === 'ko') {
        // "山田重夫外務省…局長", "서민정 외교부 아태국장": the side is named before the name or inside the title phrase.
        reading = nearestCountry(refs, windowStart, name.start, title.span.end, title.span.end, sentence, profile, false);
        windowStart = title.span.end;
      } else {
        // "Name, Title of Belgium", "علي باقري، النائب السياسي لوزارة الخارجية الإيرانية": the side is named in
        // the title's tail, up to the next comma or "and" — in Arabic and Persian else before the name ("ترأس الجانب العماني …").
        const tail = new RegExp(`^[^,،;(]*?(?=[,،;(]|\\s(?:${profile.and.source})|$)`, 'u').exec(sentence.text.slice(title.span.end - sentence.start, title.span.end - sentence.start + REACH))![0];
        const inTail = refs.find((r) => r.start >= title.span.end && r.end <= title.span.end + tail.length);
        reading = inTail ? { country: inTail.code, distance: 0, span: inTail } : { country: null, distance: Infinity, span: null };
        // … else before the name: "ترأس الجانب العماني …", and in other languages only a side stated
        // ("La délégation belge était emmenée par Luc Verhaegen, directeur général …"), not a ministry's country.
        if (!inTail) reading = nearestCountry(refs, windowStart, name.start, title.span.end, title.span.end, sentence, profile, false);
        const sideStated = (r: CountryRef) => hasMatch(profile.sideWords, { text: sentence.text.slice(Math.max(0, r.start - sentence.start - 25), name.start - sentence.start) });
        if (!inTail && language !== 'ar' && language !== 'fa' && reading.span && !sideStated(reading.span)) reading = { country: null, distance: Infinity, span: null };
        windowStart = title.span.end + tail.length;
      }
      // No side of its own, listed after the previous person ("、", ","): the same side as that person.
      const previous = candidates[candidates.length - 1];
      let listed = false;
      const previousEnd = previous ? Math.max(previous.name.end, previous.titleSpan.end) - sentence.start : 0;
      if (reading.country === null && previous && previous.sentence === sentence && previous.country !== null && /^\s*(?:[(（][^)）]{0,60}[)）])?\s*[、,，]/u.test(sentence.text.slice(previousEnd, previousEnd + 70))) {
        reading = { country: previous.country, distance: previous.countryDistance, span: null };
        listed = true;
      }
      const speaker = SPEAKER.test(sentence.text.slice(Math.max(0, title.span.start - sentence.start - 40), title.span.start - sentence.start));
      const candidate: Candidate = {
        name,
        latin: found.latin,
        title: found.title ?? title.entry,
        titleSpan: found.titleSpan ?? title.span,
        sentence,
        inEvent,
        speaker,
        listed,
        country: reading.country,
        countryDistance: reading.distance,
        countrySpan: reading.span ? { start: reading.span.start, end: reading.span.end } : null,
      };
      candidates.push(candidate);
      if (office) windowStart = Math.max(windowStart, office.span.end);
      // "Deputy Ministers of Turkmenistan and Russia A and B", "les vice-ministres vietnamien X et indien Y".
      if (!before && PLURAL.test(title.span.text)) {
        const second = secondName(sentence, candidate, language, profile, refs, title.span.start);
        if (second) {
          candidates.push(second);
          windowStart = second.name.end;
        }
      }
    }
  }
  // A spokesperson, or someone only quoted announcing the talks, does not lead a delegation.
  const people = dedupe(candidates.filter((c) => !NOT_HEADS.has(c.title.title))).filter((c) => !c.speaker);
  return chooseHeads(people, countryCodes, language, profile);
}

function titleMatches(sentence: Span, profile: LanguageProfile): Array<{ span: Span; entry: TitleEntry }> {
  const all = profile.titles.flatMap((entry, rank) => matchesIn(entry.pattern, sentence).map((span) => ({ span, entry, rank })));
  // Overlaps: the longer phrase wins, then the more specific (earlier) entry.
  all.sort((a, b) => a.span.start - b.span.start || b.span.end - b.span.start - (a.span.end - a.span.start) || a.rank - b.rank);
  const kept: typeof all = [];
  for (const t of all) if (!kept.some((k) => t.span.start < k.span.end && k.span.start < t.span.end)) kept.push(t);
  return kept;
}

interface NameReading {
  name: Span;
  latin?: string;
  before: boolean;
  title?: TitleEntry;
  /** The office's own span, when the title introducing the name was a courtesy one. */
  titleSpan?: Span;
}

function findName(
  sentence: Span,
  title: { span: Span; entry: TitleEntry },
  titles: Array<{ span: Span; entry: TitleEntry }>,
  index: number,
  windowStart: number,
  language: Language,
  profile: LanguageProfile,
  refs: CountryRef[],
  known: Candidate[],
): NameReading | null {
  const local = (start: number, found: FoundName, before: boolean, extraTitle?: TitleEntry): NameReading => {
    const s = start + found.lead;
    return { name: { start: s, end: s + found.text.length, text: found.text }, latin: found.latin, before, title: extraTitle ? { ...title.entry, title: `${title.entry.title} and ${extraTitle.title}` } : undefined };
  };
  // Every look around a title is bounded (REACH characters), so a giant sentence costs linear time.
  const textFrom = (from: number, to = Math.min(sentence.end, from + REACH)) => sentence.text.slice(from - sentence.start, to - sentence.start);
  const before = (to: number) => Math.max(windowStart, to - REACH);
  if (language === 'zh') {
    const found = hanName(textFrom(title.span.end));
    return found ? local(title.span.end, found, false) : null;
  }
  if (language === 'ja') {
    const after = japaneseNameAfter(textFrom(title.span.end));
    if (after) return local(title.span.end, after, false);
    const from = before(title.span.start);
    const found = japaneseNameBefore(textFrom(from, title.span.start));
    return found ? local(from, found, true) : null;
  }
  if (language === 'ko') {
    // The title is the whole word around it ("아태국장은", "동아태부차관보"): the name stands before that word.
    let wordStart = title.span.start;
    while (wordStart > sentence.start && !/\s/u.test(sentence.text[wordStart - 1 - sentence.start])) wordStart -= 1;
    const from = before(wordStart);
    const found = koreanNameBefore(textFrom(from, Math.max(from, wordStart)));
    return found ? local(from, found, true) : null;
  }
  const after = nameAfter(sentence, title.span.end, language, profile, titles.slice(index + 1), refs, known);
  if (after && profile.cased) {
    // "Kim Hong-kyun, Deputy Minister for Political Affairs …, and Jan Adams, Secretary …": a name
    // right before the title, the title's tail then closed by a comma, is the title's holder — the
    // name past that comma belongs to the next title.
    const gap = sentence.text.slice(title.span.end - sentence.start, after.start + after.found.lead - sentence.start);
    if (/[,(;]/u.test(gap)) {
      const from = before(title.span.start);
      const held = nameBefore(sentence, from, title.span.start, profile);
      if (held && !known.some((k) => k.sentence === sentence && k.name.start === from + held.lead)) return local(from, held, true);
    }
  }
  if (after) return local(after.start, after.found, false, after.extraTitle);
  if (language === 'ar' || language === 'fa') {
    const from = before(title.span.start);
    const found = arabicNameBefore(textFrom(from, title.span.start), language);
    return found ? local(from, found, true) : null;
  }
  const from = before(title.span.start);
  const found = nameBefore(sentence, from, title.span.start, profile);
  return found ? local(from, found, true) : null;
}

const REACH = 300;

function nameAfter(
  sentence: Span,
  from: number,
  language: Language,
  profile: LanguageProfile,
  laterTitles: Array<{ span: Span; entry: TitleEntry }>,
  refs: CountryRef[],
  known: Candidate[],
): { start: number; found: FoundName; extraTitle?: TitleEntry } | null {
  let offset = from - sentence.start;
  let extraTitle: TitleEntry | undefined;
  const fillers = profile.fillers ? `(?:${profile.fillers})(?![\\p{L}])|` : '';
  const filler = new RegExp(`^(?:[\\s,:;–—-]+|${fillers}[\\p{L}\\p{M}.-]+(?=[\\s,]))`, 'iu');
  const and = new RegExp(`^\\s*(?:${profile.and.source})\\s*$`, 'iu');
  const andWord = new RegExp(`^(?:${profile.and.source})$`, 'iu');
  // Skip fillers, a country or demonym, a joined second title, a courtesy title; then the name.
  for (let steps = 0; steps < 24; steps += 1) {
    const rest = sentence.text.slice(offset, offset + REACH);
    const joined = laterTitles.find((t) => t.span.start - sentence.start >= offset && t.span.start - sentence.start <= offset + 6 && and.test(sentence.text.slice(offset, t.span.start - sentence.start).replace(/^[\s,]+/, '')));
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
    // A country named between title and name ("Ấn Độ", "of the Republic of Azerbaijan").
    const country = refs.find((r) => r.start - sentence.start === offset + (rest.length - rest.trimStart().length));
    if (country) {
      offset = country.end - sentence.start;
      continue;
    }
    const skip = filler.exec(rest);
    if (skip && andWord.test(skip[0].trim()) && language !== 'ar' && language !== 'fa') {
      // "of Turkmenistan and Russia A and B": an "and" between two countries stays in the title phrase.
      const next = offset + skip[0].length + (/^\s*/u.exec(sentence.text.slice(offset + skip[0].length))![0].length);
      // … or inside a portfolio when a lower-case word follows ("for strategic management and analytics").
      const word = /^[\p{L}\p{M}.]+/u.exec(sentence.text.slice(next, next + 40))?.[0] ?? '';
      const fillerWord = profile.fillers !== '' && new RegExp(`^(?:${profile.fillers})$`, 'iu').test(word);
      if (!refs.some((r) => r.start - sentence.start === next) && !(/^\p{Ll}/u.test(word) && !fillerWord)) return null;
      offset += skip[0].length;
      continue;
    }
    if (skip && skip[0].length > 0 && isSkippable(skip[0].trim() || skip[0], profile)) {
      offset += skip[0].length;
      continue;
    }
    const start = sentence.start + offset;
    let name: FoundName | null;
    if (language === 'ar' || language === 'fa') name = arabicName(rest, language);
    else if (language === 'hi') name = devanagariName(rest);
    else name = casedName(rest.replace(/^\s+/, ''));
    if (name && (language !== 'ar' && language !== 'fa' && language !== 'hi')) name = { ...name, lead: name.lead + (rest.length - rest.trimStart().length) };
    if (profile.cased && !name) {
      // A surname alone, of someone already named in full ("la vicecanciller Aguilar").
      const word = /^\s*(\p{Lu}[\p{Ll}\p{M}'’-]{2,40})(?![\p{L}\p{M}])/u.exec(rest);
      if (word && known.some((k) => surname(k.name.text) === foldWord(word[1]))) name = { text: word[1], lead: rest.indexOf(word[1]) };
    }
    if (profile.cased && (!name || isInstitution(name.text))) {
      // A ministry or portfolio may stand between title and name ("State Secretary of the Ministry of
      // Foreign Affairs and Trade of Hungary Attila Nemes"): look a little further, up to the next title.
      const limit = Math.min(220, (laterTitles.find((t) => t.span.start - sentence.start > offset)?.span.start ?? sentence.end) - sentence.start - offset);
      name = nameAhead(rest.slice(0, Math.max(0, limit)), profile, (w) => refs.some((r) => sentence.text.slice(r.start - sentence.start, r.end - sentence.start).split(/\s+/u).includes(w)));
    }
    if (!name) return null;
    // "Tbilisidə Heydər Əliyev …": a city in front is the place, not a name's first word.
    const firstWord = /^\S+/u.exec(name.text)![0];
    if (profile.cased && /\s\S+\s/u.test(name.text) && isCityWord(firstWord, language)) {
      const cut = name.text.slice(firstWord.length).trimStart();
      name = { ...name, text: cut, lead: name.lead + name.text.length - cut.length };
    }
    // "Rauf Məmmədov Tbilisiyə səfər edəcək": a city after the name is where they go, not a surname.
    const lastWord = /\S+$/u.exec(name.text)![0];
    if (profile.cased && /\s\S+\s/u.test(name.text) && isCityWord(lastWord.replace(/[.,]$/u, ''), language)) name = { ...name, text: name.text.slice(0, -lastWord.length).trimEnd() };
    // "Heydər Əliyev adına park", "парк имени …": a place named after someone, not a person present.
    const around = sentence.text.slice(start + name.lead - sentence.start + name.text.length, start + name.lead - sentence.start + name.text.length + 12);
    if (/^\s+(?:adına|adındakı|nomidagi)(?![\p{L}])/u.test(around) || /(?:имени|імені|named\s+after)\s*$/iu.test(sentence.text.slice(Math.max(0, start + name.lead - sentence.start - 14), start + name.lead - sentence.start))) return null;
    // "Xələf Xələfov Gürcüstanın paytaxtı": a country after the name is not part of it.
    const nameStart = start + name.lead;
    const country2 = refs.find((r) => r.start > nameStart && r.start < nameStart + name!.text.length);
    if (country2) {
      const cut = name.text.slice(0, country2.start - nameStart).trimEnd();
      if (!/\s/u.test(cut)) return null;
      name = { ...name, text: cut };
    }
    return { start, found: name, extraTitle };
  }
  return null;
}

/**
 * The other order, common in English, Russian and French: "Jeroen Cooreman, Director-General …",
 * "Иван Петров, заместитель министра …", "Khalaf Khalafov (Deputy Minister)".
 */
function nameBefore(sentence: Span, windowStart: number, titleStart: number, profile: LanguageProfile): FoundName | null {
  if (!profile.cased) return null;
  const before = sentence.text.slice(windowStart - sentence.start, titleStart - sentence.start);
  const m = /((?:\p{Lu}[\p{Ll}\p{Lu}\p{M}'’-]{0,40}\.?\s{1,3}){1,3}\p{Lu}[\p{Ll}\p{Lu}\p{M}'’-]{1,40})\s{0,3}(?:,|\(|–|—|-)\s{0,3}(?:(?:the|le|la|el|der|die|the\s+\p{Ll}+)\s+)?$/u.exec(before.slice(-160));
  if (!m) return null;
  const offset = before.length - Math.min(160, before.length);
  profile.honorifics.lastIndex = 0;
  const honorific = profile.honorifics.exec(m[1])?.[0] ?? '';
  const text = m[1].slice(honorific.length);
  if (!/\s/.test(text) || isInstitution(text)) return null;
  return { text, lead: offset + m.index + honorific.length };
}

/**
 * The first personal name in `text` that is not an institution or a country, when what stands
 * before it reads as a portfolio ("of the Ministry of Foreign Affairs and Trade of Hungary"):
 * capitalised words, fillers and "and", and at most five other lower-case words — a clause
 * ("presented the main lines of the policy of …") means the title had no name. Its offset is `lead`.
 */
function nameAhead(text: string, profile: LanguageProfile, isCountry: (word: string) => boolean): FoundName | null {
  const filler = new RegExp(`^(?:${profile.fillers ? `${profile.fillers}|` : ''}${profile.and.source})$`, 'iu');
  for (const m of text.matchAll(/(?<![\p{L}\p{M}'’-])\p{Lu}/gu)) {
    const gap = text.slice(0, m.index).match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}'’-]*/gu) ?? [];
    if (gap.filter((w) => !filler.test(w) && !isInstitution(w)).length > 5) return null;
    const found = casedName(text.slice(m.index, m.index! + 120));
    if (!found) continue;
    const words = found.text.split(/\s+/);
    if (isInstitution(found.text) || words.some((w) => isCountry(w))) continue;
    return { text: found.text, lead: m.index! };
  }
  return null;
}

function countryRefs(sentence: Span, language: Language, codes: string[], stems: Map<string, string[]>): CountryRef[] {
  const refs: CountryRef[] = countryMentions(sentence.text, language)
    .filter((m) => codes.includes(m.code))
    .map((m) => ({ code: m.code, start: sentence.start + m.start, end: sentence.start + m.end }));
  // "中國事務高級主任": a country followed by "affairs" is a portfolio, not a side.
  if (!PROFILES[language].spaced) return refs.filter((r) => !/^(?:事務|事务|問題|问题|担当)/u.test(sentence.text.slice(r.end - sentence.start, r.end - sentence.start + 2)));
  for (const w of matchesIn(/[\p{L}\p{M}]+/gu, sentence)) {
    if (refs.some((r) => r.start <= w.start && w.end <= r.end)) continue;
    const folded = foldWord(w.text);
    // A word that is the bare stem is a name ("Armen Yeganian"), not "Armenian"; full names were found above.
    const bare = PROFILES[language].cased && /^\s+\p{Lu}/u.test(sentence.text.slice(w.end - sentence.start, w.end - sentence.start + 3));
    for (const [code, list] of stems) if (list.some((s) => folded.startsWith(s) && !(bare && folded === s))) refs.push({ code, start: w.start, end: w.end });
  }
  // Ministries named without their country: another country's ("외무성" is Japan's in Korean, "国務省" the
  // United States' in Japanese) or the reader's own, which is the default of a head left without a side.
  for (const [pattern, code] of MINISTRIES[language] ?? []) {
    if (!codes.includes(code)) continue;
    for (const m of matchesIn(pattern, sentence)) refs.push({ code, start: m.start, end: m.end });
  }
  // Korean "미 국무부": a one-letter country before a ministry.
  if (language === 'ko') {
    for (const m of matchesIn(/(?<![\p{L}])(미|일|중|러|영)\s(?=국무부|외무성|외교부|국방부)/gu, sentence)) {
      const code = { 미: 'US', 일: 'JP', 중: 'CN', 러: 'RU', 영: 'GB' }[m.text.trim()]!;
      if (codes.includes(code)) refs.push({ code, start: m.start, end: m.start + 1 });
    }
  }
  // "polsko-watykańskich", "Kazakh-Russian": a pair names both parties, not one side.
  const text = (r: CountryRef) => sentence.text.slice(r.start - sentence.start, r.end - sentence.start);
  const paired = (r: CountryRef) => refs.some((o) => o !== r && o.code !== r.code && (o.start === r.end + 1 || r.start === o.end + 1) && /[-–]/u.test(sentence.text[Math.min(o.start, r.start) - sentence.start + text(o.start < r.start ? o : r).length] ?? ''));
  // "between Venezuela and Vietnam", "بين السعودية والمغرب": two countries joined by "and" are the parties, not one side.
  const and = new RegExp(`^\\s*(?:${PROFILES[language].and.source})\\s*$`, 'iu');
  const sorted = refs.filter((r) => !paired(r)).sort((a, b) => a.start - b.start);
  const joined = new Set<CountryRef>();
  for (let i = 0; i + 1 < sorted.length; i += 1) {
    const [r, o] = [sorted[i], sorted[i + 1]];
    const gap = sentence.text.slice(r.end - sentence.start, o.start - sentence.start);
    if (r.code !== o.code && (and.test(gap) || (/^\s+$/u.test(gap) && /^و/u.test(text(o))))) {
      joined.add(r);
      joined.add(o);
    }
  }
  for (const r of joined) r.pair = true;
  // "przebywającym w Polsce", "in Russia": a country after "in" is a place, not a side.
  const place = PLACE[language];
  if (place) for (const r of sorted) if (place.test(sentence.text.slice(Math.max(0, r.start - sentence.start - 6), r.start - sentence.start))) r.pair = true;
  return sorted;
}

function nearestCountry(
  refs: CountryRef[],
  windowStart: number,
  titleStart: number,
  nameEnd: number,
  windowEnd: number,
  sentence: Span,
  profile: LanguageProfile,
  lastInSentence: boolean,
): { country: string | null; distance: number; span: CountryRef | null } {
  let best: { country: string | null; distance: number; span: CountryRef | null } = { country: null, distance: Infinity, span: null };
  const between = (from: number, to: number) => sentence.text.slice(from - sentence.start, to - sentence.start);
  for (const r of refs) {
    let distance: number;
    if (r.start >= titleStart && r.end <= nameEnd) distance = 0;
    else if (r.end <= titleStart && r.start >= windowStart && !r.pair) distance = titleStart - r.end;
    // After the name only the first country, and only as "auf Seiten des Irak", "X (Belgium)", or —
    // when no other title follows in the sentence — "X led the Azerbaijani side".
    else if (r.start >= nameEnd && r.start < windowEnd && r === refs.find((x) => x.start >= nameEnd) && sidedAfter(between(nameEnd, r.start), between(r.end, Math.min(r.end + 12, windowEnd)), lastInSentence, profile))
      // "… al-ustroom auf Seiten des Irak": a side stated outright beats a country named before the title.
      distance = hasMatch(profile.sideWords, { text: between(nameEnd, r.start) }) ? 1 : r.start - nameEnd + 15;
    else continue;
    if (distance < best.distance) best = { country: r.code, distance, span: r };
  }
  return best;
}

function sidedAfter(gap: string, following: string, lastInSentence: boolean, profile: LanguageProfile): boolean {
  if (/^\s*\(\s*$/.test(gap)) return true;
  // "X, et la délégation marocaine par Y": after "and" comes the next person's side.
  if (new RegExp(`(?:^|[\\s,])(?:${profile.and.source})(?:[\\s,]|$)`, 'iu').test(gap)) return false;
  // "… X; al frente de la parte tayika, Y": past a semicolon begins the next clause, and its side.
  if (/[;；؛]/u.test(gap)) return false;
  return gap.length <= 30 && (hasMatch(profile.sideWords, { text: gap }) || (lastInSentence && hasMatch(profile.sideWords, { text: following })));
}

/** The same person named twice ("Jeroen Koreman", later "J. Koreman", "Koreman") is one candidate: the fuller spelling, the first title. */
function dedupe(candidates: Candidate[]): Candidate[] {
  const people: Candidate[] = [];
  for (const c of candidates) {
    const same = people.find(
      (p) => p.name.text === c.name.text || bestNameScore(c.name.text, [p.name.text]) >= NAME_MATCH_THRESHOLD || (surname(p.name.text) === surname(c.name.text) && surname(c.name.text).length > 2) || wordsWithin(c.name.text, p.name.text) || wordsWithin(p.name.text, c.name.text),
    );
    if (!same) {
      people.push(c);
      continue;
    }
    // The fuller spelling is kept ("علي باقري كني" over a later "علي باقري").
    if (wordsWithin(same.name.text, c.name.text) && c.name.text.length > same.name.text.length) same.name = c.name;
    same.latin ??= c.latin;
    if (same.country === null && c.country !== null) {
      same.country = c.country;
      same.countryDistance = c.countryDistance;
      same.countrySpan = c.countrySpan;
    }
    // Named first outside the talks' sentences, then as a head in them.
    if (!same.inEvent && c.inEvent) same.inEvent = true;
    if (!c.speaker) same.speaker = false;
  }
  return people;
}

/** Every word of `short` is a word of `long`, in order ("علي باقري" in "علي باقري كني"); two words at least. */
function wordsWithin(short: string, long: string): boolean {
  const a = short.split(/\s+/);
  const b = long.split(/\s+/);
  if (a.length < 2 || a.length >= b.length) return false;
  let j = 0;
  for (const w of b) if (w === a[j]) j += 1;
  return j === a.length;
}

function surname(name: string): string {
  const words = name.split(/[\s・·]+/);
  return foldWord(words[words.length - 1]);
}

/** Offices only one country has, by their English names: a head left without a side is that country's. */
const OFFICE_COUNTRY: Array<[RegExp, string]> = [
  [/(?:Deputy|Assistant)\s+(?:Assistant\s+)?Secretary\s+of\s+State|State\s+Department|Department\s+of\s+State/iu, 'US'],
  [/External\s+Affairs|Secretary\s+\((?:East|West|ER|Economic\s+Relations)\)/iu, 'IN'],
  [/Department\s+of\s+Foreign\s+Affairs\s+and\s+Trade/iu, 'AU'],
];

function chooseHeads(candidates: Candidate[], codes: string[], language: Language, profile: LanguageProfile): HeadsReading {
  const warnings: string[] = [];
  for (const c of candidates) {
    if (c.country !== null) continue;
    const office = OFFICE_COUNTRY.find(([pattern, code]) => codes.includes(code) && pattern.test(c.titleSpan.text))?.[1];
    if (office) c.country = office;
  }
  const home = HOME[language];
  if (home && codes.includes(home)) for (const c of candidates) if (c.country === null) c.country = home;
  const heads = candidates
    .map((c) => ({ ...c, confidence: c.country === null ? 0.4 : c.countryDistance <= 40 ? 0.8 : 0.6 }))
    // People in the sentences about the talks first, each group in the order of the text.
    .sort((x, y) => Number(y.inEvent) - Number(x.inEvent) || x.name.start - y.name.start);
  const [a, b] = codes;
  const chosen: typeof heads = [];
  for (const code of codes) {
    const own = heads.filter((h) => h.country === code);
    if (own.length > 0) chosen.push(own[0]);
  }
  // One side read and the other's head left: the weaker claim goes to the other side. With no side
  // read at all, nothing tells who is whose: the heads stay without a country.
  if (chosen.length === 1 && a && b) {
    const taken = chosen.map((h) => h.country);
    const missing = codes.find((c) => !taken.includes(c))!;
    const spare = heads.filter((h) => !chosen.includes(h) && (h.inEvent || !chosen.some((c) => c.inEvent))).sort((x, y) => (x.country === null ? -1 : 0) - (y.country === null ? -1 : 0) || y.countryDistance - x.countryDistance)[0];
    if (spare) {
      if (spare.country !== null) warnings.push(`${spare.name.text} reads as ${spare.country}, but ${missing} has no head; assigned to ${missing} — check.`);
      chosen.push({ ...spare, country: missing, countrySpan: null, confidence: 0.4 });
    }
  }
  // Fewer than two countries read: heads whose side is unknown are still proposed, without a country.
  for (const h of heads) {
    if (chosen.length >= 2) break;
    if (!chosen.some((c) => c.name === h.name) && h.country === null) {
      chosen.push(h);
      warnings.push(`${h.name.text}: side not stated; choose the country.`);
    }
  }
  // The one head left without a side, in the press of a country that has no head yet: its own official ("nazir müavini X").
  const press = PRESS_COUNTRY[language];
  const unsided = chosen.filter((c) => c.country === null);
  if (press && codes.includes(press) && unsided.length === 1 && !chosen.some((c) => c.country === press)) {
    unsided[0].country = press;
    warnings.push(`${unsided[0].name.text}: no side stated; read as ${press}, whose language the report is in — check.`);
  }
  // Three heads or more: another person of the talks' sentence listed on the side of one chosen.
  for (const h of heads) {
    if (h.listed && h.inEvent && !chosen.some((c) => c.name === h.name) && chosen.some((c) => c.sentence === h.sentence && c.country === h.country)) chosen.push(h);
  }
  for (const extra of heads.filter((h) => !chosen.some((c) => c.name === h.name))) {
    warnings.push(`Also named with a title: ${extra.name.text} (${extra.title.title}); not taken as a head of delegation.`);
  }
  if (chosen.length === 0) warnings.push('No head of delegation with a title could be read.');
  chosen.sort((x, y) => x.name.start - y.name.start);
  // "с туркменской – его коллега Вепа Хаджиев": a counterpart holds the other head's office.
  for (const h of chosen) {
    const other = chosen.find((o) => o !== h && o.title.title !== COUNTERPART);
    if (h.title.title === COUNTERPART && other) h.title = other.title;
  }
  return {
    heads: chosen.map((h) => {
      const name = nominative(h.name.text, h.titleSpan.text, profile);
      const rank = rankStated(h);
      return {
        nameAsWritten: h.name.text,
        name,
        latinName: h.latin ?? romanise(name, { language, origin: h.country }),
        country: h.country,
        title: h.title.title,
        rank,
        start: h.name.start,
        end: h.name.end,
        titleSpan: { start: h.titleSpan.start, end: h.titleSpan.end, text: h.titleSpan.text },
        countrySpan: h.countrySpan,
        confidence: h.confidence,
      };
    }),
    warnings,
  };
}

/** "(in the rank of Deputy Minister)" after the name says the rank outright. */
function rankStated(h: Candidate): Rank {
  const after = h.sentence.text.slice(h.name.end - h.sentence.start, h.name.end - h.sentence.start + 60);
  if (/^\s*\(in the rank of (?:a )?(?:Deputy|Vice)[- ]Minister/iu.test(after)) return Rank.DEPUTY_MINISTER;
  return h.title.rank;
}

/** The name in its dictionary form: each word through the language's case rules, given the title before it. */
function nominative(name: string, title: string, profile: LanguageProfile): string {
  if (!profile.nominative) return name;
  const words = name.split(/\s+/);
  return words.map((w, i) => profile.nominative!(w, i === words.length - 1 ? 'surname' : 'given', title)).join(' ');
}
