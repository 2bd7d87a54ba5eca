import { randomUUID } from 'node:crypto';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { Logger } from '../config/logger';
import { ErrorCode } from '../errors';

interface ClassValidatorError {
  property: string;
  constraints?: Record<string, string>;
  children?: ClassValidatorError[];
}

/**
 * The codes of errors meant for the client: their message and extensions are the answer. Any
 * other error (a Neo4j error, a TypeError, a GraphQLError without one of these codes) is ours,
 * and its text stays in the log.
 */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL),
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
]);

export interface ErrorFormatterOptions {
  log: Logger;
  /** EXPOSE_STACK_TRACES: internal errors carry their stack in the response (debugging only). */
  exposeStackTraces: boolean;
}

/**
 * The one error normaliser, the last touch on every error a client sees:
 * - a client error keeps its code and message, never a stack trace;
 * - any other error becomes INTERNAL_SERVER_ERROR with an `errorId` and no internal text; the
 *   whole error is logged under that id, so a user's report can be matched to the log line;
 * - a query-limit rejection keeps the code QUERY_LIMIT whichever phase found it (Apollo labels
 *   every validation-rule error GRAPHQL_VALIDATION_FAILED);
 * - type-graphql's generic "Argument Validation Error" names each argument and what is wrong,
 *   in the same `fields` shape as our own BAD_USER_INPUT errors.
 */
export function createErrorFormatter(options: ErrorFormatterOptions): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = unwrapResolverError(error);
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    const code = typeof extensions.code === 'string' ? extensions.code : undefined;
    if (typeof extensions.limit === 'string') return { ...formatted, extensions: { ...extensions, code: ErrorCode.QUERY_LIMIT } };
    const invalid = extensions.validationErrors as ClassValidatorError[] | undefined;
    if (Array.isArray(invalid) && invalid.length > 0) {
      const fields = invalid.flatMap((e) => flatten(e, ''));
      const { validationErrors: _dropped, ...rest } = extensions;
      return { ...formatted, message: fields.map((f) => `${f.field}: ${f.message}`).join('; '), extensions: { ...rest, code: ErrorCode.BAD_USER_INPUT, fields } };
    }
    if (code !== undefined && CLIENT_CODES.has(code) && isOurs(original, error)) return { ...formatted, extensions };
    return internal(formatted, original, options);
  };
}

/**
 * An error was written for the client when it is a GraphQLError raised as such (by us, Apollo,
 * graphql-js or type-graphql), not a foreign error that Apollo wrapped and labelled.
 */
function isOurs(original: unknown, error: unknown): boolean {
  if (original instanceof GraphQLError) return true;
  return original === error && error instanceof GraphQLError;
}

function internal(formatted: GraphQLFormattedError, original: unknown, options: ErrorFormatterOptions): GraphQLFormattedError {
  const errorId = randomUUID();
  options.log.error('internal error', { errorId, path: formatted.path, err: original });
  const stacktrace = options.exposeStackTraces && original instanceof Error && original.stack ? original.stack.split('\n') : undefined;
  return {
    message: `Internal server error (errorId ${errorId}); the details are in the server's log.`,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.INTERNAL, errorId, ...(stacktrace ? { stacktrace } : {}) },
  };
}

function flatten(error: ClassValidatorError, prefix: string): Array<{ field: string; message: string }> {
  const field = prefix ? `${prefix}.${error.property}` : error.property;
  const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
  return [...own, ...(error.children ?? []).flatMap((child) => flatten(child, field))];
}
