import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { canonicalJson } from '../domain/canonical-json';
import { exportGraphml, exportRecords } from '../graph';
import { runWithGraph, UsageError } from './with-graph';

const USAGE = 'usage: npm run export -- --format jsonl|graphml [--out FILE]   (stdout when no --out)';

/**
 * `npm run export`: JSON Lines in the import format (re-importable: `npm run import -- FILE`
 * rebuilds the same graph) or GraphML for Gephi. The summary goes to stderr so stdout can be piped.
 */
runWithGraph(async (graph) => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { format: { type: 'string' }, out: { type: 'string' } } });
  if (positionals.length > 0 || (values.format !== 'jsonl' && values.format !== 'graphml')) throw new UsageError(USAGE);
  const out = values.out ? fs.createWriteStream(values.out) : process.stdout;
  const write = (chunk: string) => {
    out.write(chunk);
  };
  let summary: string;
  if (values.format === 'jsonl') {
    let lines = 0;
    for await (const record of exportRecords(graph)) {
      write(`${canonicalJson(record)}\n`);
      lines += 1;
    }
    summary = `${lines} records`;
  } else {
    const counts = await exportGraphml(graph, write);
    write('\n');
    summary = `${counts.nodes} nodes, ${counts.relationships} relationships`;
  }
  if (out !== process.stdout) await new Promise<void>((resolve, reject) => (out as fs.WriteStream).end((e?: Error | null) => (e ? reject(e) : resolve())));
  process.stderr.write(`Exported ${summary} as ${values.format}${values.out ? ` to ${values.out}` : ''}\n`);
  return 0;
});
