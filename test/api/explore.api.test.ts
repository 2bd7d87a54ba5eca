import { parse, validate } from 'graphql';
import { buildApiSchema } from '../../src/resolvers';
import { EXPLORE_QUERIES, EXPLORE_SUBSCRIPTIONS, ExploreQueryName, NETWORK_PAGE_SIZE } from '../../src/server/explore/explore-queries';
import { fetchLocalAsset } from '../support/local-assets';
import { resetToSeed } from '../support/seeded-graph';
import { startTestApi, TestApi } from '../support/test-api';

/**
 * The explorer at /explore is served by the API itself: the page and everything it loads come
 * from this server under a same-origin content security policy, and each GraphQL operation the
 * page sends runs against the real schema and seed. (A real browser using it: the browser test.)
 */
let api: TestApi;
beforeAll(async () => {
  await resetToSeed();
  api = await startTestApi();
});
afterAll(() => api.stop());

const fetchText = async (path: string) => {
  const response = await fetch(`${api.base}${path}`);
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text(), headers: response.headers };
};

it('serves the page and every script and stylesheet it loads from this server, nothing from elsewhere', async () => {
  const page = await fetchText('/explore');
  expect(page.status).toBe(200);
  expect(page.type).toMatch(/html/);
  const policy = page.headers.get('content-security-policy') ?? '';
  expect(policy).toMatch(/script-src 'self'/);
  expect(policy).toMatch(/connect-src 'self'/);
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);

  const references = [...page.text.matchAll(/(?:src|href)="(\/[^"]*)"/g)].map((m) => m[1]).filter((ref) => ref.startsWith('/explore/'));
  expect(references).toEqual(expect.arrayContaining(['/explore/lib/cytoscape.min.js', '/explore/lib/cytoscape-fcose.js', '/explore/lib/cytoscape-svg.js', '/explore/app/main.js']));
  // The app's modules import each other by relative path: follow them all.
  const seen = new Set<string>();
  const queue = [...references];
  while (queue.length > 0) {
    const ref = queue.shift()!;
    if (seen.has(ref)) continue;
    seen.add(ref);
    const text = await fetchLocalAsset(api.base, ref);
    if (ref.startsWith('/explore/app/')) {
      for (const m of text.matchAll(/^import [^'"]*['"]\.\/([\w-]+\.js)['"]/gm)) queue.push(`/explore/app/${m[1]}`);
    }
  }
  expect([...seen].filter((ref) => ref.startsWith('/explore/app/')).length).toBeGreaterThanOrEqual(9);
});

it('serves only the files it lists: no path reaches anything else', async () => {
  for (const path of ['/explore/app/..%2fexplore-routes.ts', '/explore/app/%2e%2e%2f%2e%2e%2fconfig%2fconfig.ts', '/explore/lib/..%2f..%2fpackage.json', '/explore/app/explore-routes.ts']) {
    expect({ path, status: (await fetchText(path)).status }).toEqual({ path, status: 404 });
  }
});

/** Variables as the page sends them, for the seed's Cooreman, Azerbaijan and Kazakhstan–Belgium. */
const VARIABLES: Record<ExploreQueryName, Record<string, unknown>> = {
  Search: { q: 'Koreman' },
  PairSides: { a: 'Kasachstan', b: 'Belgien' },
  OfficialNetwork: { id: 'be-jeroen-cooreman', participant: 'be-jeroen-cooreman', first: NETWORK_PAGE_SIZE },
  CountryNetwork: { code: 'AZ', first: NETWORK_PAGE_SIZE },
  PairNetwork: { pair: ['BE', 'KZ'], first: NETWORK_PAGE_SIZE },
  PairSeries: { pair: ['BE', 'KZ'] },
};

it('every operation the page sends runs within the API limits and answers from the graph', async () => {
  const answers: Record<string, any> = {};
  for (const [name, query] of Object.entries(EXPLORE_QUERIES) as Array<[ExploreQueryName, string]>) {
    const answer = await api.graphql<any>(query, VARIABLES[name]);
    expect({ name, errors: answer.errors }).toEqual({ name, errors: undefined });
    answers[name] = answer.data;
  }
  expect(answers.Search.officials.edges[0].node.name).toBe('Jeroen Cooreman');
  expect(answers.PairSides.a[0].code).toBe('KZ');
  expect(answers.PairSides.b[0].code).toBe('BE');

  const heads = (data: any) => new Set(data.consultations.edges.flatMap((e: any) => e.node.participants.map((p: any) => p.official?.name)));
  expect([...heads(answers.OfficialNetwork)]).toEqual(expect.arrayContaining(['Jeroen Cooreman', 'Khalaf Khalafov', 'Roman Vassilenko']));
  expect(answers.CountryNetwork.consultations.totalCount).toBeGreaterThanOrEqual(4);
  const pairEvent = answers.PairNetwork.consultations.edges[0].node;
  expect(pairEvent.round).toMatchObject({ number: 5, origin: 'STATED' });
  expect(pairEvent.citations.length).toBeGreaterThan(0);
  expect(answers.PairSeries.political.rounds.map((r: any) => r.round.number)).toEqual([5]);
  expect(answers.PairSeries.commission).toBeNull();
});

it("the page's live subscription is valid against the schema (the browser test receives it)", async () => {
  const schema = await buildApiSchema();
  for (const [name, query] of Object.entries(EXPLORE_SUBSCRIPTIONS)) {
    expect({ name, errors: validate(schema, parse(query)).map((e) => e.message) }).toEqual({ name, errors: [] });
  }
});
