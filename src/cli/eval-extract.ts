import fs from 'node:fs';
import path from 'node:path';
import { evaluate, ExpectedArticle } from '../extraction/evaluate';
import { readArticle } from '../extraction/read-article';
import { runWithGraph, UsageError } from './with-graph';

const USAGE = 'usage: npm run eval:extract -- <articles dir> <answers.json>';

/**
 * `npm run eval:extract`: reads every article listed in answers.json and prints per-field
 * accuracy, then every miss. Heads are matched against the graph's officials (the configured or
 * embedded Neo4j). Exit 0 when every field is right, 1 otherwise.
 */
runWithGraph(async (graph) => {
  const [dir, answersFile, ...extra] = process.argv.slice(2);
  if (!dir || !answersFile || extra.length > 0) throw new UsageError(USAGE);
  if (!fs.existsSync(answersFile)) throw new UsageError(`${answersFile}: no such file`);
  const expected = JSON.parse(fs.readFileSync(answersFile, 'utf8')) as ExpectedArticle[];
  const results = [];
  for (const e of expected) {
    const file = path.join(dir, e.file);
    if (!fs.existsSync(file)) throw new UsageError(`${file}: listed in ${answersFile} but missing`);
    results.push({ expected: e, draft: await readArticle(graph, fs.readFileSync(file, 'utf8'), { publishedAt: e.published }) });
  }
  const { scores, mismatches } = evaluate(results);
  const out = process.stdout;
  out.write(`Extraction accuracy on ${expected.length} articles (${path.resolve(dir)})\n`);
  for (const s of scores) {
    const percent = s.total === 0 ? '   -' : `${((s.right / s.total) * 100).toFixed(0).padStart(3)}%`;
    out.write(`  ${s.field.padEnd(20)} ${percent}  ${s.right}/${s.total}\n`);
  }
  const right = scores.reduce((n, s) => n + s.right, 0);
  const total = scores.reduce((n, s) => n + s.total, 0);
  out.write(`  ${'all fields'.padEnd(20)} ${((right / Math.max(total, 1)) * 100).toFixed(1)}%  ${right}/${total}\n`);
  for (const m of mismatches) out.write(`  ✗ ${m.file} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}\n`);
  return mismatches.length === 0 ? 0 : 1;
});
