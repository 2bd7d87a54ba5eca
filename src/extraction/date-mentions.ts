import { Span } from './draft';
import { Language, PROFILES } from './languages';
import { parseOrdinal } from './ordinals';
import { matchesIn } from './text';

/** A date as the text writes it: what is stated, nothing filled in. */
export interface DateMention {
  span: Span;
  year: number | null;
  month: number | null;
  day: number | null;
  /** Days from the publication date ("yesterday" −1), for a relative day. */
  relative?: number;
  /** 0 (Sunday) … 6, for "on Tuesday"; with `direction` from the words around it. */
  weekday?: number;
  direction?: 'past' | 'next';
}

const monthNames = new Map<Language, Map<string, number>>();
const weekdayNames = new Map<Language, Array<{ name: string; weekday: number }>>();

/** Intl locales whose month names a language's press also uses (Levantine and Maghrebi Arabic, the Gregorian months in Persian). */
const MONTH_LOCALES: Partial<Record<Language, string[]>> = { ar: ['ar', 'ar-SY', 'ar-MA', 'ar-DZ', 'ar-TN'], fa: ['fa-u-ca-gregory', 'fa-AF-u-ca-gregory'], uz: ['uz', 'uz-Latn'], sr: ['sr', 'sr-Latn'] };
const EXTRA_MONTHS: Partial<Record<Language, Record<string, number>>> = { fa: { آگوست: 8, اوت: 8, سپتامبر: 9, اکتبر: 10, نوامبر: 11, دسامبر: 12, ژوئن: 6, ژوئیه: 7, ژانویه: 1, فوریه: 2, مارس: 3, آوریل: 4, مه: 5 }, uz: { yanv: 1, fev: 2, avg: 8, sent: 9, okt: 10, noy: 11, dek: 12 } };

function fold(word: string): string {
  return word.normalize('NFC').toLocaleLowerCase().replace(/\.$/, '').replace(/ё/g, 'е').replace(/[أإآ]/g, 'ا');
}

/** Month names of a language from Intl: standalone and in a date (the genitive of Slavic languages: "февраля", "listopada"), long and short. */
function months(language: Language): Map<string, number> {
  let names = monthNames.get(language);
  if (names) return names;
  names = new Map();
  for (const locale of MONTH_LOCALES[language] ?? [language]) {
    for (let m = 0; m < 12; m += 1) {
      const date = new Date(Date.UTC(2020, m, 15));
      for (const options of [{ month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }, { day: 'numeric', month: 'short' }] as const) {
        const part = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).formatToParts(date).find((p) => p.type === 'month')?.value;
        if (part && !/\d/.test(part)) for (const word of part.split(/\s+/)) if (word.length >= 3) names.set(fold(word), m + 1);
      }
    }
  }
  for (const [word, m] of Object.entries(EXTRA_MONTHS[language] ?? {})) names.set(fold(word), m);
  monthNames.set(language, names);
  return names;
}

function weekdays(language: Language): Array<{ name: string; weekday: number }> {
  let list = weekdayNames.get(language);
  if (list) return list;
  list = [];
  for (let d = 0; d < 7; d += 1) {
    const date = new Date(Date.UTC(2023, 0, 1 + d)); // 1 January 2023 was a Sunday
    for (const weekday of ['long', 'short'] as const) {
      const name = fold(new Intl.DateTimeFormat(language, { weekday, timeZone: 'UTC' }).format(date));
      if ([...name].length >= 2 && !list.some((w) => w.name === name)) list.push({ name, weekday: d });
    }
  }
  list.sort((a, b) => b.name.length - a.name.length);
  weekdayNames.set(language, list);
  return list;
}

const CJK_DATE = /(?:(令和|平成)\s?([0-9]{1,2}|元)年|((?:19|20)[0-9]{2})\s?[年년]\s?)?([0-9]{1,2})\s?[月월]\s?([0-9]{1,2})\s?[日일号號]|(?<![0-9.月월])([0-9]{1,2})\.([0-9]{1,2})\s?일|(?<![0-9.月월년年])([0-9]{1,2})\s?[日일](?![本曜])/gu;
const VIETNAMESE_DATE = /ngày\s+([0-9]{1,2})\s*(?:tháng|\/)\s*([0-9]{1,2})(?:\s*(?:năm|\/)\s*((?:19|20)[0-9]{2}))?/giu;
const NUMERIC_DATE = /(?<![0-9.])([0-9]{1,2})\.([0-9]{1,2})\.((?:19|20)[0-9]{2})(?![0-9])|((?:19|20)[0-9]{2})-([0-9]{2})-([0-9]{2})(?![0-9])/gu;
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu;

/** Every date a sentence writes: day–month(–year) with month names, numeric dates, CJK dates, relative days and weekdays. */
export function dateMentions(sentence: Span, language: Language): DateMention[] {
  const out: DateMention[] = [];
  const profile = PROFILES[language];
  const text = sentence.text;
  const at = (index: number, length: number): Span => ({ start: sentence.start + index, end: sentence.start + index + length, text: text.slice(index, index + length) });

  if (!profile.spaced || language === 'ko') {
    for (const m of text.matchAll(CJK_DATE)) {
      const i = m.index!;
      if (m[4]) {
        const year = m[1] ? (m[1] === '令和' ? 2018 : 1988) + (m[2] === '元' ? 1 : Number(m[2])) : m[3] ? Number(m[3]) : null;
        out.push({ span: at(i, m[0].length), year, month: Number(m[4]), day: Number(m[5]) });
      } else if (m[6]) out.push({ span: at(i, m[0].length), year: null, month: Number(m[6]), day: Number(m[7]) });
      else out.push({ span: at(i, m[0].length), year: null, month: null, day: Number(m[8]) });
    }
  } else if (language === 'vi') {
    for (const m of text.matchAll(VIETNAMESE_DATE)) out.push({ span: at(m.index!, m[0].length), year: m[3] ? Number(m[3]) : null, month: Number(m[2]), day: Number(m[1]) });
  } else {
    const names = months(language);
    const prefixMatch = language !== 'en';
    for (const w of text.matchAll(WORD)) {
      const word = fold(w[0].replace(/['’]\p{L}+$/u, ''));
      let month = names.get(word);
      if (month === undefined && prefixMatch && word.length >= 4) {
        for (let cut = 1; cut <= 4 && month === undefined && word.length - cut >= 3; cut += 1) month = names.get(word.slice(0, -cut));
      }
      if (month === undefined) continue;
      const start = w.index!;
      const end = start + w[0].length;
      const before = /(?<![0-9.,])([0-9]{1,2})\.?(?:\s?[-–]\s?[0-9]{1,2}\.?)?(?:-?(?:го|ого|ci|cı|cu|cü|inci|nci|th|st|nd|rd|er|e|ª|º))?\s{0,2}(?:de\s+|of\s+|ի\s+)?$/u.exec(text.slice(Math.max(0, start - 14), start));
      const after = before ? null : /^\s{0,2}([0-9]{1,2})(?![0-9.,][0-9])(?:st|nd|rd|th|-?[\p{L}]{1,4}|\.)?/u.exec(text.slice(end, end + 12));
      // Arabic writes the day as an ordinal: "في التاسع من أيار 2022".
      const spelled = !before && language === 'ar' ? /(\p{L}+)\s+من\s+$/u.exec(text.slice(Math.max(0, start - 20), start)) : null;
      const spelledDay = spelled ? parseOrdinal(spelled[1], 'ar') : null;
      const day = before ? Number(before[1]) : spelledDay !== null && spelledDay <= 31 ? spelledDay : after ? Number(after[1]) : null;
      const from = before ? start - before[0].length : spelledDay !== null ? start - spelled![0].length : start;
      let to = after ? end + after[0].length : end;
      const year = /^,?\s{0,2}(?:de\s+)?((?:19|20)[0-9]{2})(?![0-9])(?:\s?(?:года|г\.|yil\p{L}*|yılı\p{L}*|ci\s+il|roku|r\.))?/u.exec(text.slice(to, to + 20));
      if (year) to += year[0].length;
      if (day !== null && (day < 1 || day > 31)) continue;
      if (day === null && !year) continue;
      out.push({ span: at(from, to - from), year: year ? Number(year[1]) : null, month, day });
    }
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [day, month, year] = m[1] ? [Number(m[1]), Number(m[2]), Number(m[3])] : [Number(m[6]), Number(m[5]), Number(m[4])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) out.push({ span: at(m.index!, m[0].length), year, month, day });
  }
  for (const { pattern, offset } of profile.relativeDays) for (const m of matchesIn(pattern, sentence)) if (bounded(text, m.start - sentence.start, m.end - sentence.start, profile.spaced)) out.push({ span: m, year: null, month: null, day: null, relative: offset });
  for (const m of weekdayMentions(sentence, language)) out.push(m);
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** A relative-day word stands alone ("hoy", not inside "hoyo"). */
function bounded(text: string, start: number, end: number, spaced: boolean): boolean {
  if (!spaced) return true;
  return !/[\p{L}\p{M}]/u.test(text[start - 1] ?? '') && !/[\p{L}\p{M}]/u.test(text[end] ?? '');
}

function weekdayMentions(sentence: Span, language: Language): DateMention[] {
  const profile = PROFILES[language];
  const text = sentence.text;
  const out: DateMention[] = [];
  const list = weekdays(language);
  const direction = (start: number, end: number): 'past' | 'next' | undefined => {
    const around = { start: 0, text: `${text.slice(Math.max(0, start - 14), start)} ${text.slice(end, end + 14)}` };
    if (matchesIn(profile.weekdayNext, around).length > 0) return 'next';
    if (matchesIn(profile.weekdayPast, around).length > 0) return 'past';
    return undefined;
  };
  if (!profile.spaced || language === 'ko') {
    for (const { name, weekday } of list) {
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
        if (out.some((o) => o.span.start - sentence.start <= i && i < o.span.end - sentence.start)) continue;
        out.push({ span: { start: sentence.start + i, end: sentence.start + i + name.length, text: name }, year: null, month: null, day: null, weekday, direction: direction(i, i + name.length) });
      }
    }
    return out;
  }
  if (language === 'vi') return out;
  for (const w of text.matchAll(WORD)) {
    const word = fold(w[0]);
    // Inflected weekdays: "в среду" (среда), "w środę" (środa).
    const hit = list.find((d) => word === d.name || (d.name.length >= 5 && word.length >= d.name.length - 1 && word.startsWith(d.name.slice(0, -1)) && word.length <= d.name.length + 1));
    if (hit) out.push({ span: { start: sentence.start + w.index!, end: sentence.start + w.index! + w[0].length, text: w[0] }, year: null, month: null, day: null, weekday: hit.weekday, direction: direction(w.index!, w.index! + w[0].length) });
  }
  return out;
}
