import { Config, projectRoot } from '../config/config';
import { Logger } from '../config/logger';
import { GraphConnection } from './graph';
import { EmbeddedNeo4j, EmbeddedNeo4jOptions, SupervisedNeo4j } from './neo4j-process';

/** An embedded Neo4j as its owner sees it: where it listens, and how to stop it. */
export interface RunningNeo4j {
  uri: string;
  pid: number;
  stop(timeoutMs?: number): Promise<void>;
}

export interface ProvidedNeo4j {
  connection: GraphConnection;
  /** Present when this process started Neo4j itself and must stop it on exit. */
  embedded?: RunningNeo4j;
  /** Present when the embedded Neo4j is supervised (the service; command-line tools are not). */
  supervised?: SupervisedNeo4j;
}

export interface ProvideOptions {
  /** Restart the embedded Neo4j when it exits; `onGiveUp` when it cannot come back. */
  supervise?: { onGiveUp: (reason: string) => void };
}

/** The configured server when NEO4J_URI is set; otherwise an embedded Neo4j started here. */
export async function provideNeo4j(config: Config, log: Logger, options: ProvideOptions = {}): Promise<ProvidedNeo4j> {
  if (config.neo4j) {
    log.info(`Using the Neo4j server at ${config.neo4j.uri} (database "${config.neo4j.database}")`);
    return { connection: config.neo4j };
  }
  const neo4jLog = log.child({ component: 'neo4j' });
  const settings: EmbeddedNeo4jOptions = {
    root: projectRoot(),
    dataDir: config.embedded.dataDir,
    port: config.embedded.port,
    heap: config.embedded.heap,
    pageCache: config.embedded.pageCache,
    startupTimeoutMs: config.embedded.startupTimeoutMs,
    txTimeoutMs: config.pool.txTimeoutMs * 2,
    log: (line) => neo4jLog.info(line),
  };
  if (options.supervise) {
    const supervised = await SupervisedNeo4j.start(settings, { log: neo4jLog, maxAttempts: config.embedded.maxRestarts, onGiveUp: options.supervise.onGiveUp });
    log.info(`Embedded Neo4j is up at ${supervised.uri} (pid ${supervised.pid}), restarted if it exits`);
    return { connection: { uri: supervised.uri, database: 'neo4j' }, embedded: supervised, supervised };
  }
  const embedded = await EmbeddedNeo4j.start(settings);
  log.info(`Embedded Neo4j is up at ${embedded.uri} (pid ${embedded.pid})`);
  return { connection: { uri: embedded.uri, database: 'neo4j' }, embedded };
}
