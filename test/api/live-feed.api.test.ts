import { createClient, Client } from 'graphql-sse';
import { hashApiKey } from '../../src/auth/api-keys';
import { importRecords } from '../../src/import/import-records';
import { SourceLine } from '../../src/import/source-lines';
import { heldRound, RECORD_CONSULTATION, sendWithKey } from '../support/editor';
import { resetToSeed } from '../support/seeded-graph';
import { startTestApi, TestApi } from '../support/test-api';

const EDITOR_KEY = 'editor-key-for-feed-tests';
const READER_KEY = 'reader-key-for-feed-tests';

/**
 * The live feed over Server-Sent Events at /graphql/stream, received by a real SSE client
 * (graphql-sse's own, distinct connections mode) from the real service: every committed
 * recordConsultation, import batch and merge announces the events it created or changed, to the
 * subscribers of their countries.
 */
let api: TestApi;
const clients: Client[] = [];
beforeAll(async () => {
  await resetToSeed();
  api = await startTestApi({ EDITOR_API_KEY_HASHES: hashApiKey(EDITOR_KEY), READER_API_KEY_HASHES: hashApiKey(READER_KEY) });
});
afterAll(async () => {
  for (const client of clients) client.dispose();
  await api.stop();
});

const FEED = `subscription($country: String) { consultationRecorded(country: $country) {
  id date countries { code } levelParity { balanced gap } participants { official { name } } } }`;

/** A subscription's events as they arrive; `next()` waits (generously) for the next one. */
function subscribe(base: string, variables: Record<string, unknown>, key?: string, query = FEED) {
  const client = createClient({ url: `${base}/graphql/stream`, retryAttempts: 0, headers: key ? { authorization: `Bearer ${key}` } : {} });
  clients.push(client);
  const events = client.iterate<any>({ query, variables });
  return {
    async next(timeoutMs = 30_000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('no event within the wait')), timeoutMs); });
      try {
        const step = await Promise.race([events.next(), timeout]);
        return step.value;
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => events.return?.(),
  };
}

/** Subscriptions are registered once the stream is open: wait until the service sees them. */
async function subscribed(count: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (api.service.feed.subscriberCount < count) {
    if (Date.now() > deadline) throw new Error(`only ${api.service.feed.subscriberCount} of ${count} subscriptions registered`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const record = async (input: Record<string, unknown>) => {
  const answer = await sendWithKey(api, EDITOR_KEY, RECORD_CONSULTATION, { input });
  expect(answer.errors).toBeUndefined();
  return answer.data.recordConsultation.id as string;
};

it('delivers each committed write to the subscribers of its countries, as the event is after the write', async () => {
  const azerbaijan = subscribe(api.base, { country: 'Aserbaidschan' });
  const everything = subscribe(api.base, {});
  const finland = subscribe(api.base, { country: 'FI' });
  await subscribed(3);

  const georgia = await record(heldRound(['AZ', 'GE'], '2023-05-17', {
    participants: [{ name: 'Khalaf Khalafov', country: 'AZ', rank: 'DEPUTY_MINISTER' }, { name: 'Lasha Darsalia', country: 'GE', rank: 'DIRECTOR_GENERAL' }],
  }));
  const expected = {
    data: { consultationRecorded: {
      id: georgia, date: '2023-05-17', countries: [{ code: 'AZ' }, { code: 'GE' }], levelParity: { balanced: false, gap: 1 },
      participants: expect.arrayContaining([{ official: { name: 'Khalaf Khalafov' } }, { official: { name: 'Lasha Darsalia' } }]),
    } },
  };
  expect(await azerbaijan.next()).toEqual(expected);
  expect(await everything.next()).toEqual(expected);

  // An import batch, once committed: Finland's subscriber gets its event (and never saw Georgia's).
  async function* lines(): AsyncGenerator<SourceLine> {
    yield { line: 1, value: heldRound(['FI', 'EE'], '2022-03-01') };
    yield { line: 2, value: heldRound(['FI', 'EE'], '2022-02-30') }; // an impossible date: rejected, never announced
  }
  const summary = await importRecords(api.service.graph, lines(), { publisher: api.service.feed });
  expect(summary).toMatchObject({ created: 1, rejected: [expect.objectContaining({ line: 2 })] });
  const finnish = await finland.next();
  expect(finnish.data.consultationRecorded).toMatchObject({ date: '2022-03-01', countries: [{ code: 'EE' }, { code: 'FI' }] });
  expect((await everything.next()).data.consultationRecorded.id).toBe(finnish.data.consultationRecorded.id);

  // Recording the same record again changes nothing: no news. A merge of officials changes the
  // events the removed one sat in: those are announced.
  await record(heldRound(['AZ', 'GE'], '2023-05-17', {
    participants: [{ name: 'Khalaf Khalafov', country: 'AZ', rank: 'DEPUTY_MINISTER' }, { name: 'Lasha Darsalia', country: 'GE', rank: 'DIRECTOR_GENERAL' }],
  }));
  // A name no matcher takes for Khalafov ("Xalaf Xalafov …" now resolves to him: x reads kh).
  const duplicate = await record(heldRound(['AZ', 'GE'], '2024-02-02', { participants: [{ name: 'Testperson Duplikat', country: 'AZ', rank: 'MINISTER' }] }));
  expect((await azerbaijan.next()).data.consultationRecorded.id).toBe(duplicate);
  const people = await api.graphql<any>('{ officials(country: "AZ", first: 50) { edges { node { id name } } } }');
  const twin = people.data!.officials.edges.find((e: any) => e.node.name === 'Testperson Duplikat').node.id;
  const merged = await sendWithKey(api, EDITOR_KEY, 'mutation($remove: ID!) { mergeOfficials(keep: "az-khalaf-khalafov", remove: $remove) { id } }', { remove: twin });
  expect(merged.errors).toBeUndefined();
  const afterMerge = await azerbaijan.next();
  expect(afterMerge.data.consultationRecorded).toMatchObject({ id: duplicate, participants: [{ official: { name: 'Khalaf Khalafov' } }] });
  // The unchanged re-record was never announced: the next event after the merge is Georgia's duplicate, not Georgia's first.
  expect((await everything.next()).data.consultationRecorded.id).toBe(duplicate);
  expect((await everything.next()).data.consultationRecorded.id).toBe(duplicate);

  for (const s of [azerbaijan, everything, finland]) await s.close();
  const deadline = Date.now() + 30_000;
  while (api.service.feed.subscriberCount > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(api.service.feed.subscriberCount).toBe(0);
});

const DELETIONS = `subscription($country: String) { consultationDeleted(country: $country) { id countryCodes auditId mergedInto } }`;

it('announces a deleted event, and the event a merge of consultations removed, as DELETED changes to its countries, and their undo as recorded again', async () => {
  const deletions = subscribe(api.base, { country: 'Georgien' }, undefined, DELETIONS);
  const recorded = subscribe(api.base, { country: 'GE' });
  await subscribed(2);
  const first = await record(heldRound(['AZ', 'GE'], '2019-09-03', { participants: [{ name: 'Feedtest Einer', country: 'AZ' }] }));
  const second = await record(heldRound(['AZ', 'GE'], '2019-10-08', { participants: [{ name: 'Feedtest Zweiter', country: 'AZ' }] }));
  const third = await record(heldRound(['AZ', 'GE'], '2019-11-12', { participants: [{ name: 'Feedtest Dritter', country: 'AZ' }] }));
  for (const id of [first, second, third]) expect((await recorded.next()).data.consultationRecorded.id).toBe(id);

  const deleted = await sendWithKey(api, EDITOR_KEY, 'mutation($id: ID!) { deleteConsultation(id: $id, reason: "test: feed") { id } }', { id: third });
  expect(deleted.errors).toBeUndefined();
  expect(await deletions.next()).toEqual({
    data: { consultationDeleted: { id: third, countryCodes: ['AZ', 'GE'], auditId: deleted.data.deleteConsultation.id, mergedInto: null } },
  });

  const merged = await sendWithKey(api, EDITOR_KEY, 'mutation($keep: ID!, $remove: ID!) { mergeConsultations(keep: $keep, remove: $remove, reason: "test: feed") { id } }', {
    keep: first,
    remove: second,
  });
  expect(merged.errors).toBeUndefined();
  const removed = (await deletions.next()).data.consultationDeleted;
  expect(removed).toMatchObject({ id: second, countryCodes: ['AZ', 'GE'], mergedInto: first, auditId: expect.any(String) });
  // The recorded feed never carries a deletion (it would have no event to show): its next event is the merge's kept one.
  expect(await recorded.next()).toEqual({ data: { consultationRecorded: expect.objectContaining({ id: first }) } });

  // Undoing the edits announces the events as they are again: the merge's two, then the deleted one.
  const undo = (auditId: string) => sendWithKey(api, EDITOR_KEY, 'mutation($a: ID!) { undo(auditId: $a) { undone } }', { a: auditId });
  expect((await undo(removed.auditId)).data).toEqual({ undo: { undone: true } });
  const afterMergeUndo = [(await recorded.next()).data.consultationRecorded.id, (await recorded.next()).data.consultationRecorded.id];
  expect(afterMergeUndo.sort()).toEqual([first, second].sort());
  expect((await undo(deleted.data.deleteConsultation.id)).data).toEqual({ undo: { undone: true } });
  expect((await recorded.next()).data.consultationRecorded.id).toBe(third);

  for (const s of [deletions, recorded]) await s.close();
});

it('serves subscriptions only, and refuses an unknown country by name', async () => {
  const stream = (query: string, variables = {}) =>
    fetch(`${api.base}/graphql/stream`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream' }, body: JSON.stringify({ query, variables }) })
      .then((r) => r.text());
  expect(await stream('{ health { live } }')).toMatch(/event: next\ndata: .*Only subscriptions are served at \/graphql\/stream; send queries to \/graphql/);
  expect(await stream(FEED, { country: 'Atlantis' })).toMatch(/event: next\ndata: .*"Atlantis\\" is not a country name or ISO code we know.*BAD_USER_INPUT/);
});

it('keeps to the access rule: with READS_REQUIRE_KEY the stream needs a reader or editor key', async () => {
  const guarded = await startTestApi({ READS_REQUIRE_KEY: 'true', READER_API_KEY_HASHES: hashApiKey(READER_KEY), EDITOR_API_KEY_HASHES: hashApiKey(EDITOR_KEY) });
  try {
    const refused = await fetch(`${guarded.base}/graphql/stream`, {
      method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream' }, body: JSON.stringify({ query: FEED }),
    });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ errors: [{ message: expect.stringMatching(/needs an API key/), extensions: { code: 'UNAUTHENTICATED' } }] });

    const reader = subscribe(guarded.base, { country: 'KZ' }, READER_KEY);
    const deadline = Date.now() + 30_000;
    while (guarded.service.feed.subscriberCount < 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const written = await fetch(guarded.service.url, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY}` },
      body: JSON.stringify({ query: RECORD_CONSULTATION, variables: { input: heldRound(['KZ', 'BE'], '2025-06-10') } }),
    }).then((r) => r.json() as Promise<any>);
    expect(written.errors).toBeUndefined();
    expect((await reader.next()).data.consultationRecorded.id).toBe(written.data.recordConsultation.id);
    await reader.close();
  } finally {
    await guarded.stop();
  }
});
