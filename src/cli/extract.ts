import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { isPartialDate, parsePartialDate } from '../domain/partial-date';
import { readArticle } from '../extraction/read-article';
import { runWithGraph, UsageError } from './with-graph';

const USAGE = 'usage: npm run extract -- <article.txt | -> [--published-at YYYY-MM-DD] [--url URL]';

/** `npm run extract`: one article (a file, or stdin with "-") → the draft as JSON on stdout. Writes nothing to the graph. */
runWithGraph(async (graph) => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'published-at': { type: 'string' }, url: { type: 'string' } } });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError(USAGE);
  if (file !== '-' && !fs.existsSync(file)) throw new UsageError(`${file}: no such file`);
  const publishedAt = values['published-at'] ?? null;
  if (publishedAt !== null && !isPartialDate(parsePartialDate(publishedAt))) throw new UsageError('--published-at must be YYYY, YYYY-MM or YYYY-MM-DD');
  const text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
  const draft = await readArticle(graph, text, { publishedAt, sourceUrl: values.url ?? null });
  process.stdout.write(`${JSON.stringify(draft, null, 2)}\n`);
  return 0;
});
