import { ApolloServerPlugin } from '@apollo/server';
import { RequestContext } from '../resolvers';

/** Reports how many Cypher round trips a request took, in the response's `extensions`. */
export function queryStatsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cypherQueries: contextValue.queries.count,
          };
        },
      };
    },
  };
}
