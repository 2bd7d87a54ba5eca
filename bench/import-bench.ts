import os from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/config';
import { createLogger } from '../src/config/logger';
import { Graph, migrate, provideNeo4j, waitForNeo4j } from '../src/graph';
import { importRecords } from '../src/import/import-records';
import { readSourceLines } from '../src/import/source-lines';

/**
 * The transactional importer's speed by itself: `node dist/bench/import-bench.js FILE.jsonl
 * [--batch-size N] [--warm-up LINES]`, against the configured Neo4j (NEO4J_URI) or an embedded one
 * (point NEO4J_EMBEDDED_DATA_DIR at a new directory for an empty graph). Lines after the warm-up
 * are timed, so the JVM's and the query planner's first minutes do not count; the machine's load
 * is printed beside the figure, since a shared machine's figures vary with it.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'batch-size': { type: 'string' }, 'warm-up': { type: 'string' } } });
  const file = positionals[0];
  if (!file) throw new Error('usage: node dist/bench/import-bench.js FILE.jsonl [--batch-size N] [--warm-up LINES]');
  const batchSize = Number(values['batch-size'] ?? 500);
  const warmUp = Number(values['warm-up'] ?? 0);
  const config = loadConfig();
  const { connection, embedded } = await provideNeo4j(config, createLogger('warn', 'import-bench', { json: false, fd: 2 }));
  const graph = Graph.connect(connection, { maxPoolSize: 4, connectTimeoutMs: config.pool.connectTimeoutMs, txTimeoutMs: 600_000 });
  try {
    await waitForNeo4j(graph, { timeoutMs: config.embedded.startupTimeoutMs });
    await migrate(graph);
    const loadBefore = os.loadavg()[0];
    let timedFrom = { lines: 0, at: process.hrtime.bigint() };
    const summary = await importRecords(graph, readSourceLines(file, 'jsonl'), {
      batchSize,
      onProgress: (lines) => {
        if (warmUp > 0 && timedFrom.lines === 0 && lines >= warmUp) timedFrom = { lines, at: process.hrtime.bigint() };
      },
    });
    const seconds = Number(process.hrtime.bigint() - timedFrom.at) / 1e9;
    const timed = summary.lines - timedFrom.lines;
    process.stdout.write(
      `${JSON.stringify({
        file,
        batchSize,
        lines: summary.lines,
        timedLines: timed,
        seconds: Number(seconds.toFixed(1)),
        eventsPerSecond: Math.round(timed / seconds),
        transactions: summary.batches,
        rejected: summary.rejected.length,
        load: { before: loadBefore, after: os.loadavg()[0], cores: os.cpus().length },
      })}\n`,
    );
  } finally {
    await graph.close();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
