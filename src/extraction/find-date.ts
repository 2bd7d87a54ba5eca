import { DatePrecision } from '../domain/enums';
import { parsePartialDate } from '../domain/partial-date';
import { dateMentions, DateMention } from './date-mentions';
import { Evidence, Span } from './draft';
import { Language, PROFILES } from './languages';
import { datelinePrefixEnd, isDatelineLike, matchesIn, wordMatchesIn } from './text';

export interface DateReading {
  date: string | null;
  precision: DatePrecision;
  evidence: Evidence | null;
  warnings: string[];
}

const DAY_MS = 86_400_000;

/**
 * The date of the meeting, as the article states it, never invented. Only dates in sentences
 * about the consultations count (a visit "in November 2023" told elsewhere is another event),
 * in the first such sentence that has one; a date nearer to another event's word ("the 2+2
 * meeting on the 18th") is not this one; a full date beats a day alone, which beats a
 * relative day ("today (April 15th)"). Datelines and header lines are the report's date. A year
 * left out comes from `publishedAt` — the year that puts the date nearest to publication, before
 * it for talks held, after it for talks planned — and relative days ("yesterday", "on Tuesday",
 * "next Sunday") count from it. Without `publishedAt`, a date lacking its year is null, with a
 * warning: a wrong date is worse than none.
 */
export function findDate(text: string, sentences: Span[], language: Language, publishedAt: string | null, planned: boolean): DateReading {
  const profile = PROFILES[language];
  const warnings: string[] = [];
  let best: DateMention | undefined;
  let all: DateMention[] = [];
  for (const sentence of sentences) {
    if (isDatelineLike(sentence)) continue;
    if (matchesIn(profile.consultations, sentence).length === 0) continue;
    const bodyStart = datelinePrefixEnd(sentence);
    const events = eventWords(sentence, language);
    const mentions = dateMentions(sentence, language).filter((m) => m.span.start >= bodyStart && !nearerToAnotherEvent(m, events));
    all = all.concat(mentions);
    if (!best && mentions.length > 0) best = [...mentions].sort((a, b) => rank(b) - rank(a) || a.span.start - b.span.start)[0];
  }
  // "Consultations were held. The Deputy Minister X met Y in Tokyo on 3 April 2024.": the two sentences
  // after the first one about the talks, when they name someone by title, may give the date.
  const first = sentences.findIndex((s) => matchesIn(profile.consultations, s).length > 0);
  for (const sentence of first >= 0 && !best ? sentences.slice(first + 1, first + 3) : []) {
    if (isDatelineLike(sentence) || !profile.titles.some((t) => matchesIn(t.pattern, sentence).length > 0)) continue;
    const events = eventWords(sentence, language);
    const mentions = dateMentions(sentence, language).filter((m) => m.span.start >= datelinePrefixEnd(sentence) && !nearerToAnotherEvent(m, events));
    all = all.concat(mentions);
    if (!best && mentions.length > 0) best = [...mentions].sort((a, b) => rank(b) - rank(a) || a.span.start - b.span.start)[0];
  }
  if (!best) {
    const vague = matchesIn(profile.vagueTime, { start: 0, text })[0];
    warnings.push(vague ? `The article gives no date, only "${vague.text}".` : 'The article gives no date for the meeting.');
    return { date: null, precision: DatePrecision.UNKNOWN, evidence: null, warnings };
  }
  const published = publishedAt ? parsePartialDate(publishedAt) : null;
  const pub = published && 'value' in published ? published : null;
  const evidence = (confidence: number): Evidence => ({ field: 'date', ...best!.span, confidence });
  const none = (reason: string): DateReading => {
    warnings.push(reason);
    return { date: null, precision: DatePrecision.UNKNOWN, evidence: evidence(0.3), warnings };
  };

  if (best.relative !== undefined || best.weekday !== undefined) {
    if (!pub || pub.precision !== DatePrecision.DAY) return none(`"${best.span.text}" counts from the publication date, which is ${pub ? 'not given to the day' : 'not given'}; no date proposed.`);
    const base = Date.parse(`${pub.value}T00:00:00Z`);
    let day: number;
    if (best.relative !== undefined) {
      day = base + best.relative * DAY_MS;
      // "yesterday, Thursday": the weekday must agree, or the reading is in doubt.
      const weekday = all.find((m) => m.weekday !== undefined && Math.abs(m.span.start - best!.span.end) <= 12);
      if (weekday && new Date(day).getUTCDay() !== weekday.weekday) return none(`"${best.span.text}" and "${weekday.span.text}" disagree; no date proposed.`);
    } else {
      const target = best.weekday!;
      const next = best.direction === 'next' || (best.direction === undefined && planned);
      let delta = next ? (target - new Date(base).getUTCDay() + 7) % 7 : -((new Date(base).getUTCDay() - target + 7) % 7);
      if (next && delta === 0 && best.direction === 'next') delta = 7;
      day = base + delta * DAY_MS;
      warnings.push(`"${best.span.text}" read as ${iso(new Date(day))}, counted from the publication date ${pub.value}; check it.`);
    }
    return { date: iso(new Date(day)), precision: DatePrecision.DAY, evidence: evidence(0.7), warnings };
  }

  let { year, month } = best;
  const day = best.day;
  if (month === null) {
    // A day alone ("19일", "30日"): the month of publication, or the one before it.
    if (!pub || pub.precision !== DatePrecision.DAY) return none(`"${best.span.text}" gives only the day of the month and the publication date does not give the month; no date proposed.`);
    const [py, pm, pd] = pub.value.split('-').map(Number);
    const sameMonth = planned ? day! >= pd : day! <= pd;
    const shifted = new Date(Date.UTC(py, pm - 1 + (sameMonth ? 0 : planned ? 1 : -1), 1));
    year = shifted.getUTCFullYear();
    month = shifted.getUTCMonth() + 1;
  }
  if (year === null) {
    // The same day and month written elsewhere with its year ("8-9 Aralık" in the headline, "8-9 Aralık 2022" below).
    const withYear = all.find((m) => m.year !== null && m.month === month && m.day === day);
    if (withYear) year = withYear.year;
  }
  let confidence = 0.9;
  if (year === null) {
    if (!pub) return none(`"${best.span.text}" has no year and no publication date gives one; no date proposed.`);
    year = yearNearest(pub.first, pub.last, month, day, planned);
    confidence = 0.8;
  }
  const value = day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  const valid = parsePartialDate(value);
  if (!('value' in valid)) return none(`"${best.span.text}" is not a calendar date (${valid.error}).`);
  return { date: valid.value, precision: day === null ? DatePrecision.MONTH : DatePrecision.DAY, evidence: evidence(confidence), warnings };
}

/** Stated dates first, then a day alone, then relative days and weekdays. */
function rank(m: DateMention): number {
  if (m.relative !== undefined || m.weekday !== undefined) return 0;
  if (m.month === null) return 1;
  return m.year !== null ? 3 : 2;
}

/**
 * A date whose nearest event word names another event ("지난 18일 … 장관회의", "the summit on
 * 5 May") belongs to that event.
 */
function nearerToAnotherEvent(m: DateMention, { own, others }: { own: Span[]; others: Span[] }): boolean {
  if (others.length === 0) return false;
  const distance = (s: Span) => (s.start >= m.span.end ? s.start - m.span.end : m.span.start >= s.end ? m.span.start - s.end : 0);
  let nearestOther = Infinity;
  for (const o of others) nearestOther = Math.min(nearestOther, distance(o));
  let nearestOwn = Infinity;
  for (const o of own) nearestOwn = Math.min(nearestOwn, distance(o));
  return nearestOther < nearestOwn;
}

/** The words of this event and of other events in a sentence, read once. */
function eventWords(sentence: Span, language: Language): { own: Span[]; others: Span[] } {
  const profile = PROFILES[language];
  const others = wordMatchesIn(profile.otherEvents, sentence, profile.spaced);
  if (others.length === 0) return { own: [], others };
  const own = [...matchesIn(profile.consultations, sentence), ...matchesIn(profile.roundWords, sentence)].filter((o) => !others.some((x) => o.start < x.end && x.start < o.end));
  return { own, others };
}

/** The year (publication year, or one either side) that puts day and month nearest to publication, on the side the tense allows. */
function yearNearest(first: string, last: string, month: number, day: number | null, planned: boolean): number {
  const from = Date.parse(`${first}T00:00:00Z`);
  const to = Date.parse(`${last}T00:00:00Z`);
  const year = Number(first.slice(0, 4));
  const options = [year - 1, year, year + 1].map((y) => ({ y, t: Date.UTC(y, month - 1, day ?? 15) }));
  const allowed = options.filter((o) => (planned ? o.t >= from - 2 * DAY_MS : o.t <= to + 2 * DAY_MS));
  const distance = (t: number) => (t < from ? from - t : t > to ? t - to : 0);
  return (allowed.length > 0 ? allowed : options).sort((a, b) => distance(a.t) - distance(b.t))[0].y;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
