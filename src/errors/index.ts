export { ErrorCode } from './codes';
export { BadUserInputError, DatabaseUnavailableError, NotFoundError } from './errors';
