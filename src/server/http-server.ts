import http from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { GraphQLSchema } from 'graphql';
import { ApiKeys } from '../auth/api-keys';
import { HttpLimits, projectRoot, QueryLimits } from '../config/config';
import { Logger } from '../config/logger';
import { callerFrom } from '../auth/credentials';
import { Graph, RequestBookmarks } from '../graph';
import { createRequestContext, RequestContext } from '../resolvers';
import { healthRoutes } from './health-routes';
import { exploreRoutes } from './explore/explore-routes';
import { ideRoutes } from './ide/ide-routes';
import { queryStatsPlugin } from './query-stats.plugin';
import { readAccessPlugin } from './read-access.plugin';
import { Readiness } from './readiness';
import { batchLimit, bodyErrors, notBeforeReady, tokenLimit } from './request-body';
import { ExtractionLimits, ExtractionPool } from '../extraction/extraction-pool';
import { createErrorFormatter } from './format-error';
import { requestLogPlugin } from './request-log.plugin';
import { unavailableStatusPlugin } from './unavailable-status.plugin';
import { jsonAcceptStatusPlugin } from './json-accept-status.plugin';
import { queryLimits } from './query-limits';
import { streamRoutes } from './stream/stream-routes';
import { BOOKMARK_HEADER, bookmarkPlugin, readBookmarks } from './bookmarks';
import { ConsultationFeed } from '../feed';

export interface HttpServerOptions {
  graph: Graph;
  schema: GraphQLSchema;
  host: string;
  port: number;
  production: boolean;
  /** EXPOSE_STACK_TRACES: internal errors carry their stack trace (never client errors). */
  exposeStackTraces: boolean;
  log: Logger;
  http: HttpLimits;
  /** extractConsultation's worker threads. */
  extraction: ExtractionLimits;
  /** Adds `extensions.cypherQueries` to every response: used by tests and benchmarks. */
  exposeQueryStats: boolean;
  apiKeys: ApiKeys;
  readsRequireKey: boolean;
  limits: QueryLimits;
  /** Browser origins allowed to call cross-site; empty: none (same origin only). */
  corsOrigins: string[];
  readiness: Readiness;
  /** The live feed: mutations publish to it, /graphql/stream subscribes to it. */
  feed: ConsultationFeed;
}

/** What a 503 tells a client to wait before retrying. */
const RETRY_AFTER_SECONDS = 2;

export interface RunningHttpServer {
  url: string;
  port: number;
  /** Stops accepting connections, lets in-flight requests finish, then closes. */
  stop(): Promise<void>;
}

/** What Apollo's cache-control plugin answered for hint-less fields: answers are per caller and change with every write. */
const noStore: express.RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const app = express();
  app.disable('x-powered-by');
  // Node checks the request and header deadlines every connectionsCheckingInterval (30 s by
  // default, which would let a slow body live twice its limit).
  const httpServer = http.createServer(
    {
      requestTimeout: options.http.requestTimeoutMs,
      headersTimeout: options.http.headersTimeoutMs,
      keepAliveTimeout: options.http.keepAliveTimeoutMs,
      connectionsCheckingInterval: 1_000,
    },
    app,
  );
  httpServer.maxRequestsPerSocket = options.http.maxRequestsPerSocket;
  httpServer.maxConnections = options.http.maxConnections;
  const extraction = new ExtractionPool(options.extraction);
  const formatError = createErrorFormatter({ log: options.log, exposeStackTraces: options.exposeStackTraces });
  const limits = queryLimits(options.limits);
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    introspection: options.limits.introspection,
    validationRules: limits.validationRules,
    allowBatchedHttpRequests: options.limits.maxBatch > 1,
    // On by default in Apollo Server 5, stated here because it is part of the access story:
    // a browser request that could be a cross-site form post (no JSON content type, no
    // Apollo-Require-Preflight header) is refused before it runs.
    csrfPrevention: true,
    // The service stops Apollo itself, in order with the driver and Neo4j (see service.ts).
    stopOnTerminationSignals: false,
    // Stack traces are the normaliser's to give, and only for internal errors when opted in.
    includeStacktraceInErrorResponses: options.exposeStackTraces,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The IDE is our own offline GraphiQL (ide/ide-routes.ts), not Apollo's CDN-hosted page.
      ApolloServerPluginLandingPageDisabled(),
      // No field carries a cache hint, so Apollo's cache-control plugin would only wrap every
      // resolved field (~1,500 on a timeline page) to conclude "no-store"; answers say so below.
      ApolloServerPluginCacheControlDisabled(),
      ...limits.plugins,
      jsonAcceptStatusPlugin(),
      unavailableStatusPlugin(RETRY_AFTER_SECONDS),
      // Last: it logs the status the plugins above settled on.
      requestLogPlugin(options.log),
      readAccessPlugin(),
      bookmarkPlugin(),
      ...(options.exposeQueryStats ? [queryStatsPlugin()] : []),
    ],
  });
  await apollo.start();

  app.use(healthRoutes(options.graph, options.readiness));
  // CORS first: it answers preflights itself (a router below would answer OPTIONS with its own Allow).
  app.use('/graphql', cors({ origin: options.corsOrigins.length > 0 ? options.corsOrigins : false, methods: ['GET', 'POST'], exposedHeaders: [BOOKMARK_HEADER], maxAge: 600 }));
  app.use(ideRoutes(projectRoot()));
  app.use(exploreRoutes(projectRoot()));
  app.use(streamRoutes({ ...options, formatError }));
  app.use(
    '/graphql',
    express.json({ limit: options.limits.maxBodyBytes }),
    batchLimit(options.limits.maxBatch),
    tokenLimit(options.limits.maxTokens),
    notBeforeReady(options.readiness),
    noStore,
    readBookmarks,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => createRequestContext(options.graph.carrying(res.locals.bookmarks as RequestBookmarks), callerFrom(req.headers, options.apiKeys), options.readsRequireKey, options.feed, extraction),
    }),
  );

  app.use(bodyErrors(options.log));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const shownHost = options.host === '0.0.0.0' || options.host === '127.0.0.1' ? 'localhost' : options.host;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    port,
    // Open subscriptions end first: the drain would otherwise wait out its grace period for their streams.
    stop: async () => {
      options.feed.close();
      await apollo.stop();
      await extraction.close();
    },
  };
}
