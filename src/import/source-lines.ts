import { parse } from 'csv-parse';
import fs from 'node:fs';
import readline from 'node:readline';
import { csvRowToRecord } from './csv-record';

/** One line (JSON Lines) or row (CSV) of an import file: a plain value to validate, or why it could not be read. */
export type SourceLine = { line: number; value: unknown } | { line: number; error: string };

export type ImportFormat = 'jsonl' | 'csv';

export function formatOf(file: string): ImportFormat | null {
  if (/\.(jsonl|ndjson)$/i.test(file)) return 'jsonl';
  if (/\.csv$/i.test(file)) return 'csv';
  return null;
}

export function readSourceLines(file: string, format: ImportFormat): AsyncGenerator<SourceLine> {
  return format === 'csv' ? readCsv(file) : readJsonLines(file);
}

/** Number of data lines, for the progress bar's total and ETA (one fast pass over the bytes). */
export async function countDataLines(file: string, format: ImportFormat): Promise<number> {
  let lines = 0;
  for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
    if (line.trim() !== '') lines += 1;
  }
  return format === 'csv' ? Math.max(0, lines - 1) : lines;
}

async function* readJsonLines(file: string): AsyncGenerator<SourceLine> {
  let line = 0;
  for await (const text of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
    line += 1;
    if (text.trim() === '') continue;
    try {
      yield { line, value: JSON.parse(text) };
    } catch (error) {
      yield { line, error: `not valid JSON: ${(error as Error).message}` };
    }
  }
}

async function* readCsv(file: string): AsyncGenerator<SourceLine> {
  const skipped: SourceLine[] = [];
  const parser = fs.createReadStream(file).pipe(
    parse({ columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), info: true, bom: true, trim: true, skip_empty_lines: true, skip_records_with_error: true }),
  );
  // A malformed row (wrong number of fields, broken quotes) is reported and the rest still imported.
  parser.on('skip', (error: Error & { lines?: number }) => skipped.push({ line: error.lines ?? 0, error: `not a valid CSV row: ${error.message}` }));
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    while (skipped.length > 0) yield skipped.shift()!;
    const mapped = csvRowToRecord(record);
    yield 'error' in mapped ? { line: info.lines, error: mapped.error } : { line: info.lines, value: mapped.value };
  }
  yield* skipped;
}
