import { randomUUID } from 'node:crypto';
import { ErrorRequestHandler, RequestHandler } from 'express';
import { Logger } from '../config/logger';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { ErrorCode } from '../errors';
import { Readiness } from './readiness';

/** A GraphQL-shaped error body for failures before GraphQL runs: never a stack trace, never HTML. */
function errorBody(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

/** More operations in one batched request than allowed: refused whole, nothing runs. */
export function batchLimit(maxBatch: number): RequestHandler {
  return (req, res, next) => {
    if (Array.isArray(req.body) && req.body.length > maxBatch) {
      res.status(400).json(errorBody(`Batch limit of ${maxBatch} exceeded, found ${req.body.length}.`, ErrorCode.QUERY_LIMIT, { limit: 'maxBatch', max: maxBatch }));
      return;
    }
    next();
  };
}

/**
 * Documents with more tokens than allowed, counted by graphql-armor's lexer before Apollo parses
 * (so a huge document is never parsed whole). Syntax errors are left to Apollo's parser.
 */
export function tokenLimit(maxTokens: number): RequestHandler {
  const tooMany = (query: unknown): string | null => {
    if (typeof query !== 'string') return null;
    let exceeded: string | null = null;
    const onReject = [(_: unknown, error: Error) => void (exceeded = error.message)];
    try {
      new MaxTokensParserWLexer(query, { n: maxTokens, exposeLimits: true, propagateOnRejection: true, onReject }).parseDocument();
    } catch {
      // either the limit (recorded above) or a syntax error for Apollo to report
    }
    return exceeded;
  };
  return (req, res, next) => {
    const operations: unknown[] = Array.isArray(req.body) ? req.body : [req.body ?? req.query];
    for (const operation of operations) {
      const exceeded = tooMany((operation as { query?: unknown } | null)?.query);
      if (exceeded) {
        res.status(400).json(errorBody(exceeded.replace(/\.$/, `, found more.`), ErrorCode.QUERY_LIMIT, { limit: 'maxTokens', max: maxTokens }));
        return;
      }
    }
    next();
  };
}

/** GraphQL requests that arrive while the service is still starting: UNAVAILABLE, retry later. */
export function notBeforeReady(readiness: Readiness): RequestHandler {
  return (req, res, next) => {
    if (readiness.isReady || (req.method === 'GET' && req.query.query === undefined)) return next(); // the IDE page
    res.status(503).set('Retry-After', '2').json(errorBody(`The API is ${readiness.waitingFor}; try again shortly.`, ErrorCode.UNAVAILABLE));
  };
}

/**
 * Bodies the JSON parser refuses (too large, malformed, wrong charset) answer with a short typed
 * error; anything else that reached Express's error path is logged whole under an errorId and
 * answered without its text (Express's default handler would print the stack trace in development).
 */
export function bodyErrors(log: Logger): ErrorRequestHandler {
  return (error: { type?: string; status?: number; limit?: number; length?: number }, _req, res, next) => {
    if (res.headersSent) return next(error);
    if (error.type === 'entity.too.large') {
      res.status(413).json(errorBody(`Request body limit of ${error.limit} bytes exceeded, found ${error.length}.`, ErrorCode.QUERY_LIMIT, { limit: 'maxBodyBytes', max: error.limit }));
    } else if (error.status !== undefined && error.status >= 400 && error.status < 500) {
      res.status(400).json(errorBody('The request body is not valid JSON.', ErrorCode.BAD_USER_INPUT));
    } else {
      const errorId = randomUUID();
      log.error('internal error', { errorId, err: error });
      res.status(500).json(errorBody(`Internal server error (errorId ${errorId}); the details are in the server's log.`, ErrorCode.INTERNAL, { errorId }));
    }
  };
}
