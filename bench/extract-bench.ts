/**
 * `npm run bench:extract -- [DIR]`: how fast the extractor reads a report and how much memory it
 * adds to a process, loaded on first use as the API loads it. Reads every .txt in DIR (default the
 * development set, else our test articles) ten times after a warm-up pass; prints p50/p95/max per
 * report and the heap and RSS added. Figures, not a test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function main(): void {
  const root = path.join(__dirname, '..', '..');
  const devset = path.join(root, '..', 'shared', 'devset', 'articles');
  const dir = process.argv[2] ?? (fs.existsSync(devset) ? devset : path.join(root, 'test', 'articles'));
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  global.gc?.();
  const before = process.memoryUsage();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { extractDraft } = require('../src/extraction/extract-draft') as typeof import('../src/extraction/extract-draft');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readReportFile } = require('../src/extraction/report-file') as typeof import('../src/extraction/report-file');
  const texts = files.map((f) => readReportFile(fs.readFileSync(path.join(dir, f), 'utf8')).text);
  const firstStarted = performance.now();
  for (const text of texts) extractDraft(text, { publishedAt: '2024-01-01' });
  const firstPass = performance.now() - firstStarted;
  const times: number[] = [];
  for (let round = 0; round < 10; round += 1) {
    for (const text of texts) {
      const started = performance.now();
      extractDraft(text, { publishedAt: '2024-01-01' });
      times.push(performance.now() - started);
    }
  }
  global.gc?.();
  const after = process.memoryUsage();
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  process.stdout.write(
    [
      `Extractor on ${texts.length} reports (${dir}), ${Math.round(chars / texts.length)} characters on average`,
      `  first pass (loads lexicons, language model, country and city names): ${firstPass.toFixed(0)} ms`,
      `  per report after warm-up (${times.length} runs): p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${times[times.length - 1].toFixed(1)} ms`,
      `  memory added: heap ${mb(after.heapUsed - before.heapUsed)}, RSS ${mb(after.rss - before.rss)}${global.gc ? '' : ' (run with --expose-gc for settled figures)'}`,
      '',
    ].join('\n'),
  );
}

main();
