import fs from 'node:fs';
import { syntheticRecords } from '../src/generate/synthetic-records';
import { Graph } from '../src/graph/graph';
import { migrate } from '../src/graph/migrations/migrate';
import { databaseStoreDir } from '../src/graph/neo4j-process';
import { bulkImport, BulkImportSummary } from '../src/import/bulk/bulk-import';
import { importRecords } from '../src/import/import-records';
import { createProgress } from '../src/import/progress';
import { SourceLine } from '../src/import/source-lines';

export interface Dataset {
  events: number;
  seed: number;
  /** 'bulk' (offline importer, then migrations and the deferred lines) or 'online' (transactions only). */
  load: string;
  importSeconds: number;
  importEventsPerSecond: number;
  /** How the import time was spent, e.g. "plan 37 s, offline import 27 s, …". */
  breakdown: string;
}

const FIND = 'MATCH (d:BenchDataset) RETURN d {.events, .seed, .load, .importSeconds, .importEventsPerSecond, .breakdown} AS d';
const MARK = 'CREATE (d:BenchDataset) SET d = $dataset';
const WIPE = 'MATCH (n) WHERE NOT n:Migration CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS';

/** The dataset the graph holds, if a finished load marked it. */
export async function findDataset(graph: Graph, events: number, seed: number): Promise<Dataset | undefined> {
  const [found] = await graph.read<{ d: Dataset }>(FIND);
  return found && found.d.events === events && found.d.seed === seed ? found.d : undefined;
}

/** An embedded data directory with no database yet can be bulk-loaded before Neo4j starts. */
export function canBulkLoad(dataDir: string): boolean {
  return !fs.existsSync(databaseStoreDir(dataDir));
}

/**
 * Step one of a bulk load, before Neo4j starts: the generated records planned and written by
 * Neo4j's offline importer (what `npm run import -- FILE --initial` does).
 */
export async function bulkLoadOffline(root: string, dataDir: string, events: number, seed: number, log: (line: string) => void): Promise<BulkImportSummary> {
  const progress = createProgress(events, `plan ${events} events`);
  try {
    return await bulkImport(lines(events, seed), { root, dataDir, batchSize: 2_000, onProgress: (done) => progress.update(done), log });
  } finally {
    progress.stop();
  }
}

/**
 * Step two, once Neo4j runs: migrations (constraints and indexes built over the loaded data),
 * the lines only transactions write, and the marker. The import figure is the whole wall time
 * from the first line read to a graph ready to query, Neo4j's start included.
 */
export async function finishBulkLoad(
  graph: Graph,
  offline: BulkImportSummary,
  run: { events: number; seed: number; startedAt: number; batchSize: number },
): Promise<Dataset> {
  const migrating = performance.now();
  await migrate(graph);
  const migrateSeconds = (performance.now() - migrating) / 1000;
  const rest = await importRecords(graph, fromArray(offline.deferred), { batchSize: run.batchSize });
  const rejected = [...offline.rejected, ...rest.rejected];
  if (rejected.length > 0) throw new Error(`generated records rejected: ${JSON.stringify(rejected.slice(0, 3))}`);
  const seconds = (performance.now() - run.startedAt) / 1000;
  const startSeconds = seconds - offline.planSeconds - offline.adminImportSeconds - migrateSeconds - rest.seconds;
  const breakdown =
    `plan ${round(offline.planSeconds)} s, offline import ${round(offline.adminImportSeconds)} s (${offline.nodes} nodes, ${offline.relationships} relationships), ` +
    `Neo4j start ${round(startSeconds)} s, constraints and indexes ${round(migrateSeconds)} s, ${offline.deferred.length} lines by transaction ${round(rest.seconds)} s`;
  return mark(graph, { load: 'bulk', seconds, breakdown, events: run.events, seed: run.seed });
}

/** The transactional path: wipe, then every record through the importer in batches. */
export async function loadOnline(graph: Graph, events: number, seed: number, batchSize: number): Promise<Dataset> {
  await migrate(graph);
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run(WIPE);
  } finally {
    await session.close();
  }
  const progress = createProgress(events, `load ${events} events`);
  const summary = await importRecords(graph, lines(events, seed), { batchSize, onProgress: (done) => progress.update(done) });
  progress.stop();
  if (summary.rejected.length > 0) throw new Error(`generated records rejected: ${JSON.stringify(summary.rejected.slice(0, 3))}`);
  return mark(graph, { load: 'online', seconds: summary.seconds, breakdown: `${summary.batches} transactions of ${batchSize}`, events, seed });
}

async function mark(graph: Graph, m: { load: string; seconds: number; breakdown: string; events: number; seed: number }): Promise<Dataset> {
  const dataset: Dataset = {
    events: m.events,
    seed: m.seed,
    load: m.load,
    importSeconds: round(m.seconds),
    importEventsPerSecond: Math.round(m.events / m.seconds),
    breakdown: m.breakdown,
  };
  await graph.write(MARK, { dataset: { ...dataset } });
  return dataset;
}

async function* lines(events: number, seed: number): AsyncGenerator<SourceLine> {
  let line = 0;
  for (const value of syntheticRecords({ events, seed })) yield { line: (line += 1), value };
}

async function* fromArray(items: SourceLine[]): AsyncGenerator<SourceLine> {
  yield* items;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
