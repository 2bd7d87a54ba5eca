import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { convert } from 'xmlbuilder2';
import { Graph } from '../../src/graph/graph';
import { compileProject, runCli, startCli } from '../support/cli';
import { resetToSeed, wipe } from '../support/seeded-graph';
import { connectTestGraph } from '../support/test-graph';

/**
 * `npm run import` / `npm run export` as users run them (compiled, own process, real Neo4j):
 * 10,000 generated records with progress output, a harmless re-run, a SIGKILLed import resumed
 * to the same graph, an export that re-imports to the same graph, the rejected-lines report,
 * CSV, and GraphML.
 */
const RECORDS = 10_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'consultations-import-'));
const generated = path.join(dir, 'generated.jsonl');
let graph: Graph;

const count = async (cypher: string): Promise<number> => (await graph.read<{ n: number }>(cypher))[0].n;
const consultations = () => count('MATCH (c:Consultation) RETURN count(c) AS n');
const exportJsonl = async (name: string): Promise<string> => {
  const file = path.join(dir, name);
  const run = await runCli('export', ['--format', 'jsonl', '--out', file]);
  expect(run.code).toBe(0);
  return fs.readFileSync(file, 'utf8');
};

beforeAll(async () => {
  compileProject();
  graph = connectTestGraph();
  await wipe(graph);
  const gen = await runCli('generate', ['--events', String(RECORDS), '--seed', '7', '--out', generated]);
  expect(gen.code).toBe(0);
});

afterAll(async () => {
  await graph.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run import / export', () => {
  let uninterrupted: string;

  it(`imports ${RECORDS} generated records with progress lines, rate and ETA, and a summary`, async () => {
    const run = await runCli('import', [generated, '--batch-size', '250']);
    // On failure, the CLI's own words (its last lines) are in the assertion's diff.
    expect({ code: run.code, tail: run.code === 0 ? '' : run.output.slice(-2000) }).toEqual({ code: 0, tail: '' });
    // Not a terminal here: plain periodic lines, then the summary.
    expect(run.output).toMatch(new RegExp(`import: \\d+/${RECORDS} lines \\(\\d+%\\), \\d+ lines/s, ETA \\d+s`));
    expect(run.output).toMatch(new RegExp(`import: ${RECORDS}/${RECORDS} lines \\(100%\\)`));
    expect(run.output).toMatch(new RegExp(`consultations created ${RECORDS}, updated 0, unchanged 0; relations 0; rejected 0`));
    expect(await consultations()).toBe(RECORDS);
    uninterrupted = await exportJsonl('uninterrupted.jsonl');
    expect(uninterrupted.trim().split('\n')).toHaveLength(RECORDS);
  });

  it('changes nothing when the same file is imported again', async () => {
    const nodesBefore = await count('MATCH (n) RETURN count(n) AS n');
    const relsBefore = await count('MATCH ()-[r]->() RETURN count(r) AS n');
    const run = await runCli('import', [generated]);
    expect(run.code).toBe(0);
    expect(run.output).toMatch(new RegExp(`consultations created 0, updated 0, unchanged ${RECORDS}`));
    expect(await count('MATCH (n) RETURN count(n) AS n')).toBe(nodesBefore);
    expect(await count('MATCH ()-[r]->() RETURN count(r) AS n')).toBe(relsBefore);
    expect(await exportJsonl('again.jsonl')).toBe(uninterrupted);
  });

  it('a killed import, run again, completes to the same graph with no duplicate and no half-written record', async () => {
    await wipe(graph);
    const run = startCli('import', [generated, '--batch-size', '100']);
    const deadline = Date.now() + 120_000;
    while ((await consultations()) < RECORDS / 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    run.child.kill('SIGKILL');
    await run.exit;
    const atKill = await consultations();
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(RECORDS);
    // Whole records only: every stored consultation has its two heads, its source and its series.
    expect(await count('MATCH (c:Consultation) WHERE COUNT { (c)<-[:IN]-(:Participation) } <> 2 OR NOT (c)-[:SUPPORTED_BY]->(:Source) OR NOT (c)-[:IN_SERIES]->(:Series) RETURN count(c) AS n')).toBe(0);

    const resumed = await runCli('import', [generated, '--batch-size', '100']);
    expect(resumed.code).toBe(0);
    expect(resumed.output).toMatch(new RegExp(`unchanged ${atKill};`));
    expect(await consultations()).toBe(RECORDS);
    expect(await exportJsonl('resumed.jsonl')).toBe(uninterrupted);
  });

  it('an export re-imports to the same graph', async () => {
    // The 10,000 generated events: wipe, import the export, export again.
    await wipe(graph);
    expect((await runCli('import', [path.join(dir, 'uninterrupted.jsonl')])).code).toBe(0);
    expect(await exportJsonl('reimported.jsonl')).toBe(uninterrupted);
    // The curated seed, with its aliases, side meetings, ministries, relations and agreements.
    await resetToSeed();
    const seedExport = await exportJsonl('seed.jsonl');
    const seedCounts = await labelCounts();
    await wipe(graph);
    expect((await runCli('import', [path.join(dir, 'seed.jsonl')])).code).toBe(0);
    expect(await exportJsonl('seed-again.jsonl')).toBe(seedExport);
    expect(await labelCounts()).toEqual(seedCounts);
    expect(seedExport).toMatch(/"recordType":"diplomaticRelations"/);
  });

  it('reports every rejected line with its number and the real problem, and imports the rest', async () => {
    await resetToSeed();
    const good = (i: number) => ({
      kind: 'POLITICAL_CONSULTATIONS',
      date: `2021-03-0${i}`,
      countries: ['AZ', 'GE'],
      participants: [{ name: 'Khalaf Khalafov', country: 'AZ', rank: 'DEPUTY_MINISTER' }],
      sources: [{ id: `reject-test-${i}`, language: 'en', title: 'A report' }],
    });
    const lines = [
      JSON.stringify(good(1)),
      '{"kind": "POLITICAL_CONSULTATIONS", "countries": ["AZ"',
      JSON.stringify({ ...good(2), countries: ['AZ', 'XX1'] }),
      JSON.stringify({ ...good(3), date: '523' }),
      JSON.stringify({ ...good(4), round: [{ number: 0, statedAs: 'zeroth', source: 'reject-test-4' }] }),
      JSON.stringify({ ...good(5), participants: [{ name: '  ', country: 'AZ' }] }),
      JSON.stringify({ ...good(6), participants: [{ officialId: 'az-nobody-at-all', country: 'AZ' }] }),
      JSON.stringify({ recordType: 'agreement', countries: ['AZ', 'GE'], year: 2020, name: 'x', source: 'no-such-source' }),
      JSON.stringify(good(7)),
    ];
    const file = path.join(dir, 'mixed.jsonl');
    fs.writeFileSync(file, lines.join('\n') + '\n');
    const run = await runCli('import', [file]);
    expect(run.code).toBe(3);
    expect(run.output).toMatch(/created 2, .* rejected 7/);
    expect(run.output).toMatch(/line 2: not valid JSON/);
    expect(run.output).toMatch(/line 3: countries\[1\]: \"XX1\" is not a country name or ISO code we know/);
    expect(run.output).toMatch(/line 4: date: expected YYYY-MM-DD, YYYY-MM or YYYY with a year between 1800 and 2200/);
    expect(run.output).toMatch(/line 5: round\[0\]\.number: a round number is at least 1/);
    expect(run.output).toMatch(/line 6: participants\[0\]\.name: must not be empty/);
    expect(run.output).toMatch(/line 7: participants\[0\]\.officialId: no official has id "az-nobody-at-all"/);
    expect(run.output).toMatch(/line 8: source: "no-such-source" is not in the graph/);
    const report = fs.readFileSync(`${file}.rejected.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(report.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(await count("MATCH (c:Consultation) WHERE c.id STARTS WITH 'az-ge-' RETURN count(c) AS n")).toBe(2);
    expect(await count("MATCH (s:Source) WHERE s.id IN ['reject-test-6', 'reject-test-3'] RETURN count(s) AS n")).toBe(0);
  });

  it('imports CSV with country names in any language and numbered head columns', async () => {
    await resetToSeed();
    const file = path.join(dir, 'events.csv');
    fs.writeFileSync(
      file,
      [
        'date,city,format,country_1,country_2,round,round_stated_as,topics,head_1_name,head_1_country,head_1_rank,head_2_name,head_2_country,head_2_title,head_2_rank,source_id,source_title,source_language',
        '2023-05-11,Tbilisi,in_person,Aserbaidschan,Georgien,4,vierte Runde,energy|transport,Xələf Xələfov,AZ,deputy_minister,Lasha Darsalia,Georgia,First Deputy Minister,deputy_minister,csv-1,Bericht,de',
        '2023-06-01,,,Azərbaycan,Narnia,,,,,,,,,,,csv-2,Report,en',
        '2023-07-02,"Riga, Latvia",video_conference,LV,AZ,,,,,,,,,,,csv-3,Report,en,extra',
      ].join('\n'),
    );
    const run = await runCli('import', [file]);
    expect(run.code).toBe(3);
    expect(run.output).toMatch(/created 1,/);
    expect(run.output).toMatch(/line 3: country_2: "Narnia" is not a country we know/);
    expect(run.output).toMatch(/line 4: not a valid CSV row/);
    const [row] = await graph.read<{ round: number; head: string; city: string }>(
      `MATCH (c:Consultation {id: 'az-ge-political-consultations-2023-05-11'})<-[:IN]-(:Participation)-[:OF]->(o:Official {countryCode: 'AZ'})
       RETURN c.roundNumber AS round, o.id AS head, c.city AS city`,
    );
    expect(row).toEqual({ round: 4, head: 'az-khalaf-khalafov', city: 'Tbilisi' });
  });

  it('exports GraphML with every node and relationship', async () => {
    await resetToSeed();
    const file = path.join(dir, 'graph.graphml');
    const run = await runCli('export', ['--format', 'graphml', '--out', file]);
    expect(run.code).toBe(0);
    const doc = convert(fs.readFileSync(file, 'utf8'), { format: 'object' }) as unknown as {
      graphml: { key: unknown[]; graph: { node: unknown[]; edge: unknown[] } };
    };
    expect(doc.graphml.graph.node).toHaveLength(await count('MATCH (n) RETURN count(n) AS n'));
    expect(doc.graphml.graph.edge).toHaveLength(await count('MATCH ()-[r]->() RETURN count(r) AS n'));
    expect(fs.readFileSync(file, 'utf8')).toMatch(/<data key="node_name">Jeroen Cooreman<\/data>/);
  });
});

async function labelCounts(): Promise<Record<string, number>> {
  const rows = await graph.read<{ label: string; n: number }>(
    'MATCH (n) WHERE NOT n:Migration UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
  );
  const rels = await graph.read<{ label: string; n: number }>('MATCH ()-[r]->() RETURN type(r) AS label, count(*) AS n ORDER BY label');
  return Object.fromEntries([...rows, ...rels.map((r) => ({ ...r, label: `-${r.label}-` }))].map((r) => [r.label, r.n]));
}
