import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/config';
import { createLogger } from '../config/logger';
import { Graph } from '../graph/graph';
import { migrate } from '../graph/migrations/migrate';
import { Neo4jSetupError } from '../graph/neo4j-process';
import { provideNeo4j } from '../graph/provide-neo4j';
import { waitForNeo4j } from '../graph/wait-for-neo4j';
import { loadSeed } from '../../seed/load-seed';

/** `npm run seed`: migrations, then the curated facts (idempotent), against the configured or embedded Neo4j. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const { connection, embedded } = await provideNeo4j(config, log);
  const graph = Graph.connect(connection, { maxPoolSize: 10, connectTimeoutMs: config.pool.connectTimeoutMs, txTimeoutMs: config.pool.txTimeoutMs });
  try {
    await waitForNeo4j(graph, { timeoutMs: config.embedded.startupTimeoutMs });
    await migrate(graph);
    const summary = await loadSeed(graph);
    log.info(`Seed loaded: ${summary.consultations} consultations, ${summary.relations} diplomatic relations, ${summary.agreements} agreements`);
  } finally {
    await graph.close();
    await embedded?.stop();
  }
}

main().catch((error) => {
  const known = error instanceof ConfigError || error instanceof Neo4jSetupError;
  process.stderr.write(`${known ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(known && error instanceof ConfigError ? 2 : 1);
});
