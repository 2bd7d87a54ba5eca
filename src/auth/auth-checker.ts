import { GraphQLError } from 'graphql';
import { AuthChecker } from 'type-graphql';
import { ErrorCode } from '../errors';
import { Caller } from './credentials';
import { Role } from './api-keys';

/**
 * `@Authorized(Role.EDITOR)` on every mutation. No key (or an unknown one) → UNAUTHENTICATED;
 * a valid key without the role → FORBIDDEN. Checked before the resolver runs: nothing is written.
 */
export const authChecker: AuthChecker<{ caller: Caller }, Role> = ({ context }, roles) => {
  const { caller } = context;
  if (caller.role === null) {
    throw new GraphQLError(caller.rejectedKey ? 'The API key is not valid.' : 'This operation needs an API key (Authorization: Bearer <key>).', {
      extensions: { code: ErrorCode.UNAUTHENTICATED },
    });
  }
  if (roles.length > 0 && !roles.includes(caller.role) && caller.role !== Role.EDITOR) {
    throw new GraphQLError(`This operation needs the ${roles.join(' or ')} role.`, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
  return true;
};
