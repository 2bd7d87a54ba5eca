import fs from 'node:fs';
import path from 'node:path';
import { hashApiKey } from '../../src/auth/api-keys';
import { Graph } from '../../src/graph/graph';
import { resetToSeed } from '../support/seeded-graph';
import { startTestApi, TestApi } from '../support/test-api';
import { connectTestGraph } from '../support/test-graph';

const EDITOR_KEY = 'editor-key-for-extraction-tests';
const SEEDS = path.join(__dirname, '..', '..', '..', 'shared', 'seeds');

/** extractConsultation over HTTP: a draft matched to the graph's officials, nothing written; then a reviewed draft recorded with its text. */
describe('extractConsultation', () => {
  let api: TestApi;
  let graph: Graph;
  beforeAll(async () => {
    await resetToSeed();
    graph = connectTestGraph();
    api = await startTestApi({ EDITOR_API_KEY_HASHES: hashApiKey(EDITOR_KEY) });
  });
  afterAll(async () => {
    await api.stop();
    await graph.close();
  });

  const EXTRACT = `query($text: String!, $publishedAt: Date, $sourceUrl: String) {
    extractConsultation(text: $text, publishedAt: $publishedAt, sourceUrl: $sourceUrl) {
      language kind countries { code } date datePrecision city format
      round { number origin statedAs }
      heads { nameAsWritten name matchedOfficial { id name } matchScore country { code } title rank start end confidence }
      topics warnings evidence { field start end text confidence } sourceUrl } }`;
  const counts = async () => (await graph.read<{ n: number }>('MATCH (n) RETURN count(n) AS n'))[0].n;

  it('reads the German Chalafov/Koreman article into a draft whose heads are the known officials', async () => {
    const before = await counts();
    const text = fs.readFileSync(path.join(SEEDS, '000_a5c3bda5997c5c31.txt'), 'utf8');
    const response = await api.graphql<{ extractConsultation: any }>(EXTRACT, { text, publishedAt: '2022-04-05', sourceUrl: 'https://example.org/report' });
    expect(response.errors).toBeUndefined();
    const draft = response.data!.extractConsultation;
    expect(draft).toMatchObject({
      language: 'de',
      kind: 'POLITICAL_CONSULTATIONS',
      countries: [{ code: 'AZ' }, { code: 'BE' }],
      date: '2022-04-04',
      datePrecision: 'DAY',
      city: 'Brussels',
      format: 'IN_PERSON',
      round: { number: null, origin: 'UNKNOWN', statedAs: 'nächste Runde' },
      sourceUrl: 'https://example.org/report',
    });
    expect(draft.heads.map((h: any) => [h.nameAsWritten, h.name, h.matchedOfficial?.id, h.country.code, h.rank])).toEqual([
      ['Chalaf Chalafov', 'Khalaf Khalafov', 'az-khalaf-khalafov', 'AZ', 'DEPUTY_MINISTER'],
      ['Jeroen Koreman', 'Jeroen Cooreman', 'be-jeroen-cooreman', 'BE', 'DIRECTOR_GENERAL'],
    ]);
    for (const h of draft.heads) expect(text.slice(h.start, h.end)).toBe(h.nameAsWritten);
    const dateEvidence = draft.evidence.find((e: any) => e.field === 'date');
    expect(text.slice(dateEvidence.start, dateEvidence.end)).toBe(dateEvidence.text);
    expect(dateEvidence.text).toMatch(/4\. April 2022/);
    expect(draft.warnings.join(' ')).toMatch(/nächste Runde/);
    expect(await counts()).toBe(before);
  });

  it('matches the Arabic spellings to the same officials', async () => {
    const text = fs.readFileSync(path.join(SEEDS, '002_71fd0c3c46555a10.txt'), 'utf8');
    const draft = (await api.graphql<{ extractConsultation: any }>(EXTRACT, { text, publishedAt: '2020-10-26' })).data!.extractConsultation;
    expect(draft.format).toBe('VIDEO_CONFERENCE');
    expect(draft.heads.map((h: any) => h.matchedOfficial?.id)).toEqual(['az-khalaf-khalafov', 'lv-janis-mazeiks']);
  });

  it('refuses empty or oversized text and a bad date with BAD_USER_INPUT naming the argument', async () => {
    for (const [variables, field] of [
      [{ text: '' }, 'text'],
      [{ text: 'x'.repeat(100_001) }, 'text'],
      [{ text: 'Consultations were held.', publishedAt: '523' }, 'publishedAt'],
      [{ text: 'Consultations were held.', sourceUrl: 'javascript:alert(1)' }, 'sourceUrl'],
    ] as const) {
      const response = await api.graphql(EXTRACT, variables);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(response.errors)).toContain(field);
    }
  });

  it('records a reviewed draft with the article text stored on its source', async () => {
    const text = fs.readFileSync(path.join(SEEDS, '003_663797430fd65c14.txt'), 'utf8');
    const draft = (await api.graphql<{ extractConsultation: any }>(EXTRACT, { text, publishedAt: '2022-06-10' })).data!.extractConsultation;
    const input = {
      kind: draft.kind,
      date: draft.date,
      city: draft.city,
      format: draft.format,
      countries: draft.countries.map((c: any) => c.code),
      participants: draft.heads.map((h: any) => ({
        officialId: h.matchedOfficial?.id,
        name: h.name,
        country: h.country.code,
        title: h.title,
        rank: h.rank,
        sources: [{ source: 'reviewed-draft-es', nameAsWritten: [h.nameAsWritten] }],
      })),
      topics: draft.topics,
      sideMeetings: [{ kind: 'MEETING', description: 'Met a deputy minister of culture (name not given)', country: 'Azerbaiyán', participants: [{ country: 'AZ', title: 'Deputy Minister of Culture' }] }],
      sources: [{ id: 'reviewed-draft-es', language: draft.language, title: 'Reviewed extraction of the AZERTAC report', publishedAt: '2022-06-10' }],
      sourceText: text,
    };
    const response = await fetch(api.service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY}` },
      body: JSON.stringify({
        query: `mutation($input: RecordConsultationInput!) { recordConsultation(input: $input) {
          id participants { official { id } } sideMeetings { description } sources { id sourceText } } }`,
        variables: { input },
      }),
    });
    const body = (await response.json()) as any;
    expect(body.errors).toBeUndefined();
    const recorded = body.data.recordConsultation;
    expect(recorded.id).toBe('az-tj-political-consultations-2022-06-09');
    expect(recorded.participants.map((p: any) => p.official.id).sort()).toEqual(['az-khalaf-khalafov', 'tj-sodiq-imomi']);
    expect(recorded.sideMeetings.map((s: any) => s.description)).toContain('Met a deputy minister of culture (name not given)');
    expect(recorded.sources.find((s: any) => s.id === 'reviewed-draft-es').sourceText).toBe(text);
  });
});
