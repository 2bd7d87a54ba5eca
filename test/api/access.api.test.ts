import os from 'node:os';
import path from 'node:path';
import { hashApiKey } from '../../src/auth/api-keys';
import { projectRoot } from '../../src/config/config';
import { compileProject, startProcess } from '../support/cli';
import { resetToSeed } from '../support/seeded-graph';
import { startTestApi, TestApi } from '../support/test-api';

/**
 * Access from browsers and with credentials: CORS only for configured origins, CSRF-style
 * requests refused before they run, writes only with the editor key (and a refused write changes
 * nothing), and neither keys nor the database password ever appear in the logs.
 */
const EDITOR_KEY = 'editor-key-for-access-tests-4f1c';
const ALLOWED = 'https://analysts.example.org';
let api: TestApi;

beforeAll(async () => {
  await resetToSeed();
  api = await startTestApi({ EDITOR_API_KEY_HASHES: hashApiKey(EDITOR_KEY), CORS_ORIGINS: ALLOWED });
});
afterAll(() => api.stop());

const ALIAS = 'mutation { addOfficialAlias(officialId: "be-jeroen-cooreman", alias: "J. Kooreman") { aliases } }';
const aliases = async () => (await api.graphql<any>('{ official(id: "be-jeroen-cooreman") { aliases } }')).data.official.aliases as string[];

describe('CORS', () => {
  it('answers a preflight from a configured origin, and gives an unknown origin nothing to read', async () => {
    const preflight = (origin: string) =>
      fetch(`${api.base}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const allowed = await preflight(ALLOWED);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    const other = await preflight('https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CSRF', () => {
  it('refuses a simple cross-site form post and a GET mutation; the graph is unchanged', async () => {
    const before = await aliases();
    const form = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${EDITOR_KEY}` },
      body: JSON.stringify({ query: ALIAS }),
    });
    expect(form.status).toBe(400);
    const get = await fetch(`${api.base}/graphql?query=${encodeURIComponent(ALIAS)}`, { headers: { authorization: `Bearer ${EDITOR_KEY}` } });
    expect(get.status).toBeGreaterThanOrEqual(400);
    expect(await aliases()).toEqual(before);
  });
});

describe('credentials', () => {
  it('refuses a write without the editor key and changes nothing; accepts it with the key', async () => {
    const before = await aliases();
    const anonymous = await api.graphql<any>(ALIAS);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY.slice(0, -1)}x` },
      body: JSON.stringify({ query: ALIAS }),
    });
    expect(((await wrong.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await aliases()).toEqual(before);
    const editor = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY}` },
      body: JSON.stringify({ query: ALIAS }),
    });
    expect(((await editor.json()) as any).data.addOfficialAlias.aliases).toContain('J. Kooreman');
  });

  it('never writes a key or the database password to the logs, even at debug level', async () => {
    compileProject();
    const password = 'db-password-never-logged-9d2e';
    const run = startProcess(path.join(projectRoot(), 'dist', 'src', 'main.js'), [], {
      PATH: process.env.PATH ?? '',
      HOME: os.homedir(),
      NEO4J_URI: process.env.NEO4J_URI!,
      NEO4J_PASSWORD: password,
      PORT: '0',
      LOG_LEVEL: 'debug',
      SEED_ON_START: 'false',
      EDITOR_API_KEY_HASHES: hashApiKey(EDITOR_KEY),
    });
    try {
      let url: string | undefined;
      for (let i = 0; i < 600 && !url; i += 1) {
        url = /READY: GraphQL API and IDE at (\S+)/.exec(run.output())?.[1];
        if (!url) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(url).toBeDefined();
      for (const key of [EDITOR_KEY, 'some-unknown-key']) {
        await fetch(url!, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query: ALIAS }) });
        await fetch(url!, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: '{"query": "{ broken' });
      }
    } finally {
      run.child.kill('SIGTERM');
      await run.exit;
    }
    const logs = run.output();
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [EDITOR_KEY, 'some-unknown-key', password]) expect(logs).not.toContain(secret);
  });
});
