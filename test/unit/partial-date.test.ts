import { DatePrecision } from '../../src/domain/enums';
import { parsePartialDate } from '../../src/domain/partial-date';

describe('parsePartialDate', () => {
  it.each([
    ['2022-04-04', { value: '2022-04-04', precision: DatePrecision.DAY, first: '2022-04-04', last: '2022-04-04' }],
    ['2021-02', { value: '2021-02', precision: DatePrecision.MONTH, first: '2021-02-01', last: '2021-02-28' }],
    ['2024-02', { value: '2024-02', precision: DatePrecision.MONTH, first: '2024-02-01', last: '2024-02-29' }],
    ['2021', { value: '2021', precision: DatePrecision.YEAR, first: '2021-01-01', last: '2021-12-31' }],
  ])('reads %s', (text, expected) => expect(parsePartialDate(text)).toEqual(expected));

  it.each(['523', '0523-01-01', '2022-13-01', '2022-02-30', '04.04.2022', '', '2022-4-4', '99999'])('refuses %j', (text) => {
    expect(parsePartialDate(text)).toHaveProperty('error');
  });
});
