import express, { Router } from 'express';
import { GraphQLError, GraphQLFormattedError, GraphQLSchema, parse, specifiedRules, validate, ValidationRule } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { createHandler } from 'graphql-sse/lib/use/express';
import { ApiKeys } from '../../auth/api-keys';
import { callerFrom, Caller } from '../../auth/credentials';
import { QueryLimits } from '../../config/config';
import { ErrorCode } from '../../errors';
import { ConsultationFeed } from '../../feed';
import { Graph } from '../../graph';
import { createRequestContext, RequestContext } from '../../resolvers';
import { pageAwareCost } from '../cost-estimator';
import { queryLimits } from '../query-limits';
import { Readiness } from '../readiness';
import { notBeforeReady, tokenLimit } from '../request-body';
import { subscribeWithFreshContexts } from './per-event-context';

export const STREAM_PATH = '/graphql/stream';

export interface StreamOptions {
  graph: Graph;
  schema: GraphQLSchema;
  apiKeys: ApiKeys;
  readsRequireKey: boolean;
  feed: ConsultationFeed;
  limits: QueryLimits;
  readiness: Readiness;
  /** The service's error normaliser (format-error.ts). */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

/** Queries and mutations have their endpoint, with its limits and plugins; the stream serves subscriptions only. */
const onlySubscriptions: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'subscription') {
      context.reportError(new GraphQLError(`Only subscriptions are served at ${STREAM_PATH}; send ${node.operation === 'query' ? 'queries' : 'mutations'} to /graphql.`, { nodes: [node], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
    }
  },
});

/** graphql-sse wants an indexable context type. */
type StreamContext = RequestContext & Record<PropertyKey, unknown>;

const errorResponse = (status: number, message: string, code: ErrorCode) =>
  [JSON.stringify({ errors: [{ message, extensions: { code } }] }), { status, statusText: code, headers: { 'content-type': 'application/json; charset=utf-8' } }] as const;

/**
 * GET/POST /graphql/stream: GraphQL over Server-Sent Events (the graphql-sse protocol, distinct
 * connections mode: one stream per subscription, no reservation). The same schema, access rule
 * and limits as /graphql: with READS_REQUIRE_KEY a subscription needs a reader or editor key
 * (401 otherwise); depth, aliases, directives, tokens, body size and cost are checked before it
 * starts. Each event runs with fresh batch loaders (see per-event-context.ts).
 */
export function streamRoutes(options: StreamOptions): Router {
  const limits = queryLimits(options.limits);
  const rules = [...specifiedRules, ...limits.validationRules, onlySubscriptions];
  const contextFor = (caller: Caller) => createRequestContext(options.graph, caller, options.readsRequireKey, options.feed) as StreamContext;
  const handler = createHandler<StreamContext>({
    schema: options.schema,
    // No token: every request is its own stream ("distinct connections mode").
    authenticate: (req) => {
      const caller = callerFrom(req.raw.headers, options.apiKeys);
      if (options.readsRequireKey && caller.role === null) {
        return errorResponse(401, 'Reading this API needs an API key (Authorization: Bearer <key>).', ErrorCode.UNAUTHENTICATED);
      }
      return null;
    },
    context: (req) => contextFor(callerFrom(req.raw.headers, options.apiKeys)),
    validate: (schema, document) => validate(schema, document, rules),
    onSubscribe: (_req, params) => {
      let cost: number;
      try {
        cost = getComplexity({ schema: options.schema, query: parse(params.query), variables: params.variables ?? {}, operationName: params.operationName ?? undefined, estimators: [pageAwareCost] });
      } catch {
        return; // a syntax or variable error: graphql-sse reports it
      }
      const max = options.limits.maxCost;
      if (cost > max) return { errors: [new GraphQLError(`Query cost limit of ${max} exceeded, found ${cost}.`, { extensions: { code: ErrorCode.QUERY_LIMIT, limit: 'maxCost', max } })] };
      return undefined;
    },
    subscribe: (args) => subscribeWithFreshContexts(args, () => contextFor(args.contextValue.caller)),
    onNext: (_ctx, _req, result) =>
      result.errors ? { ...result, errors: result.errors.map((e) => options.formatError(e instanceof GraphQLError ? e.toJSON() : e, e) as GraphQLError) } : result,
  });

  const router = Router();
  router.use(
    STREAM_PATH,
    express.json({ limit: options.limits.maxBodyBytes }),
    tokenLimit(options.limits.maxTokens),
    notBeforeReady(options.readiness),
    (req, res, next) => {
      handler(req, res).catch(next);
    },
  );
  return router;
}
