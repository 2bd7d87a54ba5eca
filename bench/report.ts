import { LoadResult } from './load';
import { Question } from './questions';

export interface QuestionResult {
  question: Question;
  ours: LoadResult;
  raw: LoadResult;
}

export function table(results: QuestionResult[]): string {
  const rows = [
    ['question', 'ours req/s', 'raw req/s', 'ours/raw', 'ours p50', 'ours p99', 'raw p50', 'raw p99', 'errors ours/raw'],
    ...results.map(({ question, ours, raw }) => [
      `(${question.key}) ${question.title.slice(0, 44)}`,
      String(ours.requestsPerSecond),
      String(raw.requestsPerSecond),
      ratio(ours, raw).toFixed(2),
      `${ours.p50} ms`,
      `${ours.p99} ms`,
      `${raw.p50} ms`,
      `${raw.p99} ms`,
      `${ours.errors}/${raw.errors}`,
    ]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

export function ratio(ours: LoadResult, raw: LoadResult): number {
  return raw.requestsPerSecond === 0 ? 0 : ours.requestsPerSecond / raw.requestsPerSecond;
}

/** A grouped bar chart of throughput per question (ours, raw), as plain SVG. */
export function chart(results: QuestionResult[], events: number): string {
  const width = 720;
  const height = 320;
  const left = 60;
  const bottom = 40;
  const max = Math.max(1, ...results.flatMap((r) => [r.ours.requestsPerSecond, r.raw.requestsPerSecond]));
  const group = (width - left - 20) / results.length;
  const bar = group / 3;
  const y = (v: number) => height - bottom - (v / max) * (height - bottom - 30);
  const bars = results
    .map((r, i) => {
      const x = left + i * group + bar / 2;
      return [
        `<rect x="${x}" y="${y(r.ours.requestsPerSecond)}" width="${bar}" height="${height - bottom - y(r.ours.requestsPerSecond)}" fill="#2b6cb0"/>`,
        `<rect x="${x + bar}" y="${y(r.raw.requestsPerSecond)}" width="${bar}" height="${height - bottom - y(r.raw.requestsPerSecond)}" fill="#a0aec0"/>`,
        `<text x="${x + bar}" y="${height - bottom + 16}" text-anchor="middle" font-size="12">(${r.question.key})</text>`,
        `<text x="${x + bar / 2}" y="${y(r.ours.requestsPerSecond) - 4}" text-anchor="middle" font-size="10">${r.ours.requestsPerSecond}</text>`,
        `<text x="${x + bar * 1.5}" y="${y(r.raw.requestsPerSecond) - 4}" text-anchor="middle" font-size="10">${r.raw.requestsPerSecond}</text>`,
      ].join('');
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">
<text x="${left}" y="18" font-size="14">Throughput (requests/s) at ${events.toLocaleString('en')} events — API (blue) vs raw Cypher (grey)</text>
<line x1="${left}" y1="${height - bottom}" x2="${width - 10}" y2="${height - bottom}" stroke="#333"/>
<line x1="${left}" y1="30" x2="${left}" y2="${height - bottom}" stroke="#333"/>
<text x="${left - 6}" y="34" text-anchor="end" font-size="10">${max}</text>
<text x="${left - 6}" y="${height - bottom}" text-anchor="end" font-size="10">0</text>
${bars}
</svg>
`;
}
