import { ApolloServerPlugin } from '@apollo/server';

/**
 * GraphQL over HTTP: a client that accepts only `application/json` (the legacy media type) must
 * be able to read a request error from the body, so a 400 without data is sent with status
 * 200 there; `application/graphql-response+json` clients keep the 4xx. Apollo Server answers 400
 * to both, which the graphql-http audit flags.
 */
export function jsonAcceptStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const accept = request.http?.headers.get('accept') ?? '';
      const legacyJson = /application\/json/i.test(accept) && !/application\/graphql-response\+json/i.test(accept);
      if (!legacyJson) return;
      return {
        async willSendResponse({ response }) {
          const status = response.http.status;
          if (response.body.kind === 'single' && status === 400 && response.body.singleResult.data === undefined) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
