import { DatePrecision } from './enums';

/**
 * An ISO 8601 calendar date that may be reduced: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as sources
 * often know only the month or year. Years outside 1800–2200 are refused: a "523" in a source
 * is a garbled figure, not a year of modern diplomacy.
 */
export interface PartialDate {
  value: string;
  precision: Exclude<DatePrecision, DatePrecision.UNKNOWN>;
  /** First and last calendar day the value can mean, for ordering and range filters. */
  first: string;
  last: string;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2200;

/** Parses a reduced ISO date; returns a reason instead of throwing so callers can name the field. */
export function parsePartialDate(text: string): PartialDate | { error: string } {
  const match = PATTERN.exec(text.trim());
  if (!match) return { error: 'expected an ISO 8601 date: YYYY-MM-DD, YYYY-MM or YYYY' };
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return { error: `year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}` };
  const y = match[1];
  if (match[2] === undefined) return { value: y, precision: DatePrecision.YEAR, first: `${y}-01-01`, last: `${y}-12-31` };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { error: `month ${match[2]} does not exist` };
  const days = daysInMonth(year, month);
  const m = match[2];
  if (match[3] === undefined) {
    return { value: `${y}-${m}`, precision: DatePrecision.MONTH, first: `${y}-${m}-01`, last: `${y}-${m}-${String(days)}` };
  }
  const day = Number(match[3]);
  if (day < 1 || day > days) return { error: `day ${match[3]} does not exist in ${y}-${m}` };
  const value = `${y}-${m}-${match[3]}`;
  return { value, precision: DatePrecision.DAY, first: value, last: value };
}

export function isPartialDate(parsed: PartialDate | { error: string }): parsed is PartialDate {
  return !('error' in parsed);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
