import http from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLSchema } from 'graphql';
import { ApiKeys } from '../auth/api-keys';
import { callerFrom } from '../auth/credentials';
import { Graph } from '../graph/graph';
import { createRequestContext, RequestContext } from './context';
import { healthRoutes } from './health-routes';
import { queryStatsPlugin } from './query-stats.plugin';
import { readAccessPlugin } from './read-access.plugin';

export interface HttpServerOptions {
  graph: Graph;
  schema: GraphQLSchema;
  host: string;
  port: number;
  production: boolean;
  /** Adds `extensions.cypherQueries` to every response: used by tests and benchmarks. */
  exposeQueryStats: boolean;
  apiKeys: ApiKeys;
  readsRequireKey: boolean;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  /** Stops accepting connections, lets in-flight requests finish, then closes. */
  stop(): Promise<void>;
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    introspection: true,
    // The service stops Apollo itself, in order with the driver and Neo4j (see service.ts).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !options.production,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
      readAccessPlugin(),
      ...(options.exposeQueryStats ? [queryStatsPlugin()] : []),
    ],
  });
  await apollo.start();

  app.use(healthRoutes(options.graph));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createRequestContext(options.graph, callerFrom(req.headers, options.apiKeys), options.readsRequireKey),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const shownHost = options.host === '0.0.0.0' || options.host === '127.0.0.1' ? 'localhost' : options.host;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    port,
    stop: () => apollo.stop(),
  };
}
