import fs from 'node:fs';
import path from 'node:path';
import { adminImport } from '../../graph';
import { Rejection, ResolvedOfficials } from '../import-records';
import { SourceLine } from '../source-lines';
import { BulkPlan, Pending } from './bulk-plan';
import { ARRAY_DELIMITER_OPTION } from './csv-file';
import { GraphFiles } from './graph-files';
import { CheckedLine } from './record-check';
import { defaultCheckThreads, RecordChecks } from './record-checks';

/** Chunks checked ahead of the one being planned: enough to keep the worker threads busy, few enough to bound the memory. */
const CHECKS_AHEAD = 4;

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
  /** Worker threads validating lines (0: in this thread); default every core but one. */
  checkThreads?: number;
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
  const checks = new RecordChecks(options.checkThreads ?? defaultCheckThreads());
  const summary: BulkImportSummary = { lines: 0, created: 0, deferred: [], rejected: [], nodes: 0, relationships: 0, planSeconds: 0, adminImportSeconds: 0 };
  const started = performance.now();
  // Chunks are checked ahead, in worker threads, and planned in file order as their checks come back.
  const inFlight: Array<{ items: SourceLine[]; checked: Promise<CheckedLine[]> }> = [];
  const checkAhead = (items: SourceLine[]) => {
    const checked = checks.check(items);
    checked.catch(() => undefined); // read (and thrown) in order by planNext; not an unhandled rejection meanwhile
    inFlight.push({ items, checked });
  };
  try {
    let batch: Array<Pending & { item: SourceLine }> = [];
    const flush = async () => {
      const deferred = await plan.add(batch);
      const byLine = new Map(batch.map((p) => [p.line, p.item]));
      summary.deferred.push(...deferred.map((d) => byLine.get(d.line)!));
      batch = [];
      options.onProgress?.(linesPlanned);
    };
    let linesPlanned = 0;
    const planNext = async () => {
      const { items, checked } = inFlight.shift()!;
      for (const [i, result] of (await checked).entries()) {
        linesPlanned += 1;
        if (result.outcome === 'rejected') summary.rejected.push({ line: result.line, reasons: result.reasons });
        else if (result.outcome === 'other') summary.deferred.push(items[i]);
        else batch.push({ line: result.line, record: result.record, fingerprint: result.fingerprint, item: items[i] });
        if (batch.length >= batchSize) await flush();
      }
    };
    let chunk: SourceLine[] = [];
    for await (const item of lines) {
      summary.lines += 1;
      chunk.push(item);
      if (chunk.length < batchSize) continue;
      checkAhead(chunk);
      chunk = [];
      if (inFlight.length >= CHECKS_AHEAD) await planNext();
    }
    if (chunk.length > 0) checkAhead(chunk);
    while (inFlight.length > 0) await planNext();
    await flush();
    await plan.finish();
  } finally {
    // Every chunk's check settles before the pool closes (a failed plan leaves some unread).
    await Promise.allSettled(inFlight.map((c) => c.checked));
    await checks.close();
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
