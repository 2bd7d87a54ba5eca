export { ErrorCode } from './codes';
export { AmbiguousNameError, BadUserInputError, ConflictError, DatabaseUnavailableError, NotFoundError, QueryLimitError, QueryTimeoutError, TargetsChangedError } from './errors';
