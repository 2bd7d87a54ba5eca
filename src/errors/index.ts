export { ErrorCode } from './codes';
export { AmbiguousNameError, BadUserInputError, ConflictError, DatabaseUnavailableError, NotFoundError, QueryTimeoutError } from './errors';
