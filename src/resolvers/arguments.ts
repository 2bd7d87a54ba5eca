import { resolveCountry } from '../country-names';
import { BadUserInputError } from '../errors';

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
