export { ErrorCode } from './codes';
export { BadUserInputError, DatabaseUnavailableError, NotFoundError, QueryTimeoutError } from './errors';
