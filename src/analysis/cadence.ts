import { ConsultationStatus, DatePrecision } from '../domain/enums';
import { isPartialDate, parsePartialDate } from '../domain/partial-date';
import { addDays, daysBetween } from './days';

/** What the rhythm of a series is computed from: each event's status and date as stored. */
export interface CadenceEvent {
  status: ConsultationStatus;
  date: string | null;
  datePrecision: DatePrecision;
}

/** Whichever gave the expected next date. */
export type ExpectedFrom = 'PLANNED_DATE' | 'MEDIAN_INTERVAL';

/** A series' rhythm from its recorded events alone: the same whatever day it is asked on. */
export interface SeriesCadence {
  /** Days between consecutive held events dated to the day, oldest first. */
  intervalsDays: number[];
  medianIntervalDays: number | null;
  /** The latest held event dated to the day. */
  lastHeldDate: string | null;
  /** An announced planned date (as precise as announced), else lastHeldDate + the median interval. */
  expectedNextDate: string | null;
  expectedFrom: ExpectedFrom | null;
  /** How late past expectedNextDate still counts as on time: max(OVERDUE_FLOOR_DAYS, the spread of the intervals). */
  toleranceDays: number;
  /** The last day the series is still on time (the expected date's last day + the tolerance); null when nothing is expected. */
  quietAfter: string | null;
}

/** The rhythm judged on one day. */
export interface CadenceAsOf extends SeriesCadence {
  asOf: string;
  /** asOf is past quietAfter: later than expected by more than the series' usual spread. */
  overdue: boolean;
  /** Days from the expected date (its last day) to asOf, when overdue; else null. */
  daysOverdue: number | null;
}

/** No series is overdue within a month of its expected date, however regular it has been. */
export const OVERDUE_FLOOR_DAYS = 30;

/** Scales a median absolute deviation to a standard deviation (for normally spread intervals). */
const MAD_TO_STANDARD_DEVIATION = 1.4826;

/**
 * The rhythm of one series:
 * - intervals run between consecutive HELD events dated to the DAY (a month or a year alone would
 *   put an interval off by up to a year, so such events are left out), oldest first;
 * - the expected next date is an announced PLANNED date when there is one (the earliest planned
 *   event with a known date that does not end before the latest held one), otherwise the latest
 *   held date plus the median interval; with neither, nothing is expected;
 * - the tolerance is the series' usual spread, the median absolute deviation of its intervals
 *   scaled to a standard deviation (×1.4826), but never under OVERDUE_FLOOR_DAYS (30 days).
 */
export function seriesCadence(events: readonly CadenceEvent[]): SeriesCadence {
  const held = events
    .filter((e) => e.status === ConsultationStatus.HELD && e.datePrecision === DatePrecision.DAY && e.date !== null)
    .map((e) => e.date!)
    .sort();
  const intervalsDays = held.slice(1).map((date, i) => daysBetween(held[i], date));
  const medianIntervalDays = intervalsDays.length > 0 ? Math.round(median(intervalsDays)) : null;
  const lastHeldDate = held.length > 0 ? held[held.length - 1] : null;
  const toleranceDays = Math.max(OVERDUE_FLOOR_DAYS, Math.round(spreadOf(intervalsDays)));

  const planned = plannedDate(events, lastHeldDate);
  let expectedNextDate: string | null = null;
  let expectedFrom: ExpectedFrom | null = null;
  if (planned) {
    expectedNextDate = planned.value;
    expectedFrom = 'PLANNED_DATE';
  } else if (lastHeldDate !== null && medianIntervalDays !== null) {
    expectedNextDate = addDays(lastHeldDate, medianIntervalDays);
    expectedFrom = 'MEDIAN_INTERVAL';
  }
  const quietAfter = expectedNextDate === null ? null : addDays(lastDayOf(expectedNextDate), toleranceDays);
  return { intervalsDays, medianIntervalDays, lastHeldDate, expectedNextDate, expectedFrom, toleranceDays, quietAfter };
}

/** The rhythm judged on `asOf` (a day): overdue once asOf is past quietAfter. */
export function cadenceAsOf(cadence: SeriesCadence, asOf: string): CadenceAsOf {
  const overdue = cadence.quietAfter !== null && asOf > cadence.quietAfter;
  const daysOverdue = overdue ? daysBetween(lastDayOf(cadence.expectedNextDate!), asOf) : null;
  return { ...cadence, asOf, overdue, daysOverdue };
}

/** The earliest announced planned date still ahead of the latest held event (all of them when none was held). */
function plannedDate(events: readonly CadenceEvent[], lastHeld: string | null) {
  const announced = events
    .filter((e) => e.status === ConsultationStatus.PLANNED && e.date !== null)
    .map((e) => parsePartialDate(e.date!))
    .filter(isPartialDate)
    .filter((d) => lastHeld === null || d.last >= lastHeld)
    .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  return announced[0] ?? null;
}

/** The last day a (possibly reduced) date can mean: "2021" → 2021-12-31. */
function lastDayOf(date: string): string {
  const parsed = parsePartialDate(date);
  return isPartialDate(parsed) ? parsed.last : date;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median absolute deviation of the intervals, scaled to a standard deviation; 0 for fewer than two. */
function spreadOf(intervals: readonly number[]): number {
  if (intervals.length < 2) return 0;
  const centre = median(intervals);
  return MAD_TO_STANDARD_DEVIATION * median(intervals.map((x) => Math.abs(x - centre)));
}
