import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { importRecords, ImportSummary } from '../import/import-records';
import { createProgress } from '../import/progress';
import { countDataLines, formatOf, readSourceLines } from '../import/source-lines';
import { runWithGraph, UsageError } from './with-graph';

const USAGE = 'usage: npm run import -- <file.jsonl|file.csv> [--batch-size N] [--rejects report.jsonl]';
const SHOWN_REJECTIONS = 20;

/**
 * `npm run import -- <file>`: JSON Lines (one record per line, the shape of the recordConsultation
 * input) or CSV (see src/import/csv-record.ts). Exit 0 when every line was imported, 3 when some
 * were rejected (listed, and all written to the rejects report).
 */
runWithGraph(async (graph) => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'batch-size': { type: 'string' }, rejects: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError(USAGE);
  if (!fs.existsSync(file)) throw new UsageError(`${file}: no such file`);
  const format = formatOf(file);
  if (!format) throw new UsageError(`${file}: expected a .jsonl, .ndjson or .csv file`);
  const batchSize = values['batch-size'] === undefined ? 500 : Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 5_000) throw new UsageError('--batch-size must be a whole number from 1 to 5000');

  const progress = createProgress(await countDataLines(file, format), 'import');
  let summary: ImportSummary;
  try {
    summary = await importRecords(graph, readSourceLines(file, format), { batchSize, onProgress: (done) => progress.update(done) });
  } finally {
    progress.stop();
  }
  const out = process.stdout;
  out.write(
    `Imported ${file}: ${summary.lines} lines in ${summary.seconds.toFixed(1)} s (${Math.round(summary.lines / Math.max(summary.seconds, 0.001))} lines/s, ${summary.batches} transactions)\n` +
      `  consultations created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}; relations ${summary.relations}; rejected ${summary.rejected.length}\n`,
  );
  if (summary.rejected.length === 0) return 0;
  const reportPath = values.rejects ?? `${file}.rejected.jsonl`;
  fs.writeFileSync(reportPath, summary.rejected.map((r) => JSON.stringify(r)).join('\n') + '\n');
  for (const r of summary.rejected.slice(0, SHOWN_REJECTIONS)) out.write(`  line ${r.line}: ${r.reasons.join('; ')}\n`);
  if (summary.rejected.length > SHOWN_REJECTIONS) out.write(`  … and ${summary.rejected.length - SHOWN_REJECTIONS} more\n`);
  out.write(`  every rejected line with its reasons: ${reportPath}\n`);
  return 3;
});
