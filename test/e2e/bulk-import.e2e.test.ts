import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config/config';
import { exportRecords } from '../../src/graph/export/export-records';
import { Graph } from '../../src/graph/graph';
import { EmbeddedNeo4j, freePort } from '../../src/graph/neo4j-process';
import { waitForNeo4j } from '../../src/graph/wait-for-neo4j';
import { compileProject, runCli } from '../support/cli';
import { resetToSeed, wipe } from '../support/seeded-graph';
import { connectTestGraph } from '../support/test-graph';

/**
 * `npm run import -- FILE --initial` (Neo4j's offline importer into an empty embedded graph)
 * must build exactly the graph the transactional importer builds from the same file: the same
 * export byte for byte, the same nodes per label and relationships per type, the same rejected
 * lines. The file mixes what the bulk path plans itself (generated records resolved by name)
 * with what it hands back to transactions (a later update of an event, side meetings,
 * relations) and lines that must be rejected. At its end, the write path's name and meeting rules:
 * a name close to two people makes a new official flagged as a possible duplicate of both, and a
 * report of a month tells the meeting of a day in it again (one event per meeting).
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'consultations-bulk-'));
const file = path.join(dir, 'mixed.jsonl');
const bulkDataDir = path.join(dir, 'bulk-neo4j');
let shared: Graph;

beforeAll(async () => {
  compileProject();
  shared = connectTestGraph();
  await resetToSeed();
  const seedFile = path.join(dir, 'seed.jsonl');
  expect((await runCli('export', ['--format', 'jsonl', '--out', seedFile])).code).toBe(0);
  const generatedFile = path.join(dir, 'generated.jsonl');
  expect((await runCli('generate', ['--events', '600', '--seed', '5', '--out', generatedFile])).code).toBe(0);

  const seed = fs.readFileSync(seedFile, 'utf8').trim().split('\n');
  const generated = fs.readFileSync(generatedFile, 'utf8').trim().split('\n');
  // The same event reported again later with a venue: an update of an event the plan already holds.
  const update = { ...JSON.parse(generated[10]), city: 'Tbilisi' };
  const noCountries = { ...JSON.parse(generated[20]), countries: [] };
  const lines = [...generated.slice(0, 300), '{"kind": "POLITICAL_CONSULTATIONS"', JSON.stringify(update), ...seed, JSON.stringify(noCountries), ...generated.slice(300), ...RULES_LINES];
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  expect(seed.some((l) => l.includes('"recordType":"diplomaticRelations"'))).toBe(true);
  expect(seed.some((l) => l.includes('"sideMeetings":[{'))).toBe(true);
});

afterAll(async () => {
  await shared.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('builds the same graph as the transactional importer, and refuses a data directory that holds one', async () => {
  const bulkEnv = { NEO4J_URI: '', NEO4J_EMBEDDED_DATA_DIR: bulkDataDir, NEO4J_EMBEDDED_PORT: String(await freePort()), NEO4J_EMBEDDED_HEAP: '512m', NEO4J_EMBEDDED_PAGECACHE: '128m' };
  const bulk = await runCli('import', [file, '--initial', '--rejects', path.join(dir, 'bulk.rejected.jsonl')], bulkEnv);
  expect(bulk.output).toMatch(new RegExp(`Bulk-loaded .*: ${603 + RULES_LINES.length + countSeedLines()} lines, \\d+ consultations, \\d+ nodes, \\d+ relationships .*; \\d+ lines left for transactions`));
  expect(bulk.code).toBe(3);
  // Most events went through the offline importer; the update, side meetings and relations did not.
  const [, planned, left] = /(\d+) consultations, .*; (\d+) lines left/.exec(bulk.output)!.map(Number);
  expect(planned).toBeGreaterThan(550);
  expect(left).toBeGreaterThan(2);

  await wipe(shared);
  const online = await runCli('import', [file, '--rejects', path.join(dir, 'online.rejected.jsonl')]);
  expect(online.code).toBe(3);
  const rejections = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
  expect(rejections('bulk.rejected.jsonl')).toBe(rejections('online.rejected.jsonl'));
  expect(rejections('bulk.rejected.jsonl').trim().split('\n').map((l) => JSON.parse(l).line)).toEqual([301, 303 + countSeedLines()]);

  const again = await runCli('import', [file, '--initial'], bulkEnv);
  expect(again.code).toBe(2);
  expect(again.output).toMatch(/--initial needs an empty graph/);

  const neo4j = await EmbeddedNeo4j.start({ root: projectRoot(), dataDir: bulkDataDir, port: await freePort(), heap: '512m', pageCache: '128m', startupTimeoutMs: 180_000 });
  const bulkGraph = Graph.connect({ uri: neo4j.uri, database: 'neo4j' }, { maxPoolSize: 4, connectTimeoutMs: 10_000, txTimeoutMs: 60_000 });
  try {
    await waitForNeo4j(bulkGraph, { timeoutMs: 60_000 });
    expect(await exportLines(bulkGraph)).toEqual(await exportLines(shared));
    expect(await possibleDuplicates(bulkGraph)).toEqual([
      { official: 'R. Hasanov', of: 'Ramil Hasanov', spelling: 'R. Hasanov' },
      { official: 'R. Hasanov', of: 'Ramiz Hasanov', spelling: 'R. Hasanov' },
    ]);
    expect(await possibleDuplicates(bulkGraph)).toEqual(await possibleDuplicates(shared));
    const azMd = (g: Graph) => g.read<{ date: string; sources: string[] }>(
      "MATCH (c:Consultation {seriesId: $series}) RETURN c.date AS date, COLLECT { MATCH (c)-[:SUPPORTED_BY]->(s:Source) RETURN s.id ORDER BY s.id } AS sources ORDER BY date",
      { series: 'az-md-political-consultations' },
    );
    expect((await azMd(bulkGraph)).find((e) => e.sources.includes('bulk-rules-month'))).toEqual({ date: '2019-02-02', sources: ['bulk-rules-day', 'bulk-rules-month'] });
    expect(await azMd(bulkGraph)).toEqual(await azMd(shared));
    expect(await labelCounts(bulkGraph)).toEqual(await labelCounts(shared));
    const constraints = (g: Graph) => g.read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
    expect(await constraints(bulkGraph)).toEqual(await constraints(shared));
  } finally {
    await bulkGraph.close();
    await neo4j.stop();
  }
});

/** Three people named alike (the names test's case), then the first meeting reported again with a month only. */
const RULES_LINES = [
  rulesRecord('bulk-rules-day', '2019-02-02', ['Ramiz Hasanov', 'Ion Popescu']),
  rulesRecord('bulk-rules-2', '2019-03-03', ['Ramil Hasanov']),
  rulesRecord('bulk-rules-3', '2019-04-04', ['R. Hasanov']),
  rulesRecord('bulk-rules-month', '2019-02', ['Ramiz Hasanov']),
].map((r) => JSON.stringify(r));

function rulesRecord(source: string, date: string, names: string[]) {
  return {
    kind: 'POLITICAL_CONSULTATIONS',
    date,
    countries: ['AZ', 'MD'],
    participants: names.map((name, i) => ({ name, country: i === 0 ? 'AZ' : 'MD' })),
    sources: [{ id: source, language: 'en', title: `Report ${source}`, publishedAt: date.length === 7 ? `${date}-28` : date, facts: ['date', 'participants'] }],
  };
}

async function possibleDuplicates(graph: Graph) {
  return graph.read<{ official: string; of: string; spelling: string }>(
    'MATCH (o:Official)-[r:POSSIBLE_DUPLICATE_OF]->(other:Official) RETURN o.name AS official, other.name AS of, r.spelling AS spelling ORDER BY official, of',
  );
}

function countSeedLines(): number {
  return fs.readFileSync(path.join(dir, 'seed.jsonl'), 'utf8').trim().split('\n').length;
}

async function exportLines(graph: Graph): Promise<string[]> {
  const lines: string[] = [];
  for await (const row of exportRecords(graph)) lines.push(JSON.stringify(row));
  return lines;
}

async function labelCounts(graph: Graph): Promise<Record<string, number>> {
  const rows = await graph.read<{ label: string; n: number }>('MATCH (n) WHERE NOT n:Migration UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label');
  const rels = await graph.read<{ label: string; n: number }>('MATCH ()-[r]->() RETURN type(r) AS label, count(*) AS n ORDER BY label');
  return Object.fromEntries([...rows, ...rels.map((r) => ({ ...r, label: `-${r.label}-` }))].map((r) => [r.label, r.n]));
}
