import { startTestApi, TestApi } from '../support/test-api';

describe('the API over HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  it('answers a GraphQL query with data from Neo4j', async () => {
    const response = await api.graphql('{ health { live databaseReachable databaseVersion } }');
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      health: { live: true, databaseReachable: true, databaseVersion: expect.stringMatching(/^Neo4j\/5\.26\./) },
    });
  });

  it('reports the process live', async () => {
    const response = await fetch(`${api.base}/health/live`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'live' });
  });

  it('reports ready while Neo4j answers', async () => {
    const response = await fetch(`${api.base}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', neo4j: { reachable: true, version: expect.any(String) } });
  });

  it('serves the in-browser IDE to a browser at /graphql', async () => {
    const response = await fetch(`${api.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
  });

  it('refuses an invalid query with a GraphQL error, not a crash: 400, or 200 for legacy application/json clients (GraphQL over HTTP)', async () => {
    for (const [accept, status] of [['application/graphql-response+json', 400], ['application/json', 200]] as const) {
      const response = await fetch(`${api.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify({ query: '{ health { noSuchField } }' }),
      });
      expect(response.status).toBe(status);
      const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });
});
