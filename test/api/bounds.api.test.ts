import { hashApiKey } from '../../src/auth/api-keys';
import { heldRound, RECORD_CONSULTATION, sendWithKey } from '../support/editor';
import { resetToSeed } from '../support/seeded-graph';
import { startTestApi, TestApi } from '../support/test-api';

const EDITOR_KEY = 'editor-key-for-bounds-tests';

/**
 * Degree-bounded answers (issue 17, item 5) over real HTTP against the real service and Neo4j:
 * the name search reads its capped candidates from the full-text index of name keys and keeps
 * every spelling it found before (other scripts, surname first, initials, country and rank), an
 * official recorded or given an alias later is found through the keys those writes keep current;
 * the meeting path search answers within its expansion cap and QUERY_LIMIT beyond it.
 */
let api: TestApi;
let capped: TestApi;
beforeAll(async () => {
  await resetToSeed();
  api = await startTestApi({ EDITOR_API_KEY_HASHES: hashApiKey(EDITOR_KEY) });
  // Two participations: no three-meeting chain can be found within that.
  capped = await startTestApi({ MEETING_PATH_MAX_EXPANSION: '2' });
});
afterAll(async () => {
  await api.stop();
  await capped.stop();
});

const ask = async <T = any>(server: TestApi, query: string, variables?: Record<string, unknown>): Promise<T> => {
  const response = await server.graphql<T>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
};

const OFFICIALS = `query($name: String!, $country: String, $rank: Rank) { officials(name: $name, country: $country, rank: $rank) {
  edges { node { id } } } }`;
const found = async (name: string, criteria: { country?: string; rank?: string } = {}) =>
  (await ask(api, OFFICIALS, { name, ...criteria })).officials.edges.map((e: any) => e.node.id);

describe('name search over the full-text index of name keys', () => {
  it('finds people whatever the spelling, script, word order or initials', async () => {
    expect(await found('Koreman')).toEqual(['be-jeroen-cooreman']);
    expect(await found('J. Koreman')).toEqual(['be-jeroen-cooreman']);
    expect(await found('Koreman, J.')).toEqual(['be-jeroen-cooreman']);
    expect(await found('خلف خلفوف')).toEqual(['az-khalaf-khalafov']);
    expect(await found('Khalafov Khalaf')).toEqual(['az-khalaf-khalafov']);
    expect(await found('Vasilenko')).toEqual(['kz-roman-vassilenko']);
  });

  it('narrows by country and by a rank held, and finds nobody for a name without keys', async () => {
    expect(await found('Khalafov', { country: 'AZ' })).toEqual(['az-khalaf-khalafov']);
    expect(await found('Khalafov', { country: 'BE' })).toEqual([]);
    expect(await found('Khalafov', { rank: 'DEPUTY_MINISTER' })).toEqual(['az-khalaf-khalafov']);
    expect(await found('Khalafov', { rank: 'AMBASSADOR' })).toEqual([]);
    expect(await found('J.')).toEqual([]);
  });

  it('finds an official recorded after the index was built, by a misspelling', async () => {
    const recorded = await sendWithKey(api, EDITOR_KEY, RECORD_CONSULTATION, {
      input: heldRound(['FI', 'EE'], '2019-05-02', {
        participants: [{ name: 'Aino Virtanenko', country: 'FI', rank: 'DIRECTOR_GENERAL' }, { name: 'Mart Tamm', country: 'EE', rank: 'DIRECTOR_GENERAL' }],
      }),
    });
    expect(recorded.errors).toBeUndefined();
    const [id] = await found('Aino Virtanenko');
    expect(id).toMatch(/^fi-/);
    expect(await found('Virttanenko')).toEqual([id]);
    expect(await found('Virtanenko', { country: 'FI' })).toEqual([id]);
  });
});

describe('meeting path search, bounded', () => {
  const PATH = 'query($from: ID!, $to: ID!, $maxHops: Int!) { meetingPath(from: $from, to: $to, maxHops: $maxHops) { name } }';
  const ROUTE = 'query($from: String!, $to: String!, $maxHops: Int) { meetingRoute(from: $from, to: $to, maxHops: $maxHops) { from { name } to { name } consultations { id } } }';
  const ends = { from: 'kz-roman-vassilenko', to: 'tj-sodiq-imomi' };

  it('finds the shortest chain from both ends within the cap, [] beyond maxHops', async () => {
    expect((await ask(api, PATH, { ...ends, maxHops: 6 })).meetingPath.map((o: any) => o.name)).toEqual(['Roman Vassilenko', 'Jeroen Cooreman', 'Khalaf Khalafov', 'Sodiq Imomi']);
    expect((await ask(api, PATH, { ...ends, maxHops: 3 })).meetingPath).toHaveLength(4);
    expect((await ask(api, PATH, { ...ends, maxHops: 2 })).meetingPath).toEqual([]);
    expect((await ask(api, PATH, { from: ends.to, to: ends.from, maxHops: 6 })).meetingPath.map((o: any) => o.name)).toEqual(['Sodiq Imomi', 'Khalaf Khalafov', 'Jeroen Cooreman', 'Roman Vassilenko']);
    expect((await ask(api, ROUTE, ends)).meetingRoute.map((s: any) => [s.from.name, s.to.name, s.consultations.map((c: any) => c.id)])).toEqual([
      ['Roman Vassilenko', 'Jeroen Cooreman', ['be-kz-political-consultations-2024-10-18']],
      ['Jeroen Cooreman', 'Khalaf Khalafov', ['az-be-political-consultations-2022-04-04']],
      ['Khalaf Khalafov', 'Sodiq Imomi', ['az-tj-political-consultations-2022-06-09']],
    ]);
  });

  it('answers QUERY_LIMIT naming the cap when the search would expand past it, for the path and the route', async () => {
    for (const [query, field] of [[PATH, 'meetingPath'], [ROUTE, 'meetingRoute']] as const) {
      const response = await capped.graphql<any>(query, { ...ends, maxHops: 6 });
      expect(response.data).toEqual({ [field]: null });
      expect(response.errors).toEqual([
        expect.objectContaining({ message: expect.stringContaining('more than 2 participations'), extensions: expect.objectContaining({ code: 'QUERY_LIMIT', limit: 'maxMeetingExpansion', max: 2 }) }),
      ]);
    }
    // One meeting apart stays within two participations.
    expect((await ask(capped, PATH, { from: 'be-jeroen-cooreman', to: 'az-khalaf-khalafov', maxHops: 6 })).meetingPath).toHaveLength(2);
  });
});
