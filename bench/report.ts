import { LoadResult } from './load';
import { Question } from './questions';

export interface QuestionResult {
  question: Question;
  ours: LoadResult;
  raw: LoadResult;
  /** Absent when the peer cannot express the question. */
  peer?: LoadResult;
}

export function table(results: QuestionResult[]): string {
  const rows = [
    ['question', 'ours req/s', 'raw req/s', 'peer req/s', 'ours/raw', 'ours/peer', 'ours p50', 'ours p99', 'raw p99', 'peer p99', 'errors o/r/p'],
    ...results.map(({ question, ours, raw, peer }) => [
      `(${question.key}) ${question.title.slice(0, 40)}`,
      String(ours.requestsPerSecond),
      String(raw.requestsPerSecond),
      peer ? String(peer.requestsPerSecond) : '-',
      ratio(ours, raw).toFixed(2),
      peer ? ratio(ours, peer).toFixed(2) : '-',
      `${ours.p50} ms`,
      `${ours.p99} ms`,
      `${raw.p99} ms`,
      peer ? `${peer.p99} ms` : '-',
      `${ours.errors}/${raw.errors}/${peer?.errors ?? '-'}`,
    ]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

export function ratio(ours: LoadResult, raw: LoadResult): number {
  return raw.requestsPerSecond === 0 ? 0 : ours.requestsPerSecond / raw.requestsPerSecond;
}

/** The worst question's throughput ratio against the peer, over the questions it can express. */
export function peerRatio(results: QuestionResult[]): number | null {
  const ratios = results.flatMap((r) => (r.peer ? [ratio(r.ours, r.peer)] : []));
  return ratios.length === 0 ? null : Number(Math.min(...ratios).toFixed(2));
}

/** A grouped bar chart of throughput per question (ours, raw), as plain SVG. */
export function chart(results: QuestionResult[], events: number): string {
  const width = 720;
  const height = 320;
  const left = 60;
  const bottom = 40;
  const max = Math.max(1, ...results.flatMap((r) => [r.ours.requestsPerSecond, r.raw.requestsPerSecond, r.peer?.requestsPerSecond ?? 0]));
  const group = (width - left - 20) / results.length;
  const bar = group / 4;
  const y = (v: number) => height - bottom - (v / max) * (height - bottom - 30);
  const bars = results
    .map((r, i) => {
      const x = left + i * group + bar / 2;
      return [
        `<rect x="${x}" y="${y(r.ours.requestsPerSecond)}" width="${bar}" height="${height - bottom - y(r.ours.requestsPerSecond)}" fill="#2b6cb0"/>`,
        `<rect x="${x + bar}" y="${y(r.raw.requestsPerSecond)}" width="${bar}" height="${height - bottom - y(r.raw.requestsPerSecond)}" fill="#a0aec0"/>`,
        r.peer ? `<rect x="${x + 2 * bar}" y="${y(r.peer.requestsPerSecond)}" width="${bar}" height="${height - bottom - y(r.peer.requestsPerSecond)}" fill="#dd6b20"/>` : '',
        r.peer ? `<text x="${x + bar * 2.5}" y="${y(r.peer.requestsPerSecond) - 4}" text-anchor="middle" font-size="10">${r.peer.requestsPerSecond}</text>` : '',
        `<text x="${x + bar * 1.5}" y="${height - bottom + 16}" text-anchor="middle" font-size="12">(${r.question.key})</text>`,
        `<text x="${x + bar / 2}" y="${y(r.ours.requestsPerSecond) - 4}" text-anchor="middle" font-size="10">${r.ours.requestsPerSecond}</text>`,
        `<text x="${x + bar * 1.5}" y="${y(r.raw.requestsPerSecond) - 4}" text-anchor="middle" font-size="10">${r.raw.requestsPerSecond}</text>`,
      ].join('');
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">
<text x="${left}" y="18" font-size="14">Throughput (requests/s) at ${events.toLocaleString('en')} events — API (blue), raw Cypher (grey), @neo4j/graphql (orange)</text>
<line x1="${left}" y1="${height - bottom}" x2="${width - 10}" y2="${height - bottom}" stroke="#333"/>
<line x1="${left}" y1="30" x2="${left}" y2="${height - bottom}" stroke="#333"/>
<text x="${left - 6}" y="34" text-anchor="end" font-size="10">${max}</text>
<text x="${left - 6}" y="${height - bottom}" text-anchor="end" font-size="10">0</text>
${bars}
</svg>
`;
}
