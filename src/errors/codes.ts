/** The error codes clients see in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  AMBIGUOUS_NAME = 'AMBIGUOUS_NAME',
  CONFLICT = 'CONFLICT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  /** A request over one of the query limits (depth, cost, aliases, …), refused before anything ran. */
  QUERY_LIMIT = 'QUERY_LIMIT',
  UNAVAILABLE = 'UNAVAILABLE',
  /** The database stopped the request's transaction at its time limit (NEO4J_TX_TIMEOUT_MS). */
  TIMEOUT = 'TIMEOUT',
  INTERNAL = 'INTERNAL_SERVER_ERROR',
}
