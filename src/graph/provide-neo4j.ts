import { Config, projectRoot } from '../config/config';
import { Logger } from '../config/logger';
import { GraphConnection } from './graph';
import { EmbeddedNeo4j } from './neo4j-process';

export interface ProvidedNeo4j {
  connection: GraphConnection;
  /** Present when this process started Neo4j itself and must stop it on exit. */
  embedded?: EmbeddedNeo4j;
}

/** The configured server when NEO4J_URI is set; otherwise an embedded Neo4j started here. */
export async function provideNeo4j(config: Config, log: Logger): Promise<ProvidedNeo4j> {
  if (config.neo4j) {
    log.info(`Using the Neo4j server at ${config.neo4j.uri} (database "${config.neo4j.database}")`);
    return { connection: config.neo4j };
  }
  const embedded = await EmbeddedNeo4j.start({
    root: projectRoot(),
    dataDir: config.embedded.dataDir,
    port: config.embedded.port,
    heap: config.embedded.heap,
    pageCache: config.embedded.pageCache,
    startupTimeoutMs: config.embedded.startupTimeoutMs,
    txTimeoutMs: config.pool.txTimeoutMs * 2,
    log: (line) => log.info(line),
  });
  log.info(`Embedded Neo4j is up at ${embedded.uri} (pid ${embedded.pid})`);
  return { connection: { uri: embedded.uri, database: 'neo4j' }, embedded };
}
