import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { hashApiKey } from '../../src/auth/api-keys';
import { exportRecords } from '../../src/graph/export/export-records';
import { Graph } from '../../src/graph/graph';
import { resetToSeed } from '../support/seeded-graph';
import { connectTestGraph } from '../support/test-graph';
import { startTestApi, TestApi } from '../support/test-api';

/**
 * Property-based: every argument of every query and mutation, fed long strings, control
 * characters, mixed scripts, right-to-left text, emoji, Cypher fragments, wrong types and huge
 * numbers, gets an answer or a typed error — never a 500, never a stack trace — and the graph
 * is byte-for-byte what it was (fingerprint of the full export).
 */
const EDITOR_KEY = 'editor-key-for-bad-input-tests';
const TYPED = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'NOT_FOUND', 'AMBIGUOUS_NAME', 'QUERY_LIMIT', 'CONFLICT']);
const RUNS = Number(process.env.FAST_CHECK_RUNS ?? 40);

let api: TestApi;
let graph: Graph;
let fingerprint: string;
const tried = { queries: 0, rejected: 0 };

async function graphFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for await (const row of exportRecords(graph)) hash.update(JSON.stringify(row));
  const [counts] = await graph.read<{ nodes: number; rels: number }>('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels');
  return `${hash.digest('hex')}:${counts.nodes}:${counts.rels}`;
}

beforeAll(async () => {
  await resetToSeed();
  graph = connectTestGraph();
  api = await startTestApi({ NODE_ENV: 'production', EDITOR_API_KEY_HASHES: hashApiKey(EDITOR_KEY) });
  fingerprint = await graphFingerprint();
});
afterAll(async () => {
  await api.stop();
  await graph.close();
  process.stdout.write(`bad-input: ${tried.queries} requests, ${tried.rejected} refused with a typed error\n`);
});

async function ask(query: string, variables: Record<string, unknown>, editor = false): Promise<void> {
  const response = await fetch(`${api.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(editor ? { authorization: `Bearer ${EDITOR_KEY}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  tried.queries += 1;
  expect(response.status).not.toBeGreaterThanOrEqual(500);
  const text = await response.text();
  expect(text).not.toMatch(/\bat [\w.<>]+ \(|stacktrace|\.ts:\d+|\.js:\d+/);
  const body = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
  if (body.errors) {
    tried.rejected += 1;
    for (const error of body.errors) expect(TYPED).toContain(error.extensions?.code);
  }
}

/** Strings people and attackers actually send. */
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ maxLength: 5000 }).map((s) => s.padEnd(3000, 'ж')),
  fc.constantFrom(
    "' OR 1=1 //",
    '"}) MATCH (n) DETACH DELETE n //',
    '`) DETACH DELETE n WITH 1 AS x MATCH (m',
    '$id} RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 //',
    'CALL dbms.killQueries([]) //',
    '\u0000\u0001\u001f\u007f',
    'خلف خلفوف\u202eevil\u202c',
    'Χαλάφ Χαλάφοφ 🇦🇿🤝🇧🇪',
    'a'.repeat(100_001),
    '\ud800',
    '',
    '   ',
  ),
);

/** Anything a client could put where a value goes (wrong types included). */
const anyValue = fc.oneof(nasty, fc.integer(), fc.double(), fc.constant(2 ** 53 + 1), fc.constant(-1e308), fc.boolean(), fc.constant(null), fc.array(nasty, { maxLength: 3 }), fc.object({ maxDepth: 1 }));

/** Text for any generated value: String() throws on objects such as `{ toString: {} }`. */
function label(v: unknown): string {
  try {
    return String(v);
  } catch {
    return JSON.stringify(v) ?? 'value';
  }
}

const READS: Array<[string, string, (v: unknown) => Record<string, unknown>]> = [
  ['officials(name)', 'query($v: String) { officials(name: $v) { totalCount edges { node { id } } } }', (v) => ({ v })],
  ['officials(country)', 'query($v: String) { officials(country: $v) { totalCount } }', (v) => ({ v })],
  ['officials(after, first)', 'query($v: String, $n: Int) { officials(after: $v, first: $n) { totalCount } }', (v) => ({ v, n: v })],
  ['official(id)', 'query($v: ID!) { official(id: $v) { id counterparts(country: $v) { official { id } } } }', (v) => ({ v })],
  ['countries(name)', 'query($v: String) { countries(name: $v) { code } }', (v) => ({ v })],
  ['country(code)', 'query($v: String!) { country(code: $v) { code } }', (v) => ({ v })],
  ['consultationSeries(between)', 'query($v: [String!]!) { consultationSeries(between: $v) { id } }', (v) => ({ v: [v, v] })],
  ['consultations(filter)', 'query($f: ConsultationFilter) { consultations(filter: $f) { totalCount } }', (v) => ({ f: { city: v, topic: v, participant: v, country: v } })],
  ['consultations(dates)', 'query($f: ConsultationFilter) { consultations(filter: $f) { totalCount } }', (v) => ({ f: { from: v, to: v } })],
  ['meetingPath', 'query($v: ID!, $n: Int!) { meetingPath(from: $v, to: $v, maxHops: $n) { id } }', (v) => ({ v, n: v })],
  ['extractConsultation', 'query($v: String!, $u: String, $d: Date) { extractConsultation(text: $v, sourceUrl: $u, publishedAt: $d) { countries { code } } }', (v) => ({ v, u: v, d: v })],
];

const WRITES: Array<[string, string, (v: unknown) => Record<string, unknown>]> = [
  ['addOfficialAlias (no such official)', 'mutation($v: String!, $id: ID!) { addOfficialAlias(officialId: $id, alias: $v) { id } }', (v) => ({ v, id: `nobody-${label(v).slice(0, 20)}` })],
  ['mergeOfficials (no such officials)', 'mutation($v: ID!) { mergeOfficials(keep: $v, remove: "nobody-at-all") { id } }', (v) => ({ v })],
  ['correctRound (no such consultation)', 'mutation($v: String!, $n: Int!) { correctRound(consultationId: "no-such-event", number: $n, statedAs: $v, source: { id: "x", language: "en", title: "t" }) { id } }', (v) => ({ v, n: v })],
  [
    'recordConsultation (an invalid country in every record)',
    'mutation($input: RecordConsultationInput!) { recordConsultation(input: $input) { id } }',
    (v) => ({
      input: {
        kind: 'POLITICAL_CONSULTATIONS', date: v, city: v, countries: ['AZ', `Q${label(v)}`.slice(0, 40).padEnd(3, 'Q')],
        participants: [{ name: v, country: 'AZ', title: v }], topics: [v],
        sources: [{ id: v, language: v, title: v, url: v }],
      },
    }),
  ],
];

describe.each(READS)('query %s', (_name, query, variables) => {
  it('answers or refuses with a typed error', async () => {
    await fc.assert(fc.asyncProperty(anyValue, async (v) => ask(query, variables(v))), { numRuns: RUNS });
  });
});

describe.each(WRITES)('mutation %s', (_name, query, variables) => {
  it('refuses with a typed error and writes nothing', async () => {
    await fc.assert(fc.asyncProperty(anyValue, async (v) => ask(query, variables(v), true)), { numRuns: RUNS });
    expect(await graphFingerprint()).toBe(fingerprint);
  });
});

it('the graph is unchanged after everything above (Cypher fragments in every string included)', async () => {
  expect(await graphFingerprint()).toBe(fingerprint);
});
