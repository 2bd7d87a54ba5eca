export { ErrorCode } from './codes';
export { AmbiguousNameError, BadUserInputError, DatabaseUnavailableError, NotFoundError, QueryTimeoutError } from './errors';
