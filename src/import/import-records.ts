import { z } from 'zod';
import { ConsultationRecord, consultationRecord, recordProblems } from '../domain/consultation-record';
import { agreementRecord, diplomaticRelationsRecord } from '../domain/relation-records';
import { OfficialHints, OtherSeriesError, recordConsultations, spellingsOf, UnknownOfficialError, Graph, recordAgreement, recordDiplomaticRelations } from '../graph';
import { SourceLine } from './source-lines';
import { changesOf, ConsultationPublisher } from '../feed';

export interface Rejection {
  line: number;
  reasons: string[];
}

export interface ImportSummary {
  lines: number;
  created: number;
  updated: number;
  unchanged: number;
  relations: number;
  rejected: Rejection[];
  batches: number;
  seconds: number;
}

export interface ImportOptions {
  /** Records per transaction. Every batch holds whole records only: an interruption loses at most the open batch, never half a record. */
  batchSize?: number;
  onProgress?: (linesDone: number, summary: ImportSummary) => void;
  /** Told of every batch's created and updated events once the batch has committed (the live feed). */
  publisher?: ConsultationPublisher;
}

type Pending = { line: number; record: ConsultationRecord };

/**
 * Validates every line with the one record schema and writes the valid ones in batches.
 * Invalid lines are reported with their line number and every reason, and never written.
 * Re-running a file is harmless: records are MERGEd on their identity, and a record identical
 * to the stored one is counted as unchanged and not rewritten.
 */
export async function importRecords(graph: Graph, lines: AsyncIterable<SourceLine>, options: ImportOptions = {}): Promise<ImportSummary> {
  const batchSize = options.batchSize ?? 500;
  const started = process.hrtime.bigint();
  const summary: ImportSummary = { lines: 0, created: 0, updated: 0, unchanged: 0, relations: 0, rejected: [], batches: 0, seconds: 0 };
  let pending: Pending[] = [];
  const officials = new ResolvedOfficials();
  const report = () => {
    summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
    options.onProgress?.(summary.lines, summary);
  };
  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    await writeBatch(graph, batch, summary, officials, options.publisher);
    report();
  };

  for await (const item of lines) {
    summary.lines += 1;
    if ('error' in item) {
      summary.rejected.push({ line: item.line, reasons: [item.error] });
      continue;
    }
    const type = recordTypeOf(item.value);
    if (type === 'consultation') {
      const parsed = consultationRecord.safeParse(item.value);
      if (parsed.success) pending.push({ line: item.line, record: parsed.data });
      else summary.rejected.push({ line: item.line, reasons: reasonsOf(parsed.error) });
      if (pending.length >= batchSize) await flush();
    } else {
      // Relations cite sources that earlier consultation lines bring: write those first.
      await flush();
      await writeRelation(graph, item.line, type, item.value, summary);
    }
  }
  await flush();
  report();
  return summary;
}

/**
 * Who each (country, spelling) was resolved to in this run's committed batches: the same
 * spelling later in the file is that person again, without another name lookup. Filled only
 * after a batch commits, so a rolled-back batch never leaves an official that does not exist.
 */
export class ResolvedOfficials implements OfficialHints {
  private readonly ids = new Map<string, string>();

  officialFor(country: string, spellings: readonly string[]): string | undefined {
    const found = new Set(spellings.map((s) => this.ids.get(`${country}\u0000${s}`)));
    if (found.size !== 1) return undefined;
    const [id] = found;
    return id;
  }

  remember(record: ConsultationRecord, officials: ReadonlyArray<{ id: string }>): void {
    if (officials.length !== record.participants.length) return;
    record.participants.forEach((p, i) => {
      for (const spelling of spellingsOf(p)) this.ids.set(`${p.country}\u0000${spelling}`, officials[i].id);
    });
  }
}

export function recordTypeOf(value: unknown): 'consultation' | 'diplomaticRelations' | 'agreement' {
  const type = value && typeof value === 'object' ? (value as { recordType?: unknown }).recordType : undefined;
  return type === 'diplomaticRelations' || type === 'agreement' ? type : 'consultation';
}

export function reasonsOf(error: z.ZodError): string[] {
  return recordProblems(error).map((p) => `${p.field}: ${p.message}`);
}

/**
 * One transaction for the batch. A record the database refuses (an official id that does not
 * exist) is rejected with its line and the rest of the batch retried; a lost database stops
 * the import (what was committed stays, and a re-run completes it).
 */
async function writeBatch(graph: Graph, batch: Pending[], summary: ImportSummary, officials: ResolvedOfficials, publisher?: ConsultationPublisher): Promise<void> {
  let remaining = batch;
  while (remaining.length > 0) {
    try {
      const results = await recordConsultations(graph, remaining.map((p) => p.record), { officialHints: officials });
      summary.batches += 1;
      publisher?.publish(changesOf(remaining.map((p) => p.record), results));
      results.forEach((r, i) => officials.remember(remaining[i].record, r.officials));
      for (const r of results) {
        if (r.outcome === 'CREATED') summary.created += 1;
        else if (r.outcome === 'UPDATED') summary.updated += 1;
        else summary.unchanged += 1;
      }
      return;
    } catch (error) {
      if (error instanceof UnknownOfficialError || error instanceof OtherSeriesError) {
        const bad = remaining[error.recordIndex];
        summary.rejected.push({ line: bad.line, reasons: [error.message] });
        remaining = remaining.filter((_, i) => i !== error.recordIndex);
      } else {
        throw error;
      }
    }
  }
}

async function writeRelation(graph: Graph, line: number, type: 'diplomaticRelations' | 'agreement', value: unknown, summary: ImportSummary) {
  const parsed = (type === 'agreement' ? agreementRecord : diplomaticRelationsRecord).safeParse(value);
  if (!parsed.success) {
    summary.rejected.push({ line, reasons: reasonsOf(parsed.error) });
    return;
  }
  const data = parsed.data;
  const stored = data.recordType === 'agreement' ? await recordAgreement(graph, data) : await recordDiplomaticRelations(graph, data);
  if (stored) summary.relations += 1;
  else summary.rejected.push({ line, reasons: [`source: "${data.source}" is not in the graph (import the consultation that cites it first)`] });
}

