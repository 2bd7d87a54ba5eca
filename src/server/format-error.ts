import { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors';

interface ClassValidatorError {
  property: string;
  constraints?: Record<string, string>;
  children?: ClassValidatorError[];
}

/**
 * The last touch on every error a client sees:
 * - a query-limit rejection keeps the code QUERY_LIMIT whichever phase found it (Apollo labels
 *   every validation-rule error GRAPHQL_VALIDATION_FAILED);
 * - type-graphql's generic "Argument Validation Error" names each argument and what is wrong,
 *   in the same `fields` shape as our own BAD_USER_INPUT errors.
 */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  if (typeof extensions.limit === 'string') return { ...formatted, extensions: { ...extensions, code: ErrorCode.QUERY_LIMIT } };
  const invalid = extensions.validationErrors as ClassValidatorError[] | undefined;
  if (Array.isArray(invalid) && invalid.length > 0) {
    const fields = invalid.flatMap((e) => flatten(e, ''));
    const { validationErrors: _dropped, ...rest } = extensions;
    return { ...formatted, message: fields.map((f) => `${f.field}: ${f.message}`).join('; '), extensions: { ...rest, code: ErrorCode.BAD_USER_INPUT, fields } };
  }
  return formatted;
}

function flatten(error: ClassValidatorError, prefix: string): Array<{ field: string; message: string }> {
  const field = prefix ? `${prefix}.${error.property}` : error.property;
  const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
  return [...own, ...(error.children ?? []).flatMap((child) => flatten(child, field))];
}
