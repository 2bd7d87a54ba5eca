import { CadenceAsOf } from './cadence';

export interface SeriesWithCadence {
  id: string;
  cadence: CadenceAsOf;
}

/**
 * The overdue series, most overdue first: the most days past their expected date, then by id so
 * that equal lateness always comes back in the same order. At most `first`.
 */
export function mostOverdueFirst<S extends SeriesWithCadence>(series: readonly S[], first: number): S[] {
  return series
    .filter((s) => s.cadence.overdue)
    .sort((a, b) => b.cadence.daysOverdue! - a.cadence.daysOverdue! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, first);
}
