import { hashApiKey } from '../../src/auth/api-keys';
import { heldRound, RECORD_CONSULTATION, sendWithKey } from '../support/editor';
import { resetToSeed } from '../support/seeded-graph';
import { startTestApi, TestApi } from '../support/test-api';

const EDITOR_KEY = 'editor-key-for-nested-pages';

/**
 * The paged lists inside an answer (an official's counterparts and participations, a series'
 * rounds) have connection siblings a client can follow: over real HTTP against the real service
 * and Neo4j, paging with each endCursor until hasNextPage is false gives every item of the whole
 * list exactly once, in the list's own order.
 */
let api: TestApi;
beforeAll(async () => {
  await resetToSeed();
  api = await startTestApi({ EDITOR_API_KEY_HASHES: hashApiKey(EDITOR_KEY) });
  // Jeroen Cooreman meets six more people, one per event, so his counterparts span several pages.
  const met: Array<[string, string, string]> = [
    ['PL', 'Agnieszka Wrobel', '2018-03-01'],
    ['CZ', 'Tomas Dvorak', '2018-06-12'],
    ['PT', 'Ines Carvalho', '2019-02-20'],
    ['FI', 'Heikki Laaksonen', '2019-09-09'],
    ['EE', 'Kristjan Saar', '2020-01-15'],
    ['LT', 'Ruta Jankauskiene', '2021-11-30'],
  ];
  for (const [country, name, date] of met) {
    const recorded = await sendWithKey(api, EDITOR_KEY, RECORD_CONSULTATION, {
      input: heldRound(['BE', country], date, {
        participants: [
          { name: 'Jeroen Cooreman', country: 'BE', rank: 'DEPUTY_MINISTER' },
          { name, country, rank: 'DEPUTY_MINISTER' },
        ],
      }),
    });
    expect(recorded.errors).toBeUndefined();
  }
  // Two earlier rounds of the Belgian–Kazakh series (the seed has one), so its rounds span pages.
  for (const date of ['2016-05-10', '2019-03-05']) {
    expect((await sendWithKey(api, EDITOR_KEY, RECORD_CONSULTATION, { input: heldRound(['BE', 'KZ'], date) })).errors).toBeUndefined();
  }
});
afterAll(() => api.stop());

const ask = async <T = any>(query: string, variables?: Record<string, unknown>): Promise<T> => {
  const response = await api.graphql<T>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
};

interface Page {
  edges: Array<{ cursor: string; node: unknown }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Follows endCursor until hasNextPage is false (bounded, so a cursor that never ends fails the test). */
async function everyPage(read: (after: string | null) => Promise<Page>): Promise<{ nodes: unknown[]; pages: number }> {
  const nodes: unknown[] = [];
  let after: string | null = null;
  for (let pages = 1; pages <= 50; pages++) {
    const page = await read(after);
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return { nodes, pages };
    expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1].cursor);
    after = page.pageInfo.endCursor;
  }
  throw new Error('still a next page after 50 pages');
}

const COOREMAN = 'be-jeroen-cooreman';

describe('Official.counterpartsConnection', () => {
  const WHOLE = `query($id: ID!) { official(id: $id) { counterparts(first: 100) { official { id } consultations { id } } } }`;
  const PAGE = `query($id: ID!, $after: String) { official(id: $id) {
    counterpartsConnection(first: 2, after: $after) { edges { cursor node { official { id } consultations { id } } } pageInfo { hasNextPage endCursor } } } }`;

  it('pages through every counterpart exactly once, in alphabetical order, until hasNextPage is false', async () => {
    const whole = (await ask(WHOLE, { id: COOREMAN })).official.counterparts;
    expect(whole.length).toBeGreaterThanOrEqual(7);
    const { nodes, pages } = await everyPage(async (after) => (await ask(PAGE, { id: COOREMAN, after })).official.counterpartsConnection);
    // One item past each page tells hasNextPage exactly: no empty page at the end.
    expect(pages).toBe(Math.ceil(whole.length / 2));
    expect(nodes).toEqual(whole);
    const ids = nodes.map((n: any) => n.official.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the filters on every page, and its cursors are the ones the plain list takes', async () => {
    const FILTERED = `query($id: ID!, $after: String) { official(id: $id) {
      counterpartsConnection(first: 1, after: $after, rank: DEPUTY_MINISTER, country: "Polen") { edges { cursor node { official { id } } } pageInfo { hasNextPage endCursor } } } }`;
    const { nodes } = await everyPage(async (after) => (await ask(FILTERED, { id: COOREMAN, after })).official.counterpartsConnection);
    expect(nodes).toEqual([{ official: { id: expect.stringMatching(/^pl-/) } }]);

    const first = (await ask(PAGE, { id: COOREMAN, after: null })).official.counterpartsConnection;
    const rest = `query($id: ID!, $after: String) { official(id: $id) { counterparts(after: $after) { official { id } consultations { id } } } }`;
    const whole = (await ask(WHOLE, { id: COOREMAN })).official.counterparts;
    expect((await ask(rest, { id: COOREMAN, after: first.pageInfo.endCursor })).official.counterparts).toEqual(whole.slice(2));
  });

  it('refuses a cursor this API did not hand out, naming the argument', async () => {
    const response = await api.graphql<any>(`{ official(id: "${COOREMAN}") { counterpartsConnection(after: "not-a-cursor") { pageInfo { hasNextPage } } } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response.errors)).toContain('after');
  });
});

describe('Official.participationsConnection and ConsultationSeries.roundsConnection', () => {
  it("pages through an official's participations, newest first, each once", async () => {
    const whole = (await ask(`query($id: ID!) { official(id: $id) { participations { id } } }`, { id: COOREMAN })).official.participations;
    expect(whole.length).toBeGreaterThanOrEqual(7);
    const PAGE = `query($id: ID!, $after: String) { official(id: $id) { participationsConnection(first: 3, after: $after) {
      edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`;
    const { nodes } = await everyPage(async (after) => (await ask(PAGE, { id: COOREMAN, after })).official.participationsConnection);
    expect(nodes).toEqual(whole);
  });

  it("pages through a series' rounds in date order, each once", async () => {
    const SERIES = `query($after: String) { consultationSeries(between: ["BE", "KZ"]) { rounds { id }
      roundsConnection(first: 1, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`;
    const whole = (await ask(SERIES, { after: null })).consultationSeries.rounds;
    expect(whole.length).toBeGreaterThanOrEqual(3);
    const { nodes } = await everyPage(async (after) => (await ask(SERIES, { after })).consultationSeries.roundsConnection);
    expect(nodes).toEqual(whole);
  });
});
