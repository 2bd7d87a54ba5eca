import { readmeExamples } from '../../src/server/ide/examples';
import { projectRoot } from '../../src/config/config';
import { fetchLocalAsset } from '../support/local-assets';
import { resetToSeed } from '../support/seeded-graph';
import { startTestApi, TestApi } from '../support/test-api';
import { createClient } from 'graphql-sse';
import { hashApiKey } from '../../src/auth/api-keys';
import { heldRound, RECORD_CONSULTATION, sendWithKey } from '../support/editor';

const EDITOR_KEY = 'editor-key-for-ide-tests';

/**
 * The IDE at /graphql is served by the API itself: the page and every file it loads come from
 * this server (no outside URL), and its preloaded tabs are the README's example queries, each of
 * which runs without an error. (A real browser loading it offline is issue 7's browser test.)
 */
let api: TestApi;
beforeAll(async () => {
  await resetToSeed();
  api = await startTestApi({ EDITOR_API_KEY_HASHES: hashApiKey(EDITOR_KEY) });
});
afterAll(() => api.stop());

it('serves GraphiQL and its assets from this server only, with the README questions preloaded', async () => {
  const response = await fetch(`${api.base}/graphql`, { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  const page = await response.text();
  const references = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  expect(references.length).toBeGreaterThanOrEqual(5);
  for (const ref of references) {
    expect(ref).toMatch(/^\/ide\//);
    await fetchLocalAsset(api.base, ref);
  }
  const saved = JSON.parse(/<script id="saved-questions" type="application\/json">([\s\S]*?)<\/script>/.exec(page)![1]) as Array<{ title: string; query: string }>;
  expect(saved.map((s) => s.title)).toEqual(readmeExamples(projectRoot()).map((e) => e.title));
  expect(saved.length).toBeGreaterThanOrEqual(8);
  expect(saved[0].title).toBe('Which deputy ministers met Jeroen Cooreman?');
});

const isSubscription = (query: string) => /^subscription\b/m.test(query.replace(/^#.*$/gm, '').trim());

it('every preloaded question runs without an error', async () => {
  for (const example of readmeExamples(projectRoot()).filter((e) => !isSubscription(e.query))) {
    const answer = await api.graphql(example.query);
    expect({ title: example.title, errors: answer.errors }).toEqual({ title: example.title, errors: undefined });
  }
});

it('every preloaded subscription runs over Server-Sent Events and receives the next event about Azerbaijan', async () => {
  const subscriptions = readmeExamples(projectRoot()).filter((e) => isSubscription(e.query));
  expect(subscriptions.length).toBeGreaterThanOrEqual(1);
  for (const example of subscriptions) {
    const client = createClient({ url: `${api.base}/graphql/stream`, retryAttempts: 0 });
    try {
      const events = client.iterate({ query: example.query });
      const first = events.next();
      const deadline = Date.now() + 30_000;
      while (api.service.feed.subscriberCount < 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      const written = await sendWithKey(api, EDITOR_KEY, RECORD_CONSULTATION, { input: heldRound(['AZ', 'UZ'], '2024-09-12') });
      expect(written.errors).toBeUndefined();
      const { value } = await first;
      expect({ title: example.title, errors: (value as any).errors, id: (value as any).data?.consultationRecorded?.id })
        .toEqual({ title: example.title, errors: undefined, id: written.data.recordConsultation.id });
      await events.return?.();
    } finally {
      client.dispose();
    }
  }
});

it('a GraphQL client asking by GET still gets JSON, not the page', async () => {
  const response = await fetch(`${api.base}/graphql?query=${encodeURIComponent('{ health { live } }')}`, {
    headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
  });
  expect(response.headers.get('content-type')).toMatch(/json/);
  expect(await response.json()).toMatchObject({ data: { health: { live: true } } });
});
