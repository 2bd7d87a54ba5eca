import { DatePrecision } from './enums';
import { isPartialDate, parsePartialDate } from './partial-date';

/**
 * The claim rule. Every write adds what one source states; nothing a source stated is changed by
 * another source's write. What the graph shows of an event or a participation is derived from all
 * statements by this one rule, so it never depends on the order the sources arrived in:
 *
 * - a source that is silent (null) about a fact has not contradicted anyone: stated beats missing;
 * - dates: the most precise stated date wins ("14 June 2023" over "June 2023"); a less precise
 *   date that contains it agrees with it; dates that cannot be one day are a conflict;
 * - any other value: the value most sources state; a tie goes to the smallest value (so the
 *   result is the same whatever the order of writes); two different values are a conflict;
 * - a conflict is flagged and every statement stays listed with its source.
 */
export interface Statement<T> {
  sourceId: string;
  value: T | null;
}

export interface Consolidated<T> {
  value: T | null;
  /** True when sources state values that cannot all be true. */
  conflicting: boolean;
}

export function consolidate<T extends string | number>(statements: ReadonlyArray<Statement<T>>): Consolidated<T> {
  const votes = new Map<T, number>();
  for (const s of statements) if (s.value !== null && s.value !== undefined) votes.set(s.value, (votes.get(s.value) ?? 0) + 1);
  if (votes.size === 0) return { value: null, conflicting: false };
  const [value] = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0];
  return { value, conflicting: votes.size > 1 };
}

const PRECISION_ORDER = [DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR];

/** The most precise stated date; compatible when every other stated date is a reduction of it. */
export function consolidateDate(statements: ReadonlyArray<Statement<string>>): Consolidated<string> & { precision: DatePrecision } {
  const dated = statements.flatMap((s) => {
    if (s.value === null) return [];
    const parsed = parsePartialDate(s.value);
    return isPartialDate(parsed) ? [{ sourceId: s.sourceId, value: parsed.value, precision: parsed.precision }] : [];
  });
  if (dated.length === 0) return { value: null, conflicting: false, precision: DatePrecision.UNKNOWN };
  const best = PRECISION_ORDER.find((p) => dated.some((d) => d.precision === p))!;
  const { value } = consolidate(dated.filter((d) => d.precision === best));
  const conflicting = dated.some((d) => !value!.startsWith(d.value));
  return { value, conflicting, precision: best };
}

/** Two dates that can mean the same day: one is the other or a reduction of it ("2023-06" and "2023-06-14"). */
export function compatibleDates(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** What one source states about an event (null: silent). */
export interface EventStatement {
  sourceId: string;
  date: string | null;
  city: string | null;
  format: string | null;
  status: string | null;
}

export interface ConsolidatedEvent {
  date: string | null;
  datePrecision: DatePrecision;
  city: string | null;
  format: string | null;
  status: string;
  dateConflicting: boolean;
  cityConflicting: boolean;
  formatConflicting: boolean;
}

/**
 * An event's shown values from all its sources' statements. Status: a source reporting the
 * meeting as held outweighs any that announced it as planned (a planned meeting, once held, was
 * both), so HELD wins and is no conflict.
 */
export function consolidateEvent(statements: readonly EventStatement[]): ConsolidatedEvent {
  const of = <K extends keyof EventStatement>(key: K) => statements.map((s) => ({ sourceId: s.sourceId, value: s[key] }));
  const date = consolidateDate(of('date'));
  const city = consolidate(of('city'));
  const format = consolidate(of('format'));
  const held = statements.some((s) => s.status === 'HELD') || statements.every((s) => s.status === null);
  return {
    date: date.value,
    datePrecision: date.precision,
    city: city.value,
    format: format.value,
    status: held ? 'HELD' : 'PLANNED',
    dateConflicting: date.conflicting,
    cityConflicting: city.conflicting,
    formatConflicting: format.conflicting,
  };
}

/** What one source states about a participation. */
export interface ParticipationStatementClaim {
  sourceId: string;
  title: string | null;
  rank: string | null;
}

export interface ConsolidatedParticipation {
  title: string | null;
  /** OTHER when no source states a rank: the API's rank is never null. */
  rank: string;
  titleConflicting: boolean;
  rankConflicting: boolean;
}

export function consolidateParticipation(statements: readonly ParticipationStatementClaim[]): ConsolidatedParticipation {
  const title = consolidate(statements.map((s) => ({ sourceId: s.sourceId, value: s.title })));
  // OTHER says "a rank we have no word for": a source that states a real rank is more precise.
  const ranks = statements.map((s) => ({ sourceId: s.sourceId, value: s.rank === 'OTHER' ? null : s.rank }));
  const rank = consolidate(ranks);
  return { title: title.value, rank: rank.value ?? 'OTHER', titleConflicting: title.conflicting, rankConflicting: rank.conflicting };
}
