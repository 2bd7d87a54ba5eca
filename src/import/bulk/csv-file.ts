import fs from 'node:fs';
import { once } from 'node:events';
import { stringify } from 'csv-stringify/sync';

/** Between the elements of an array property: a control character no record text may hold (see ARRAY_DELIMITER_OPTION). */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_OPTION = '--array-delimiter=U+001F';

export type Cell = string | number | boolean | null | undefined | readonly string[];

/**
 * One CSV file of `neo4j-admin database import`: a typed header, then rows, buffered and written
 * with back-pressure. Strings are always quoted, so an empty string stays an empty string while a
 * null (an unquoted empty field) means "no property" — the same as a Cypher SET to null.
 */
export class CsvFile {
  private readonly stream: fs.WriteStream;
  private buffer: Array<Array<string | number | boolean | null>> = [];
  rows = 0;

  constructor(readonly path: string, header: readonly string[]) {
    this.stream = fs.createWriteStream(path, { encoding: 'utf8' });
    this.stream.write(stringify([header as string[]]));
  }

  async add(cells: readonly Cell[]): Promise<void> {
    this.buffer.push(cells.map(encode));
    this.rows += 1;
    if (this.buffer.length >= 2_000) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const text = stringify(this.buffer, STRINGIFY);
    this.buffer = [];
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

/** Every string quoted (so '' stays ''), nulls left empty, booleans as neo4j-admin reads them. */
const STRINGIFY = {
  quoted_string: true,
  cast: { boolean: (value: boolean) => String(value) },
};

function encode(cell: Cell): string | number | boolean | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell !== 'object') return cell;
  return cell.length === 0 ? null : cell.join(ARRAY_DELIMITER);
}
