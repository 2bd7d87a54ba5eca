import { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../errors';

/**
 * A request that failed whole because the database is unavailable answers HTTP 503 with
 * `Retry-After`, as a load balancer or a client's retry policy expects; a request that got part
 * of its data keeps 200 (its errors name the fields that failed).
 */
export function unavailableStatusPlugin(retryAfterSeconds: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const nothing = data === undefined || data === null || Object.values(data).every((value) => value === null);
          if (nothing && errors?.some((e) => e.extensions?.code === ErrorCode.UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(retryAfterSeconds));
          }
        },
      };
    },
  };
}
