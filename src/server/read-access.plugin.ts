import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';
import { RequestContext } from '../resolvers';

/** With READS_REQUIRE_KEY, queries need a reader or editor key too; mutations are guarded by @Authorized. */
export function readAccessPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (!contextValue.readsRequireKey || operation?.operation !== 'query' || contextValue.caller.role !== null) return;
          throw new GraphQLError('Reading this API needs an API key (Authorization: Bearer <key>).', {
            extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
          });
        },
      };
    },
  };
}
