import { attempt } from 'any-date-parser';
import * as chrono from 'chrono-node';
import { DatePrecision } from '../domain/enums';
import { Evidence, Span } from './draft';
import { Language } from './languages';
import { LEXICONS } from './lexicon';
import { datelinePrefixEnd, isDatelineLike, matchesIn } from './text';

export interface DateReading {
  date: string | null;
  precision: DatePrecision;
  evidence: Evidence | null;
  warnings: string[];
}

interface Candidate {
  span: Span;
  year: number | null;
  month: number;
  day: number | null;
  inEventSentence: boolean;
}

type DateParser = Pick<chrono.Chrono, 'parse'>;
const CHRONO: Partial<Record<Language, DateParser>> = { de: chrono.de, es: chrono.es, fr: chrono.fr, ru: chrono.ru, en: chrono.en, ar: (chrono as unknown as Record<string, DateParser>).ar };

/**
 * The date of the meeting in the article's own words. chrono-node reads de/es/fr/ru/en/ar;
 * for Azerbaijani and Turkish (which chrono lacks) month names come from Intl and
 * any-date-parser reads the phrase. Datelines and header lines are the report's date, not the
 * meeting's; a date in a sentence about the consultations wins. A missing year comes from
 * `publishedAt`, else (with a warning) from the latest year the article mentions.
 */
export function findDate(text: string, sentences: Span[], language: Language, publishedAt: string | null): DateReading {
  const lex = LEXICONS[language];
  const candidates: Candidate[] = [];
  for (const sentence of sentences) {
    if (isDatelineLike(sentence)) continue;
    const inEventSentence = matchesIn(lex.consultations, sentence).length > 0;
    const bodyStart = datelinePrefixEnd(sentence);
    for (const c of readDates(sentence, language)) if (c.span.start >= bodyStart) candidates.push({ ...c, inEventSentence });
  }
  const warnings: string[] = [];
  const best = candidates.find((c) => c.inEventSentence) ?? candidates[0];
  if (!best) {
    const vague = matchesIn(lex.vagueTime, { start: 0, text })[0];
    warnings.push(vague ? `The article gives no date, only "${vague.text}".` : 'The article gives no date for the meeting.');
    return { date: null, precision: DatePrecision.UNKNOWN, evidence: null, warnings };
  }
  let year = best.year;
  let confidence = best.inEventSentence ? 0.9 : 0.7;
  if (year === null) {
    const published = publishedAt ? Number(publishedAt.slice(0, 4)) : null;
    if (published) {
      const sameYear = iso(published, best.month, best.day);
      year = publishedAt && sameYear.slice(0, publishedAt.length) > publishedAt ? published - 1 : published;
      confidence -= 0.1;
    } else {
      year = latestYearMentioned(text);
      if (year === null) {
        warnings.push(`"${best.span.text}" has no year and neither the text nor a publication date gives one.`);
        return { date: null, precision: DatePrecision.UNKNOWN, evidence: { field: 'date', ...best.span, confidence: 0.3 }, warnings };
      }
      warnings.push(`"${best.span.text}" has no year; ${year} is the latest year the article mentions. Check it against the publication date.`);
      confidence = 0.5;
    }
  }
  return {
    date: iso(year, best.month, best.day),
    precision: best.day === null ? DatePrecision.MONTH : DatePrecision.DAY,
    evidence: { field: 'date', ...best.span, confidence },
    warnings,
  };
}

function readDates(sentence: Span, language: Language): Array<Omit<Candidate, 'inEventSentence'>> {
  const parser = CHRONO[language];
  if (parser) {
    return parser
      .parse(sentence.text, new Date(2000, 0, 1))
      .filter((r) => r.start.isCertain('month'))
      .map((r) => ({
        span: { start: sentence.start + r.index, end: sentence.start + r.index + r.text.length, text: r.text },
        year: r.start.isCertain('year') ? r.start.get('year')! : null,
        month: r.start.get('month')!,
        day: r.start.isCertain('day') ? r.start.get('day')! : null,
      }));
  }
  const out: Array<Omit<Candidate, 'inEventSentence'>> = [];
  for (const m of matchesIn(monthPhrase(language), sentence)) {
    const parsed = attempt(m.text.replace(/['’]\p{L}+$/u, ''), language) as { year?: number; month?: number; day?: number; invalid?: string };
    if (!parsed || parsed.invalid || !parsed.month) continue;
    out.push({ span: m, year: parsed.year ?? null, month: parsed.month, day: parsed.day ?? null });
  }
  return out;
}

const phrases = new Map<Language, RegExp>();

/** "18 oktyabr 2024", "oktyabrın 18-də", "14 Mart 2023'te": month names in the language, from Intl. */
function monthPhrase(language: Language): RegExp {
  let re = phrases.get(language);
  if (re) return re;
  const names = new Set<string>();
  for (let m = 0; m < 12; m += 1) {
    for (const month of ['long', 'short'] as const) {
      names.add(new Intl.DateTimeFormat(language, { month }).format(new Date(Date.UTC(2020, m, 15))).replace(/\.$/, ''));
    }
  }
  const alternatives = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  re = new RegExp(`\\b(?:\\d{1,2}\\s+(?:${alternatives})(?:\\s+\\d{4})?(?:['’]\\p{L}+)?|(?:${alternatives})\\p{L}*\\s+\\d{1,2}(?:-\\p{L}+)?(?:,?\\s+\\d{4})?)`, 'giu');
  phrases.set(language, re);
  return re;
}

/** Latest plausible year (1990 … next year) written as a year: "2024-cü il", "in 2023". */
function latestYearMentioned(text: string): number | null {
  const limit = new Date().getUTCFullYear() + 1;
  const years = [...text.matchAll(/(?<![\d.,])(19[9]\d|20\d\d)(?![\d.,]\d)/g)].map((m) => Number(m[1])).filter((y) => y <= limit);
  return years.length > 0 ? Math.max(...years) : null;
}

function iso(year: number, month: number, day: number | null): string {
  const mm = String(month).padStart(2, '0');
  return day === null ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, '0')}`;
}
