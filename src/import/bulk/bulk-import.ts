import fs from 'node:fs';
import path from 'node:path';
import { consultationRecord } from '../../domain/consultation-record';
import { adminImport } from '../../graph';
import { reasonsOf, recordTypeOf, Rejection, ResolvedOfficials } from '../import-records';
import { SourceLine } from '../source-lines';
import { BulkPlan, Pending } from './bulk-plan';
import { ARRAY_DELIMITER_OPTION } from './csv-file';
import { GraphFiles } from './graph-files';

export interface BulkImportSummary {
  lines: number;
  /** Events written by the offline importer. */
  created: number;
  /** Lines only a transaction can write exactly (updates of planned events, relations, side meetings): import them once the database runs. */
  deferred: SourceLine[];
  rejected: Rejection[];
  nodes: number;
  relationships: number;
  planSeconds: number;
  adminImportSeconds: number;
}

export interface BulkImportOptions {
  root: string;
  /** The embedded Neo4j's data directory; it must not hold a database yet. */
  dataDir: string;
  batchSize?: number;
  onProgress?: (linesDone: number) => void;
  log?: (line: string) => void;
}

/**
 * The initial load of an empty graph: every line validated with the same schema as the
 * transactional importer and planned into CSV files (BulkPlan), which Neo4j's offline importer
 * turns into a store in one pass — no transactions, no index maintenance while loading. The
 * indexes are built by the migrations when the database starts. Returns the lines the caller
 * must still import transactionally.
 */
export async function bulkImport(lines: AsyncIterable<SourceLine>, options: BulkImportOptions): Promise<BulkImportSummary> {
  const batchSize = options.batchSize ?? 500;
  const csvDir = path.join(options.dataDir, 'bulk-import-csv');
  fs.rmSync(csvDir, { recursive: true, force: true });
  fs.mkdirSync(csvDir, { recursive: true });
  const files = new GraphFiles(csvDir);
  const plan = new BulkPlan(files, new ResolvedOfficials());
  const summary: BulkImportSummary = { lines: 0, created: 0, deferred: [], rejected: [], nodes: 0, relationships: 0, planSeconds: 0, adminImportSeconds: 0 };
  const started = performance.now();
  try {
    let batch: Array<Pending & { item: SourceLine }> = [];
    const flush = async () => {
      const deferred = await plan.add(batch);
      const byLine = new Map(batch.map((p) => [p.line, p.item]));
      summary.deferred.push(...deferred.map((d) => byLine.get(d.line)!));
      batch = [];
      options.onProgress?.(summary.lines);
    };
    for await (const item of lines) {
      summary.lines += 1;
      if ('error' in item) {
        summary.rejected.push({ line: item.line, reasons: [item.error] });
      } else if (recordTypeOf(item.value) !== 'consultation') {
        summary.deferred.push(item);
      } else {
        const parsed = consultationRecord.safeParse(item.value);
        if (parsed.success) batch.push({ line: item.line, record: parsed.data, item });
        else summary.rejected.push({ line: item.line, reasons: reasonsOf(parsed.error) });
        if (batch.length >= batchSize) await flush();
      }
    }
    await flush();
    await plan.finish();
  } finally {
    await files.close();
  }
  summary.created = plan.created;
  Object.assign(summary, files.counts());
  summary.deferred.sort((a, b) => a.line - b.line);
  summary.planSeconds = (performance.now() - started) / 1000;

  const importStarted = performance.now();
  await adminImport({
    root: options.root,
    dataDir: options.dataDir,
    args: [...files.importArguments(), ARRAY_DELIMITER_OPTION, '--multiline-fields=true', '--id-type=string', '--threads=2'],
    log: options.log,
  });
  summary.adminImportSeconds = (performance.now() - importStarted) / 1000;
  fs.rmSync(csvDir, { recursive: true, force: true });
  return summary;
}
