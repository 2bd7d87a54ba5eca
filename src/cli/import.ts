import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { Config, projectRoot } from '../config/config';
import { Graph, databaseStoreDir } from '../graph';
import { bulkImport, BulkImportSummary } from '../import/bulk/bulk-import';
import { importRecords, ImportSummary, Rejection } from '../import/import-records';
import { createProgress } from '../import/progress';
import { countDataLines, formatOf, ImportFormat, readSourceLines, SourceLine } from '../import/source-lines';
import { runWithGraph, UsageError } from './with-graph';

const USAGE = 'usage: npm run import -- <file.jsonl|file.csv> [--initial] [--batch-size N] [--rejects report.jsonl]';
const SHOWN_REJECTIONS = 20;

interface Arguments {
  file: string;
  format: ImportFormat;
  initial: boolean;
  batchSize: number;
  rejects: string | undefined;
}

let args: Arguments;
let initial: BulkImportSummary | undefined;

/**
 * `npm run import -- <file>`: JSON Lines (one record per line, the shape of the recordConsultation
 * input) or CSV (see src/import/csv-record.ts). Exit 0 when every line was imported, 3 when some
 * were rejected (listed, and all written to the rejects report).
 *
 * `--initial` loads an empty embedded graph with Neo4j's offline importer first (the same
 * validation and name resolution, no transactions), then writes the few lines only a
 * transaction can write exactly. It refuses a data directory that already holds a database.
 */
runWithGraph(
  async (graph) => {
    const summary = await importTransactionally(graph);
    const out = process.stdout;
    const rejected: Rejection[] = [...(initial?.rejected ?? []), ...summary.rejected].sort((a, b) => a.line - b.line);
    if (initial) {
      out.write(
        `Bulk-loaded ${args.file}: ${initial.lines} lines, ${initial.created} consultations, ${initial.nodes} nodes, ${initial.relationships} relationships ` +
          `(planned in ${initial.planSeconds.toFixed(1)} s, offline import ${initial.adminImportSeconds.toFixed(1)} s); ${initial.deferred.length} lines left for transactions\n`,
      );
    }
    out.write(
      `Imported ${args.file}${initial ? ' (lines left for transactions)' : ''}: ${summary.lines} lines in ${summary.seconds.toFixed(1)} s (${Math.round(summary.lines / Math.max(summary.seconds, 0.001))} lines/s, ${summary.batches} transactions)\n` +
        `  consultations created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}; relations ${summary.relations}; rejected ${rejected.length}\n`,
    );
    if (rejected.length === 0) return 0;
    const reportPath = args.rejects ?? `${args.file}.rejected.jsonl`;
    fs.writeFileSync(reportPath, rejected.map((r) => JSON.stringify(r)).join('\n') + '\n');
    for (const r of rejected.slice(0, SHOWN_REJECTIONS)) out.write(`  line ${r.line}: ${r.reasons.join('; ')}\n`);
    if (rejected.length > SHOWN_REJECTIONS) out.write(`  … and ${rejected.length - SHOWN_REJECTIONS} more\n`);
    out.write(`  every rejected line with its reasons: ${reportPath}\n`);
    return 3;
  },
  {
    beforeNeo4jStarts: async (config) => {
      args = readArguments();
      if (args.initial) initial = await loadOffline(config);
    },
  },
);

/** The whole file, or after a bulk load the lines it left for transactions. */
async function importTransactionally(graph: Graph): Promise<ImportSummary> {
  const total = initial ? initial.deferred.length : await countDataLines(args.file, args.format);
  const lines = initial ? fromArray(initial.deferred) : readSourceLines(args.file, args.format);
  const progress = total > 0 ? createProgress(total, initial ? 'import (after the bulk load)' : 'import') : undefined;
  try {
    return await importRecords(graph, lines, { batchSize: args.batchSize, onProgress: (done) => progress?.update(done) });
  } finally {
    progress?.stop();
  }
}

function readArguments(): Arguments {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'batch-size': { type: 'string' }, rejects: { type: 'string' }, initial: { type: 'boolean', default: false } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError(USAGE);
  if (!fs.existsSync(file)) throw new UsageError(`${file}: no such file`);
  const format = formatOf(file);
  if (!format) throw new UsageError(`${file}: expected a .jsonl, .ndjson or .csv file`);
  const batchSize = values['batch-size'] === undefined ? 500 : Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 5_000) throw new UsageError('--batch-size must be a whole number from 1 to 5000');
  return { file, format, initial: values.initial ?? false, batchSize, rejects: values.rejects };
}

async function loadOffline(config: Config): Promise<BulkImportSummary> {
  if (config.neo4j) throw new UsageError('--initial loads the embedded Neo4j offline; unset NEO4J_URI (a running server cannot be bulk-loaded from here).');
  if (fs.existsSync(databaseStoreDir(config.embedded.dataDir))) {
    throw new UsageError(`--initial needs an empty graph, and ${config.embedded.dataDir} already holds one: import without --initial, or point NEO4J_EMBEDDED_DATA_DIR at a new directory.`);
  }
  const progress = createProgress(await countDataLines(args.file, args.format), 'plan bulk load');
  try {
    return await bulkImport(readSourceLines(args.file, args.format), {
      root: projectRoot(),
      dataDir: config.embedded.dataDir,
      batchSize: 2_000,
      onProgress: (done) => progress.update(done),
    });
  } finally {
    progress.stop();
  }
}

async function* fromArray(lines: SourceLine[]): AsyncGenerator<SourceLine> {
  yield* lines;
}
