import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { ApolloServerPlugin } from '@apollo/server';
import { Logger } from '../config/logger';

/** A caller's own request id is kept when it is a plain token; anything else gets a fresh one. */
const CALLER_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * One log line per GraphQL request — id, operation name, duration, HTTP status, error codes and
 * the ids of internal errors (whose own log lines carry the whole error) — and the id in the
 * response's `X-Request-Id` header, so a user's report leads to both lines.
 */
export function requestLogPlugin(log: Logger): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      const given = request.http?.headers.get('x-request-id');
      const requestId = given && CALLER_REQUEST_ID.test(given) ? given : randomUUID();
      return {
        async willSendResponse({ response, operationName }) {
          response.http.headers.set('x-request-id', requestId);
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN')))];
          const errorIds = errors.flatMap((e) => (typeof e.extensions?.errorId === 'string' ? [e.extensions.errorId] : []));
          const status = response.http.status ?? 200;
          const line = {
            requestId,
            operation: operationName ?? null,
            durationMs: Math.round((performance.now() - started) * 10) / 10,
            status,
            ...(codes.length > 0 ? { errors: codes } : {}),
            ...(errorIds.length > 0 ? { errorIds } : {}),
          };
          if (status >= 500) log.warn('request', line);
          else log.info('request', line);
        },
      };
    },
  };
}
