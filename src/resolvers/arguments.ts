import { resolveCountry } from '../country-names';
import { BadUserInputError } from '../errors';
import { todayUtc } from '../analysis';
import { isPartialDate, parsePartialDate } from '../domain/partial-date';

/** A country argument in any language or as a code; an unknown one names the argument. */
export function countryArgument(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const match = resolveCountry(value);
  if (!match) throw BadUserInputError.field(argument, `"${value.slice(0, 60)}" is not a country name or ISO code we know`);
  return match.code;
}

/** A pair of countries, in any order; returned sorted so "BE,KZ" and "Qazaxıstan,Belçika" agree. */
export function countryPairArgument(argument: string, values: readonly string[]): [string, string] {
  if (values.length !== 2) throw BadUserInputError.field(argument, 'expected exactly two countries');
  const [a, b] = values.map((v, i) => countryArgument(`${argument}[${i}]`, v)!).sort();
  if (a === b) throw BadUserInputError.field(argument, 'the two countries must differ');
  return [a, b];
}

/** The day a question is judged on: a reduced date ("2024", "2024-06") means its last day; today (UTC) when absent. */
export function asOfArgument(value: string | null | undefined): string {
  if (!value) return todayUtc();
  const parsed = parsePartialDate(value);
  return isPartialDate(parsed) ? parsed.last : todayUtc();
}
