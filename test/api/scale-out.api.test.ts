import { hashApiKey } from '../../src/auth/api-keys';
import { startTestApi, TestApi } from '../support/test-api';

const EDITOR_KEY = 'editor-key-for-scale-out-tests';

/**
 * The API through a routing driver (`neo4j://`, as against a cluster or Aura): reads are sent
 * as READ sessions, writes as WRITE sessions, and a mutation's answer carries the bookmark a
 * client sends back so its next read — on any replica — sees the write. The suite's single
 * Neo4j answers routing requests itself, so the whole path runs here.
 */
describe('scale-out: a routing URI and read-your-writes bookmarks', () => {
  let api: TestApi;
  beforeAll(async () => {
    const uri = process.env.NEO4J_URI!.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
    expect(uri).toMatch(/^neo4j/);
    api = await startTestApi({ NEO4J_URI: uri, EDITOR_API_KEY_HASHES: hashApiKey(EDITOR_KEY) });
  });
  afterAll(() => api.stop());

  const post = (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
    fetch(api.service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });

  const RECORD = `mutation($input: RecordConsultationInput!) { recordConsultation(input: $input) { id city } }`;
  const READ = `query($id: ID!) { consultation(id: $id) { id city sources { id } } }`;
  const input = {
    kind: 'POLITICAL_CONSULTATIONS',
    date: '2021-03-04',
    city: 'Reykjavik',
    countries: ['IS', 'EE'],
    participants: [{ name: 'Routing Probe Person', country: 'IS', rank: 'DEPUTY_MINISTER', sources: [{ source: 'scale-out-test-1' }] }],
    sources: [{ id: 'scale-out-test-1', language: 'en', title: 'A report written for the scale-out test', publishedAt: '2021-03-05' }],
  };

  it('answers a mutation with a bookmark, and a read sent with it sees the write', async () => {
    const written = await post(RECORD, { input }, { authorization: `Bearer ${EDITOR_KEY}` });
    const body = (await written.json()) as { data?: { recordConsultation: { id: string; city: string } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const bookmark = written.headers.get('x-bookmark');
    expect(bookmark).toMatch(/^[A-Za-z0-9:+/=_.-]+(,[A-Za-z0-9:+/=_.-]+)*$/);

    const read = await post(READ, { id: body.data!.recordConsultation.id }, { 'x-bookmark': bookmark! });
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual({
      data: { consultation: { id: body.data!.recordConsultation.id, city: 'Reykjavik', sources: [{ id: 'scale-out-test-1' }] } },
      extensions: expect.any(Object),
    });
    // The read hands back a bookmark at least as recent, to chain the next request on.
    expect(read.headers.get('x-bookmark')).toBeTruthy();
  });

  it('answers reads without a bookmark too', async () => {
    const response = await post('{ health { databaseReachable } }', {});
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { health: { databaseReachable: true } } });
  });

  it('refuses a malformed bookmark header with 400 BAD_USER_INPUT naming it, before anything runs', async () => {
    const response = await post('{ health { live } }', {}, { 'x-bookmark': 'FB:ok==,not a bookmark;' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'X-Bookmark: "not a bookmark;" is not a bookmark',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'X-Bookmark', message: '"not a bookmark;" is not a bookmark' }] },
        },
      ],
    });
  });
});
