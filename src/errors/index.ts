export { ErrorCode } from './codes';
export { AmbiguousNameError, BadUserInputError, ConflictError, DatabaseUnavailableError, NotFoundError, QueryTimeoutError, TargetsChangedError } from './errors';
