/**
 * Calendar-day arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so a day is always 24 hours and no
 * time zone moves a date. Inputs are dates the API has already validated (see domain/partial-date).
 */
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01. */
export function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(isoDay: string, days: number): string {
  return isoDate(dayNumber(isoDay) + days);
}

/** `to` minus `from`, in days. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Today in UTC: the default "as of" of the analyst's questions. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
