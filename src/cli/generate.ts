import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { syntheticRecords } from '../generate/synthetic-records';

const USAGE = 'usage: npm run generate -- --records N [--seed S] [--out FILE.jsonl]   (stdout when no --out)';

/** `npm run generate`: synthetic records as JSON Lines for `npm run import` and the benchmarks. No database needed. */
function main(): number {
  const { values } = parseArgs({ options: { records: { type: 'string' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
  const records = Number(values.records);
  const seed = Number(values.seed);
  if (!Number.isInteger(records) || records < 1 || records > 10_000_000 || !Number.isInteger(seed)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const fd = values.out ? fs.openSync(values.out, 'w') : 1;
  let chunk = '';
  for (const record of syntheticRecords({ records, seed })) {
    chunk += `${JSON.stringify(record)}\n`;
    if (chunk.length > 1 << 20) {
      fs.writeSync(fd, chunk);
      chunk = '';
    }
  }
  fs.writeSync(fd, chunk);
  if (values.out) fs.closeSync(fd);
  return 0;
}

process.exitCode = main();
