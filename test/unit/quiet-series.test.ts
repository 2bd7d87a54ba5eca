import { cadenceAsOf, CadenceEvent, mostOverdueFirst, seriesCadence } from '../../src/analysis';
import { ConsultationStatus, DatePrecision } from '../../src/domain/enums';

const held = (date: string): CadenceEvent => ({ status: ConsultationStatus.HELD, date, datePrecision: DatePrecision.DAY });
const series = (id: string, dates: string[], asOf: string) => ({ id, cadence: cadenceAsOf(seriesCadence(dates.map(held)), asOf) });

describe('mostOverdueFirst', () => {
  const asOf = '2025-01-01';
  const all = [
    series('on-time', ['2023-06-01', '2024-06-01'], asOf), // expected 2025-06-01
    series('a-year-late', ['2022-01-01', '2023-01-01'], asOf), // expected 2024-01-01: 366 days late
    series('half-a-year-late', ['2022-07-01', '2023-07-01'], asOf), // expected 2024-06-30: 185 days late
    series('no-rhythm', ['2010-01-01'], asOf),
    series('also-a-year-late', ['2022-01-01', '2023-01-01'], asOf),
  ];

  it('keeps the overdue series only, the most days past their expected date first, ties by id', () => {
    expect(mostOverdueFirst(all, 20).map((s) => [s.id, s.cadence.daysOverdue])).toEqual([
      ['a-year-late', 366], ['also-a-year-late', 366], ['half-a-year-late', 185],
    ]);
  });

  it('returns at most `first`', () => {
    expect(mostOverdueFirst(all, 1).map((s) => s.id)).toEqual(['a-year-late']);
    expect(mostOverdueFirst(all, 0)).toEqual([]);
  });
});
