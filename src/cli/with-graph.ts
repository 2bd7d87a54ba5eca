import 'reflect-metadata';
import { Config, ConfigError, loadConfig } from '../config/config';
import { createLogger, Logger } from '../config/logger';
import { Graph, migrate, Neo4jSetupError, provideNeo4j, waitForNeo4j } from '../graph';

/** A command-line error the user can fix (bad arguments, missing file): message only, exit 2. */
export class UsageError extends Error {}

type Work = (graph: Graph, log: Logger, config: Config) => Promise<number>;

export interface RunOptions {
  /** Runs before Neo4j is provided (e.g. an offline bulk load into the embedded data directory). */
  beforeNeo4jStarts?: (config: Config, log: Logger) => Promise<void>;
}

/**
 * The frame of every command-line tool that needs the graph: configuration, the configured or
 * embedded Neo4j, migrations, then `work`; the driver and an embedded Neo4j are always stopped.
 * `work` returns the process exit code.
 */
export function runWithGraph(work: Work, options: RunOptions = {}): void {
  main(work, options).then(
    (code) => process.exit(code),
    (error: unknown) => {
      const known = error instanceof ConfigError || error instanceof Neo4jSetupError || error instanceof UsageError;
      process.stderr.write(`${known ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(error instanceof ConfigError || error instanceof UsageError ? 2 : 1);
    },
  );
}

async function main(work: Work, options: RunOptions): Promise<number> {
  const config = loadConfig();
  // Progress and reports go to stdout/stderr; the service's info lines would only interleave with them.
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, 'consultations', { json: config.logFormat === 'json', fd: 2 });
  await options.beforeNeo4jStarts?.(config, log);
  const { connection, embedded } = await provideNeo4j(config, log);
  const graph = Graph.connect(connection, { maxPoolSize: 10, connectTimeoutMs: config.pool.connectTimeoutMs, txTimeoutMs: config.pool.txTimeoutMs });
  const stop = async () => {
    await graph.close();
    await embedded?.stop();
  };
  // Ctrl-C: the open transaction is rolled back by Neo4j; stop an embedded database cleanly.
  const onSignal = () => void stop().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await waitForNeo4j(graph, { timeoutMs: config.embedded.startupTimeoutMs });
    await migrate(graph);
    return await work(graph, log, config);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await stop();
  }
}
