import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluatePairs, parsePairs } from '../name-matching';

/**
 * `npm run eval:names [file]`: precision and recall of the name matcher on the labelled pairs
 * (default test/fixtures/names/name-pairs.jsonl), and the pairs it gets wrong.
 */
const file = process.argv[2] ?? join(__dirname, '../../../test/fixtures/names/name-pairs.jsonl');
const result = evaluatePairs(parsePairs(readFileSync(file, 'utf8')));
const show = (label: string, list: typeof result.falsePositives) => {
  console.log(`${label}: ${list.length}`);
  for (const p of list.slice(0, 40)) console.log(`  [${p.kind}] ${p.a}  ~  ${p.b}`);
};
console.log(`pairs: ${result.pairs}`);
console.log(`precision: ${result.precision.toFixed(4)}`);
console.log(`recall: ${result.recall.toFixed(4)}`);
show('wrongly the same person', result.falsePositives);
show('wrongly different people', result.falseNegatives);
