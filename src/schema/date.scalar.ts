import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { ErrorCode } from '../errors';
import { isPartialDate, parsePartialDate } from '../domain/partial-date';

function parse(value: unknown): string {
  if (typeof value !== 'string') throw invalid(`Date must be a string such as "2022-04-04", "2022-04" or "2022"`);
  const parsed = parsePartialDate(value);
  if (!isPartialDate(parsed)) throw invalid(`Date "${value.slice(0, 40)}": ${parsed.error}`);
  return parsed.value;
}

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
}

/** ISO 8601 calendar date, possibly reduced to `YYYY-MM` or `YYYY` when only that is known. */
export const PartialDateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description:
    'An ISO 8601 calendar date: YYYY-MM-DD, or the reduced YYYY-MM / YYYY when only that is known (see datePrecision).',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalid('Date must be a string such as "2022-04-04"');
    return parse(ast.value);
  },
});
