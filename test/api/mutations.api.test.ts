import { hashApiKey } from '../../src/auth/api-keys';
import { Graph } from '../../src/graph/graph';
import { resetToSeed } from '../support/seeded-graph';
import { connectTestGraph } from '../support/test-graph';
import { startTestApi, TestApi } from '../support/test-api';

const EDITOR_KEY = 'editor-key-for-tests-only';
const READER_KEY = 'reader-key-for-tests-only';

/** Writes over real HTTP: every refusal leaves the graph exactly as it was. */
describe('mutations', () => {
  let api: TestApi;
  let graph: Graph;
  beforeAll(async () => {
    await resetToSeed();
    graph = connectTestGraph();
    api = await startTestApi({ EDITOR_API_KEY_HASHES: hashApiKey(EDITOR_KEY), READER_API_KEY_HASHES: hashApiKey(READER_KEY) });
  });
  afterAll(async () => {
    await api.stop();
    await graph.close();
  });

  const send = async (query: string, variables: Record<string, unknown>, key?: string) => {
    const response = await fetch(api.service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions: any }> };
  };

  /** Every node and relationship, with properties: "unchanged" means exactly this. */
  const snapshot = async () =>
    JSON.stringify(
      await graph.read(
        `MATCH (n) WHERE NOT n:Migration OPTIONAL MATCH (n)-[r]->(m)
         WITH n, r, m ORDER BY elementId(n), elementId(r)
         RETURN labels(n) AS l, properties(n) AS p, type(r) AS t, properties(r) AS rp, properties(m) AS mp`,
      ),
    );

  const RECORD = `mutation($input: RecordConsultationInput!) {
    recordConsultation(input: $input) { id date city round { number origin } countries { code }
      participants { official { id name } rank } series { currentRoundNumber nextRoundNumber } } }`;

  const georgia = (overrides: Record<string, unknown> = {}) => ({
    kind: 'POLITICAL_CONSULTATIONS',
    date: '2023-05-17',
    city: 'Tbilisi',
    format: 'IN_PERSON',
    countries: ['Aserbaidschan', 'GE'],
    round: [{ number: 3, statedAs: 'third round', source: 'test-ge-2023' }],
    participants: [
      { name: 'Ch. Chalafov', country: 'AZ', rank: 'DEPUTY_MINISTER', title: 'Deputy Minister of Foreign Affairs', sources: [{ source: 'test-ge-2023', nameAsWritten: ['Ch. Chalafov'] }] },
      { name: 'Lasha Darsalia', country: 'Georgia', rank: 'DEPUTY_MINISTER', sources: [{ source: 'test-ge-2023' }] },
    ],
    topics: ['energy', 'transport'],
    sources: [{ id: 'test-ge-2023', language: 'en', title: 'Test report written for this suite', publishedAt: '2023-05-18' }],
    ...overrides,
  });

  it('refuses a write without a key, with an unknown key, and with a reader key, changing nothing', async () => {
    const before = await snapshot();
    const anonymous = await send(RECORD, { input: georgia() });
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const unknown = await send(RECORD, { input: georgia() }, 'not-a-key');
    expect(unknown.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const reader = await send(RECORD, { input: georgia() }, READER_KEY);
    expect(reader.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await snapshot()).toBe(before);
  });

  it.each([
    ['an unknown country', { countries: ['AZ', 'Atlantis'] }, 'input.countries[1]'],
    ['round 0', { round: [{ number: 0, statedAs: 'zeroth', source: 'test-ge-2023' }] }, 'round'],
    ['an empty name', { participants: [{ name: '   ', country: 'AZ', sources: [] }] }, 'participants'],
    ['a year like 523', { date: '0523' }, 'date'],
    ['a held event in the future', { date: '2999-01-01' }, 'date'],
    ['a source nobody cites', { round: [{ number: 3, statedAs: 'third', source: 'no-such-source' }] }, 'round'],
    ['oversized text', { city: 'x'.repeat(5000) }, 'city'],
  ])('refuses %s with BAD_USER_INPUT naming the field, changing nothing', async (_what, overrides, field) => {
    const before = await snapshot();
    const response = await send(RECORD, { input: georgia(overrides) }, EDITOR_KEY);
    expect(response.data?.recordConsultation ?? null).toBeNull();
    expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response.errors)).toContain(field);
    expect(await snapshot()).toBe(before);
  });

  it('records a consultation, resolving names to known officials, and is idempotent', async () => {
    const first = await send(RECORD, { input: georgia() }, EDITOR_KEY);
    expect(first.errors).toBeUndefined();
    const c = first.data.recordConsultation;
    expect(c.countries).toEqual([{ code: 'AZ' }, { code: 'GE' }]);
    expect(c.round).toEqual({ number: 3, origin: 'STATED' });
    expect(c.series).toEqual({ currentRoundNumber: 3, nextRoundNumber: 4 });
    expect(c.participants.map((p: any) => p.official.id).sort()).toEqual(['az-khalaf-khalafov', 'ge-lasha-darsalia']);
    const counts = () => graph.read('MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS relationships');
    const after = await counts();
    const again = await send(RECORD, { input: georgia() }, EDITOR_KEY);
    expect(again.data.recordConsultation.id).toBe(c.id);
    expect(await counts()).toEqual(after);
  });

  it('adds an alias that name search then finds', async () => {
    const response = await send(
      'mutation { addOfficialAlias(officialId: "ge-lasha-darsalia", alias: "ლაშა დარსალია") { aliases } }',
      {},
      EDITOR_KEY,
    );
    expect(response.data.addOfficialAlias.aliases).toContain('ლაშა დარსალია');
    const found = await api.graphql<any>('{ officials(name: "ლაშა დარსალია") { edges { node { id } } } }');
    expect(found.data.officials.edges[0].node.id).toBe('ge-lasha-darsalia');
  });

  it('merges a duplicate: relationships and names move, an audit record stays', async () => {
    await send(RECORD, {
      input: georgia({
        date: '2024-02-01',
        round: [],
        participants: [{ name: 'L. Darsaliya-Duplicate', country: 'GE', rank: 'DEPUTY_MINISTER', sources: [{ source: 'test-ge-2024' }] }],
        sources: [{ id: 'test-ge-2024', language: 'en', title: 'Second test report' }],
      }),
    }, EDITOR_KEY);
    const [{ id: duplicate }] = await graph.read<{ id: string }>("MATCH (o:Official) WHERE o.name STARTS WITH 'L. Darsaliya' RETURN o.id AS id");
    const merged = await send(
      `mutation($keep: ID!, $remove: ID!) { mergeOfficials(keep: $keep, remove: $remove) { id aliases participations { consultation { date } } } }`,
      { keep: 'ge-lasha-darsalia', remove: duplicate },
      EDITOR_KEY,
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data.mergeOfficials.aliases).toContain('L. Darsaliya-Duplicate');
    expect(merged.data.mergeOfficials.participations.map((p: any) => p.consultation.date)).toEqual(['2024-02-01', '2023-05-17']);
    expect(await graph.read('MATCH (o:Official {id: $id}) RETURN o', { id: duplicate })).toEqual([]);
    const audit = await graph.read<{ targetIds: string[] }>("MATCH (a:AuditEntry {action: 'MERGE_OFFICIALS'}) RETURN a.targetIds AS targetIds");
    expect(audit).toEqual([{ targetIds: ['ge-lasha-darsalia', duplicate] }]);
  });

  it('merging two names of one person recorded at the same event leaves one participation with both citations', async () => {
    // A second report of the 2023 Tbilisi round spells the Georgian head so differently that a new official was created.
    await send(RECORD, {
      input: georgia({
        round: [],
        participants: [{ name: 'Zurab Dolidze-Unmatched', country: 'GE', rank: 'DEPUTY_MINISTER', sources: [{ source: 'test-ge-2023-b', nameAsWritten: ['Z. Dolidze'] }] }],
        sources: [{ id: 'test-ge-2023-b', language: 'ka', title: 'Another report of the same round' }],
      }),
    }, EDITOR_KEY);
    const [{ id: other }] = await graph.read<{ id: string }>("MATCH (o:Official) WHERE o.name = 'Zurab Dolidze-Unmatched' RETURN o.id AS id");
    const merged = await send(
      `mutation($keep: ID!, $remove: ID!) { mergeOfficials(keep: $keep, remove: $remove) { id participations { consultation { date } statements { source { id } nameAsWritten } } } }`,
      { keep: 'ge-lasha-darsalia', remove: other },
      EDITOR_KEY,
    );
    expect(merged.errors).toBeUndefined();
    const at2023 = merged.data.mergeOfficials.participations.filter((p: any) => p.consultation.date === '2023-05-17');
    expect(at2023).toHaveLength(1);
    expect(at2023[0].statements.map((c: any) => c.source.id).sort()).toEqual(['test-ge-2023', 'test-ge-2023-b']);
    const [{ n }] = await graph.read<{ n: number }>(
      "MATCH (:Consultation {id: 'az-ge-political-consultations-2023-05-17'})<-[:IN]-(p:Participation) RETURN count(p) AS n",
    );
    expect(n).toBe(2);
  });

  it('corrects a round with a new source, keeping the earlier statement visible', async () => {
    const response = await send(
      `mutation($source: SourceInput!) {
        correctRound(consultationId: "az-be-political-consultations-2022-04-04", number: 3, statedAs: "third round", source: $source) {
          round { number origin statements { number statedAs source { id } } } series { currentRoundNumber nextRoundNumber } } }`,
      { source: { id: 'test-correction', language: 'en', title: 'A later report stating the round' } },
      EDITOR_KEY,
    );
    expect(response.errors).toBeUndefined();
    const c = response.data.correctRound;
    expect(c.round.number).toBe(3);
    expect(c.round.origin).toBe('STATED');
    expect(c.round.statements.map((s: any) => s.statedAs).sort()).toEqual(['nächste Runde', 'third round']);
    expect(c.series).toEqual({ currentRoundNumber: 3, nextRoundNumber: 4 });
  });
});

describe('READS_REQUIRE_KEY', () => {
  it('refuses anonymous queries and serves keyed ones', async () => {
    const api = await startTestApi({ READS_REQUIRE_KEY: 'true', READER_API_KEY_HASHES: hashApiKey(READER_KEY) });
    try {
      const anonymous = await api.graphql('{ countries(name: "BE") { code } }');
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const keyed = await fetch(api.service.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${READER_KEY}` },
        body: JSON.stringify({ query: '{ countries(name: "BE") { code } }' }),
      });
      expect(((await keyed.json()) as any).data.countries).toEqual([{ code: 'BE' }]);
    } finally {
      await api.stop();
    }
  });
});
