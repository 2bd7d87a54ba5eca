import { GraphQLError } from 'graphql';
import { ErrorCode } from './codes';

/** Neo4j cannot be reached right now; the request failed fast and may be retried. */
export class DatabaseUnavailableError extends GraphQLError {
  /** Why, for the log only: a client learns nothing of the database's internals. */
  readonly reason: string;

  constructor(reason: string) {
    super('The graph database is unavailable; try again shortly.', {
      extensions: { code: ErrorCode.UNAVAILABLE },
    });
    this.reason = reason;
  }
}

/** Neo4j stopped the transaction at its time limit: nothing it did is kept. */
export class QueryTimeoutError extends GraphQLError {
  constructor(timeoutMs: number) {
    super(`The query took longer than the limit of ${timeoutMs} ms and was stopped; narrow it (fewer hops, a smaller page) and try again.`, {
      extensions: { code: ErrorCode.TIMEOUT, timeoutMs },
    });
  }
}

/** An argument or input field is invalid; `fields` names each one with what is wrong. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, fields: Array<{ field: string; message: string }>) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, fields } });
  }

  static field(field: string, message: string): BadUserInputError {
    return new BadUserInputError(`${field}: ${message}`, [{ field, message }]);
  }
}

/**
 * The question would take more of the database than one request may (a search past its expansion
 * cap): refused, nothing partial returned. `limit` names the limit, `max` its value; the same shape
 * as the query limits checked before execution (server/query-limits.ts).
 */
export class QueryLimitError extends GraphQLError {
  constructor(message: string, limit: string, max: number) {
    super(message, { extensions: { code: ErrorCode.QUERY_LIMIT, limit, max } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`${what} "${id}" was not found.`, { extensions: { code: ErrorCode.NOT_FOUND, what, id } });
  }
}

/** A name that fits several people equally well: the caller must say which (by id). */
export class AmbiguousNameError extends GraphQLError {
  constructor(argument: string, name: string, candidates: Array<{ id: string; name: string }>) {
    super(`${argument}: "${name}" could be ${candidates.map((c) => `${c.name} (${c.id})`).join(' or ')}; give an id.`, {
      extensions: { code: ErrorCode.AMBIGUOUS_NAME, argument, candidates },
    });
  }
}

/**
 * The write met a concurrent one (or the records changed under it) and did not go through:
 * nothing of it was applied; the request may be sent again.
 */
export class ConflictError extends GraphQLError {
  /** Why, for the log only. */
  readonly reason: string | undefined;

  constructor(message: string, reason?: string) {
    super(message, { extensions: { code: ErrorCode.CONFLICT } });
    this.reason = reason;
  }
}

/**
 * An edit asked of records that changed since it was decided (an undo of an edit whose targets
 * were edited again): CONFLICT, nothing written. Unlike ConflictError it is not tried again, since
 * waiting does not change the outcome.
 */
export class TargetsChangedError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.CONFLICT } });
  }
}
