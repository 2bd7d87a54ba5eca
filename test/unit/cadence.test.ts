import { cadenceAsOf, CadenceEvent, OVERDUE_FLOOR_DAYS, seriesCadence } from '../../src/analysis';
import { ConsultationStatus, DatePrecision } from '../../src/domain/enums';

const held = (date: string, datePrecision = DatePrecision.DAY): CadenceEvent => ({ status: ConsultationStatus.HELD, date, datePrecision });
const planned = (date: string | null, datePrecision = DatePrecision.DAY): CadenceEvent => ({
  status: ConsultationStatus.PLANNED, date, datePrecision: date === null ? DatePrecision.UNKNOWN : datePrecision,
});

describe('seriesCadence', () => {
  it('measures the days between consecutive held events, oldest first, whatever order they come in', () => {
    const cadence = seriesCadence([held('2023-03-01'), held('2021-03-01'), held('2022-03-01')]);
    expect(cadence.intervalsDays).toEqual([365, 365]);
    expect(cadence.medianIntervalDays).toBe(365);
    expect(cadence.lastHeldDate).toBe('2023-03-01');
  });

  it('expects the next round one median interval after the latest held one', () => {
    // Intervals 300, 400, 500: median 400.
    const cadence = seriesCadence([held('2020-01-01'), held('2020-10-27'), held('2021-12-01'), held('2023-04-15')]);
    expect(cadence.intervalsDays).toEqual([300, 400, 500]);
    expect(cadence).toMatchObject({ medianIntervalDays: 400, expectedNextDate: '2024-05-19', expectedFrom: 'MEDIAN_INTERVAL' });
  });

  it('takes the mean of the two middle intervals for an even count, rounded to a day', () => {
    expect(seriesCadence([held('2020-01-01'), held('2020-01-11'), held('2020-01-22')]).medianIntervalDays).toBe(11); // 10 and 11 → 10.5
  });

  it('leaves out events dated only to the month or year, planned events and undated ones', () => {
    const cadence = seriesCadence([held('2020-01-01'), held('2020-06', DatePrecision.MONTH), held('2021', DatePrecision.YEAR), held('2021-01-01'), planned(null)]);
    expect(cadence.intervalsDays).toEqual([366]);
  });

  it('lets an announced planned date win over the median interval, as precise as it was announced', () => {
    const cadence = seriesCadence([held('2020-01-01'), held('2021-01-01'), planned('2022-06', DatePrecision.MONTH)]);
    expect(cadence).toMatchObject({ expectedNextDate: '2022-06', expectedFrom: 'PLANNED_DATE' });
    // On time until the last day of June plus the floor.
    expect(cadence.quietAfter).toBe('2022-07-30');
  });

  it('ignores a planned date that ends before the latest held event (that round has happened)', () => {
    const cadence = seriesCadence([held('2021-01-01'), planned('2021-06-01'), held('2022-01-01')]);
    expect(cadence).toMatchObject({ expectedNextDate: '2023-01-01', expectedFrom: 'MEDIAN_INTERVAL' });
  });

  it('expects a planned round even with no held event', () => {
    expect(seriesCadence([planned('2021', DatePrecision.YEAR)])).toMatchObject({ expectedNextDate: '2021', quietAfter: '2022-01-30' });
  });

  it('expects nothing from one held event, or from none', () => {
    for (const events of [[held('2022-04-04')], [], [planned(null)]]) {
      expect(seriesCadence(events)).toMatchObject({ medianIntervalDays: null, expectedNextDate: null, expectedFrom: null, quietAfter: null });
    }
  });

  it('tolerates the series’ usual spread: the median absolute deviation scaled to a standard deviation', () => {
    // Intervals 200, 300, 400, 500, 600: median 400, deviations 200 100 0 100 200 → MAD 100 → 148 days.
    const dates = ['2010-01-01', '2010-07-20', '2011-05-16', '2012-06-19', '2013-11-01', '2015-06-24'];
    const cadence = seriesCadence(dates.map((d) => held(d)));
    expect(cadence.intervalsDays).toEqual([200, 300, 400, 500, 600]);
    expect(cadence.toleranceDays).toBe(148);
  });

  it('never tolerates less than the floor, however regular the series', () => {
    expect(seriesCadence([held('2020-01-01'), held('2020-12-31'), held('2021-12-31')]).toleranceDays).toBe(OVERDUE_FLOOR_DAYS);
  });
});

describe('cadenceAsOf', () => {
  const yearly = seriesCadence([held('2020-03-01'), held('2021-03-01'), held('2022-03-01')]); // expected 2023-03-01, tolerance 30

  it('is on time up to the expected date plus the tolerance, and overdue the day after', () => {
    expect(yearly.quietAfter).toBe('2023-03-31');
    expect(cadenceAsOf(yearly, '2023-03-01')).toMatchObject({ overdue: false, daysOverdue: null });
    expect(cadenceAsOf(yearly, '2023-03-31')).toMatchObject({ overdue: false, daysOverdue: null });
    expect(cadenceAsOf(yearly, '2023-04-01')).toMatchObject({ overdue: true, daysOverdue: 31 });
  });

  it('is never overdue when nothing is expected', () => {
    expect(cadenceAsOf(seriesCadence([held('2000-01-01')]), '2099-01-01')).toMatchObject({ overdue: false, daysOverdue: null });
  });

  it('counts the days overdue from the last day of a reduced expected date', () => {
    expect(cadenceAsOf(seriesCadence([planned('2021', DatePrecision.YEAR)]), '2022-12-31')).toMatchObject({ overdue: true, daysOverdue: 365 });
  });
});
