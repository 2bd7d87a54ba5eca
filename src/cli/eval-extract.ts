import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate, ExpectedArticle, FieldScore, ScoredDraft } from '../extraction/evaluate';
import { readReportFile } from '../extraction/report-file';
import { runWithGraph, UsageError } from './with-graph';

const USAGE = 'usage: npm run eval:extract -- <articles dir> <answers.json> [--no-graph] [--quiet]';

/**
 * `npm run eval:extract`: reads every article listed in answers.json (the seeds' format, or the
 * development set's with its URL and language header, which is not report text) and prints
 * accuracy per field and per language, the dates proposed where the answer has none (invented)
 * or another one, then every miss. The publication date passed is the answer's `published`, else
 * the page's own date (`pageDate`, possibly a month). Heads are matched against the graph's
 * officials (the configured or embedded Neo4j); with --no-graph no database is used and each
 * head's name is its Latin rendering. Exit 0 when every field is right, 1 otherwise.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'no-graph': { type: 'boolean' }, quiet: { type: 'boolean' } } });
  const [dir, answersFile, ...extra] = positionals;
  const usage = () => {
    if (!dir || !answersFile || extra.length > 0) throw new UsageError(USAGE);
    if (!fs.existsSync(answersFile)) throw new UsageError(`${answersFile}: no such file`);
  };
  if (values['no-graph']) {
    try {
      usage();
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`);
      process.exit(2);
    }
    const { extractDraft } = await import('../extraction/extract-draft');
    const code = await report(dir, answersFile, values.quiet ?? false, async (text, publishedAt) => {
      const draft = extractDraft(text, { publishedAt });
      return { ...draft, heads: draft.heads.map((h) => ({ ...h, name: h.latinName })) };
    });
    process.exit(code);
  }
  runWithGraph(async (graph) => {
    usage();
    const { readArticle } = await import('../extraction/read-article');
    return report(dir, answersFile, values.quiet ?? false, (text, publishedAt) => readArticle(graph, text, { publishedAt }));
  });
}

async function report(dir: string, answersFile: string, quiet: boolean, read: (text: string, publishedAt: string | null) => Promise<ScoredDraft>): Promise<number> {
  const expected = JSON.parse(fs.readFileSync(answersFile, 'utf8')) as ExpectedArticle[];
  const results = [];
  for (const e of expected) {
    const file = path.join(dir, e.file);
    if (!fs.existsSync(file)) throw new UsageError(`${file}: listed in ${answersFile} but missing`);
    const { text } = readReportFile(fs.readFileSync(file, 'utf8'));
    results.push({ expected: e, draft: await read(text, e.published ?? e.pageDate ?? null) });
  }
  const { scores, languages, mismatches, inventedDates, wrongDates } = evaluate(results);
  const out = process.stdout;
  out.write(`Extraction accuracy on ${expected.length} articles (${path.resolve(dir)})\n\nPer field\n`);
  for (const s of scores) out.write(row(s.field, s));
  out.write(row('all fields', { right: scores.reduce((n, s) => n + s.right, 0), total: scores.reduce((n, s) => n + s.total, 0) }, 1));
  out.write('\nPer language (all fields of its articles)\n');
  for (const s of [...languages].sort((a, b) => a.field.localeCompare(b.field))) out.write(row(`${s.field} (${expected.filter((e) => e.language === s.field).length})`, s));
  out.write(`\nDates invented (proposed where the answer has none): ${inventedDates.length}\n`);
  out.write(`Dates wrong (another date than the answer's): ${wrongDates.length}\n`);
  for (const m of [...inventedDates, ...wrongDates]) out.write(`  ! ${m.file}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}\n`);
  if (!quiet) for (const m of mismatches) out.write(`  ✗ ${m.file} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}\n`);
  return mismatches.length === 0 ? 0 : 1;
}

function row(label: string, s: Pick<FieldScore, 'right' | 'total'>, digits = 0): string {
  const percent = s.total === 0 ? '    -' : `${((s.right / s.total) * 100).toFixed(digits).padStart(digits ? 5 : 3)}%`;
  return `  ${label.padEnd(20)} ${percent}  ${s.right}/${s.total}\n`;
}

void main();
