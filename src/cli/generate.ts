import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { syntheticRecords } from '../generate/synthetic-records';

const USAGE = 'usage: npm run generate -- --events N [--seed S] [--out FILE.jsonl]   (stdout when no --out)';

/** `npm run generate`: synthetic records as JSON Lines for `npm run import` and the benchmarks. No database needed. */
function main(): number {
  const { values } = parseArgs({ options: { events: { type: 'string' }, records: { type: 'string' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
  // --records is the older name of --events.
  const records = Number(values.events ?? values.records);
  const seed = Number(values.seed);
  if (!Number.isInteger(records) || records < 1 || records > 1_194_000 || !Number.isInteger(seed)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const fd = values.out ? fs.openSync(values.out, 'w') : 1;
  let chunk = '';
  for (const record of syntheticRecords({ events: records, seed })) {
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
