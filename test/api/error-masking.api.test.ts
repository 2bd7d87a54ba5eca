import { hashApiKey } from '../../src/auth/api-keys';
import { Graph } from '../../src/graph/graph';
import { resetToSeed } from '../support/seeded-graph';
import { connectTestGraph } from '../support/test-graph';
import { startTestApi, TestApi } from '../support/test-api';

/**
 * What an error tells a client, with NODE_ENV unset (what `npm start` runs: development) and in
 * production: client errors keep their code and message; an internal error says only
 * INTERNAL_SERVER_ERROR and an errorId; no answer carries a stack trace, a file path or a Neo4j
 * message.
 */
const EDITOR_KEY = 'editor-key-for-error-masking-tests';
const LEAKS = /stacktrace|\bat [\w.<>]+ \(|\.ts:\d+|\.js:\d+|\/work\/|node_modules|\/src\/|Neo4j(Error)?:|Neo\.(Client|Transient|Database)Error|Forseti|Pool status|bolt:\/\//;

type Probe = { name: string; request: () => RequestInit & { path?: string }; code: string };

const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

const PROBES: Probe[] = [
  { name: 'a syntax error', code: 'GRAPHQL_PARSE_FAILED', request: () => post({ query: '{ officials(' }) },
  { name: 'an unknown field', code: 'GRAPHQL_VALIDATION_FAILED', request: () => post({ query: '{ nope }' }) },
  { name: 'a variable of the wrong type', code: 'BAD_USER_INPUT', request: () => post({ query: 'query($n: Int) { consultations(first: $n) { totalCount } }', variables: { n: 'many' } }) },
  { name: 'an argument refused by its validator', code: 'BAD_USER_INPUT', request: () => post({ query: '{ extractConsultation(text: "") { countries { code } } }' }) },
  { name: 'a bad date', code: 'GRAPHQL_VALIDATION_FAILED', request: () => post({ query: '{ consultations(filter: { from: "2022-13-45" }) { totalCount } }' }) },
  { name: 'an unknown official', code: 'NOT_FOUND', request: () => post({ query: '{ consultation(id: "xx-nobody-at-all") { id } }' }) },
  { name: 'a query too deep', code: 'QUERY_LIMIT', request: () => post({ query: `{ consultations { edges { node { participants { official { participations { consultation { participants { official { participations { consultation { id } } } } } } } } } } } }` }) },
  { name: 'a mutation without a key', code: 'UNAUTHENTICATED', request: () => post({ query: 'mutation { mergeOfficials(keep: "a", remove: "b") { id } }' }) },
  { name: 'a mutation with a wrong key', code: 'UNAUTHENTICATED', request: () => post({ query: 'mutation { mergeOfficials(keep: "a", remove: "b") { id } }' }, { authorization: 'Bearer not-a-key' }) },
  { name: 'a cross-site form post (CSRF refusal)', code: 'BAD_REQUEST', request: () => ({ method: 'GET', path: '/graphql?query=%7B__typename%7D', headers: { accept: 'application/json' } }) },
  { name: 'a body that is not JSON', code: 'BAD_USER_INPUT', request: () => post('{"query": ') },
  { name: 'a body too large', code: 'QUERY_LIMIT', request: () => post({ query: `{ __typename } # ${'x'.repeat(1_100_000)}` }) },
];

let graph: Graph;
beforeAll(async () => {
  await resetToSeed();
  graph = connectTestGraph();
});
afterAll(() => graph.close());

describe.each([
  ['NODE_ENV unset (development)', { NODE_ENV: 'development' }],
  ['production', { NODE_ENV: 'production' }],
])('with %s', (_mode, env) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ ...env, EXPOSE_QUERY_STATS: 'false', EDITOR_API_KEY_HASHES: hashApiKey(EDITOR_KEY) });
  });
  afterAll(() => api.stop());

  it.each(PROBES.map((p) => [p.name, p] as const))('%s keeps its code and message, without a stack trace or a path', async (_name, probe) => {
    const { path = '/graphql', ...init } = probe.request();
    const response = await fetch(`${api.base}${path}`, init);
    const text = await response.text();
    expect(text).not.toMatch(LEAKS);
    const body = JSON.parse(text) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors.length).toBeGreaterThan(0);
    for (const error of body.errors) {
      expect(error.extensions.code).toBe(probe.code);
      expect(error.message.length).toBeGreaterThan(0);
      expect(error.extensions).not.toHaveProperty('errorId');
    }
  });

  it('answers an internal error (a corrupt value in the graph) with INTERNAL_SERVER_ERROR and an errorId only', async () => {
    const [{ id }] = await graph.write<{ id: string }>("MATCH (c:Consultation) WITH c ORDER BY c.id LIMIT 1 SET c.kindBeforeTest = c.kind, c.kind = 'NOT_A_KIND' RETURN c.id AS id");
    try {
      const response = await fetch(`${api.base}/graphql`, post({ query: 'query($id: ID!) { consultation(id: $id) { id kind } }', variables: { id } }));
      const text = await response.text();
      expect(text).not.toMatch(LEAKS);
      expect(text).not.toMatch(/NOT_A_KIND|Enum|represent/);
      const body = JSON.parse(text) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', errorId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      expect(body.errors[0].message).toContain(body.errors[0].extensions.errorId as string);
      expect(response.headers.get('x-request-id')).toMatch(/\S/);
    } finally {
      await graph.write('MATCH (c:Consultation {id: $id}) SET c.kind = c.kindBeforeTest REMOVE c.kindBeforeTest', { id });
    }
  });
});

it('shows an internal error\'s stack trace only with EXPOSE_STACK_TRACES=true', async () => {
  const api = await startTestApi({ NODE_ENV: 'development', EXPOSE_QUERY_STATS: 'false', EXPOSE_STACK_TRACES: 'true' });
  const [{ id }] = await graph.write<{ id: string }>("MATCH (c:Consultation) WITH c ORDER BY c.id LIMIT 1 SET c.kindBeforeTest = c.kind, c.kind = 'NOT_A_KIND' RETURN c.id AS id");
  try {
    const internal = (await (await fetch(`${api.base}/graphql`, post({ query: 'query($id: ID!) { consultation(id: $id) { kind } }', variables: { id } }))).json()) as any;
    expect(internal.errors[0].extensions.stacktrace.join('\n')).toMatch(/Enum|represent/);
    const client = await (await fetch(`${api.base}/graphql`, post({ query: '{ nope }' }))).text();
    expect(client).not.toMatch(/stacktrace/);
  } finally {
    await graph.write('MATCH (c:Consultation {id: $id}) SET c.kind = c.kindBeforeTest REMOVE c.kindBeforeTest', { id });
    await api.stop();
  }
});
