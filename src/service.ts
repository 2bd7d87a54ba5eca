import { ApiKeys } from './auth/api-keys';
import { Config } from './config/config';
import { Logger } from './config/logger';
import { Graph, migrate, provideNeo4j, RunningNeo4j, SupervisedNeo4j, waitForNeo4j, refreshStaleDerivedValues } from './graph';
import { buildApiSchema } from './resolvers';
import { seedIfEmpty } from '../seed/load-seed';
import { RunningHttpServer, startHttpServer, Readiness } from './server';
import { ConsultationFeed, InProcessConsultationFeed } from './feed';

export interface RunningService {
  url: string;
  port: number;
  graph: Graph;
  embedded?: RunningNeo4j;
  /** The supervised embedded Neo4j (restarted when it exits), when this process started one. */
  supervised?: SupervisedNeo4j;
  /** The live feed of this process: the importer can publish its batches to it. */
  feed: ConsultationFeed;
  /** HTTP first (in-flight requests finish), then the driver, then the embedded Neo4j. */
  stop(): Promise<void>;
}

export interface ServiceHooks {
  /** The embedded Neo4j exited and could not be restarted: the process should exit non-zero. */
  onFatal?: (reason: string) => void;
}

/** Neo4j (provided or started), the HTTP server (answering "starting"), then Neo4j answering, migrations and seed: ready. */
export async function startService(config: Config, log: Logger, hooks: ServiceHooks = {}): Promise<RunningService> {
  const readiness = new Readiness();
  const { connection, embedded, supervised } = await provideNeo4j(config, log, {
    supervise: {
      onGiveUp: (reason) => {
        // /health/live turns 503 at once: the process can no longer serve.
        readiness.fail(reason);
        hooks.onFatal?.(reason);
      },
    },
  });
  const graph = Graph.connect(connection, {
    maxPoolSize: config.pool.maxSize,
    connectTimeoutMs: config.pool.connectTimeoutMs,
    txTimeoutMs: config.pool.txTimeoutMs,
    maxMeetingExpansion: config.pool.maxMeetingExpansion,
    log: log.child({ component: 'graph' }),
  });
  // Listen first: while Neo4j is not answering yet (a compose service still starting), clients
  // and orchestrators get "starting" from /health/ready instead of a refused connection.
  const feed = new InProcessConsultationFeed();
  let http: RunningHttpServer | undefined;
  try {
    http = await startHttpServer({
      graph,
      schema: await buildApiSchema(),
      host: config.host,
      port: config.port,
      production: config.env === 'production',
      exposeStackTraces: config.exposeStackTraces,
      log: log.child({ component: 'http' }),
      http: config.http,
      extraction: config.extraction,
      exposeQueryStats: config.exposeQueryStats,
      apiKeys: new ApiKeys(config.access),
      readsRequireKey: config.access.readsRequireKey,
      limits: config.limits,
      corsOrigins: config.corsOrigins,
      readiness,
      feed,
    });
    log.info(`Listening at ${http.url}; not ready until Neo4j answers`);
    const version = await waitForNeo4j(graph, {
      timeoutMs: config.embedded.startupTimeoutMs,
      onRetry: (reason, delay) => {
        readiness.waiting(`starting: Neo4j not answering yet (${reason})`);
        log.warn(`Neo4j not answering yet (${reason}); retrying in ${delay} ms`);
      },
    });
    readiness.waiting('starting: applying migrations');
    const migrations = await migrate(graph);
    log.info(
      `Neo4j ${version}: migrations applied ${JSON.stringify(migrations.applied)}, ` +
        `already present ${JSON.stringify(migrations.alreadyApplied)}`,
    );
    readiness.waiting('starting: deriving cadences and level parity');
    const refreshed = await refreshStaleDerivedValues(graph);
    if (refreshed > 0) log.info(`Derived values (cadence, level parity, search labels) computed for ${refreshed} series`);
    if (config.seedOnStart) {
      readiness.waiting('starting: loading the seed');
      const seeded = await seedIfEmpty(graph);
      log.info(seeded ? `Empty graph: loaded the seed (${seeded.consultations} consultations)` : 'Graph has data: seed not loaded');
    }
    readiness.markReady();
    const running = http;
    return {
      url: running.url,
      port: running.port,
      graph,
      embedded,
      supervised,
      feed,
      stop: async () => {
        await running.stop();
        await graph.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await http?.stop();
    await graph.close();
    await embedded?.stop();
    throw error;
  }
}
