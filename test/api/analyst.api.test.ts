import { hashApiKey } from '../../src/auth/api-keys';
import { todayUtc } from '../../src/analysis';
import { heldRound, RECORD_CONSULTATION, sendWithKey } from '../support/editor';
import { resetToSeed } from '../support/seeded-graph';
import { startTestApi, TestApi } from '../support/test-api';

const EDITOR_KEY = 'editor-key-for-analyst-tests';

/**
 * The analyst's questions beyond lookups (issue 19), over real HTTP against the real service and
 * Neo4j: level parity on the seed, cadence and quiet series on rounds recorded with known
 * intervals, search over sources, meeting routes by name, NOT_FOUND for unknown ids, sort order.
 */
let api: TestApi;
beforeAll(async () => {
  await resetToSeed();
  api = await startTestApi({ EDITOR_API_KEY_HASHES: hashApiKey(EDITOR_KEY) });
});
afterAll(() => api.stop());

const ask = async <T = any>(query: string, variables?: Record<string, unknown>): Promise<T> => {
  const response = await api.graphql<T>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
};
const record = async (input: Record<string, unknown>) => {
  const answer = await sendWithKey(api, EDITOR_KEY, RECORD_CONSULTATION, { input });
  expect(answer.errors).toBeUndefined();
  return answer.data.recordConsultation.id as string;
};

describe('level parity on the seed', () => {
  const PARITY = `query($filter: ConsultationFilter) { consultations(filter: $filter, first: 50) { totalCount edges { node {
    id levelParity { balanced gap sides { country { code } rank } } } } } }`;

  it('finds AZ–BE 2022 and BE–KZ 2024 unbalanced (deputy minister vs director-general), AZ–TJ, AZ–LV, AZ–IQ balanced', async () => {
    const data = await ask(PARITY, { filter: { kind: 'POLITICAL_CONSULTATIONS' } });
    const parity = Object.fromEntries(data.consultations.edges.map((e: any) => [e.node.id, e.node.levelParity]));
    expect(parity).toEqual({
      'az-be-political-consultations-2022-04-04': {
        balanced: false, gap: 1, sides: [{ country: { code: 'AZ' }, rank: 'DEPUTY_MINISTER' }, { country: { code: 'BE' }, rank: 'DIRECTOR_GENERAL' }],
      },
      'be-kz-political-consultations-2024-10-18': {
        balanced: false, gap: 1, sides: [{ country: { code: 'BE' }, rank: 'DIRECTOR_GENERAL' }, { country: { code: 'KZ' }, rank: 'DEPUTY_MINISTER' }],
      },
      'az-tj-political-consultations-2022-06-09': {
        balanced: true, gap: 0, sides: [{ country: { code: 'AZ' }, rank: 'DEPUTY_MINISTER' }, { country: { code: 'TJ' }, rank: 'DEPUTY_MINISTER' }],
      },
      'az-lv-political-consultations-2020-10-26': {
        balanced: true, gap: 0, sides: [{ country: { code: 'AZ' }, rank: 'DEPUTY_MINISTER' }, { country: { code: 'LV' }, rank: 'DEPUTY_MINISTER' }],
      },
      'az-iq-political-consultations-2': {
        balanced: true, gap: 0, sides: [{ country: { code: 'AZ' }, rank: 'DEPUTY_MINISTER' }, { country: { code: 'IQ' }, rank: 'DEPUTY_MINISTER' }],
      },
    });
  });

  it('does not know the parity of the planned commissions, whose heads no source names', async () => {
    const data = await ask(PARITY, { filter: { kind: 'INTERGOVERNMENTAL_COMMISSION' } });
    expect(data.consultations.edges.map((e: any) => e.node.levelParity)).toEqual([
      { balanced: null, gap: null, sides: [{ country: { code: 'AZ' }, rank: null }, { country: { code: 'LV' }, rank: null }] },
      { balanced: null, gap: null, sides: [{ country: { code: 'AZ' }, rank: null }, { country: { code: 'IQ' }, rank: null }] },
    ]);
  });

  it('filters by parity and by the rank of a head of delegation', async () => {
    const ids = async (filter: Record<string, unknown>) =>
      (await ask(PARITY, { filter })).consultations.edges.map((e: any) => e.node.id).sort();
    expect(await ids({ levelParity: 'UNBALANCED' })).toEqual(['az-be-political-consultations-2022-04-04', 'be-kz-political-consultations-2024-10-18']);
    expect(await ids({ levelParity: 'BALANCED' })).toEqual([
      'az-iq-political-consultations-2', 'az-lv-political-consultations-2020-10-26', 'az-tj-political-consultations-2022-06-09',
    ]);
    expect(await ids({ rank: 'DIRECTOR_GENERAL' })).toEqual(['az-be-political-consultations-2022-04-04', 'be-kz-political-consultations-2024-10-18']);
    expect(await ids({ rank: 'DEPUTY_MINISTER', country: 'Kasachstan' })).toEqual(['be-kz-political-consultations-2024-10-18']);
    expect(await ids({ rank: 'HEAD_OF_DEPARTMENT' })).toEqual([]);
  });
});

describe('consultations(orderBy:)', () => {
  it('is newest first by default and oldest first with DATE_ASC, undated last either way', async () => {
    const dates = async (order?: string) =>
      (await ask(`{ consultations(first: 50${order ? `, orderBy: ${order}` : ''}) { edges { node { date } } } }`)).consultations.edges.map((e: any) => e.node.date);
    expect(await dates()).toEqual(['2025-04-20', '2024-10-18', '2022-06-09', '2022-04-04', '2021', '2020-10-26', null]);
    expect(await dates('DATE_DESC')).toEqual(await dates());
    expect(await dates('DATE_ASC')).toEqual(['2020-10-26', '2021', '2022-04-04', '2022-06-09', '2024-10-18', '2025-04-20', null]);
  });
});

describe('lookups by id', () => {
  it('answer consultation(id) and source(id) for known ids', async () => {
    const data = await ask(`{ consultation(id: "be-kz-political-consultations-2024-10-18") { date round { number } }
      source(id: "eureporter-az-2024-10") { publisher language consultations { id } } }`);
    expect(data).toEqual({
      consultation: { date: '2024-10-18', round: { number: 5 } },
      source: { publisher: 'EU Reporter', language: 'az', consultations: [{ id: 'be-kz-political-consultations-2024-10-18' }] },
    });
  });

  it.each([
    ['consultation', 'Consultation'], ['source', 'Source'], ['official', 'Official'],
  ])('%s(id) of an unknown id answers null with NOT_FOUND naming the id', async (field, what) => {
    const response = await api.graphql<any>(`{ ${field}(id: "nobody-at-all") { id } }`);
    expect(response.data).toEqual({ [field]: null });
    expect(response.errors).toEqual([expect.objectContaining({
      message: `${what} "nobody-at-all" was not found.`, path: [field], extensions: expect.objectContaining({ code: 'NOT_FOUND', id: 'nobody-at-all' }),
    })]);
  });
});

describe('cadence and quiet series, on rounds recorded with known intervals', () => {
  const CADENCE = `query($between: [String!]!, $asOf: Date) { consultationSeries(between: $between) {
    cadence(asOf: $asOf) { intervalsDays medianIntervalDays expectedNextDate expectedFrom lastHeldDate toleranceDays overdue daysOverdue asOf } } }`;

  beforeAll(async () => {
    // Finland–Estonia: yearly, intervals 366, 365, 365 → expected 2023-03-01, on time until 2023-03-31.
    for (const date of ['2019-03-01', '2020-03-01', '2021-03-01', '2022-03-01']) await record(heldRound(['FI', 'EE'], date));
    // Poland–Czechia: two rounds 180 days apart, then a third announced for March 2022 (the announced date wins).
    for (const date of ['2021-01-10', '2021-07-09']) await record(heldRound(['PL', 'CZ'], date));
    await record({ ...heldRound(['PL', 'CZ'], '2022-03'), status: 'PLANNED' });
  });

  it('measures the intervals, their median and the expected next round', async () => {
    const data = await ask(CADENCE, { between: ['Finnland', 'Estland'], asOf: '2023-03-15' });
    expect(data.consultationSeries.cadence).toEqual({
      intervalsDays: [366, 365, 365], medianIntervalDays: 365, expectedNextDate: '2023-03-01', expectedFrom: 'MEDIAN_INTERVAL',
      lastHeldDate: '2022-03-01', toleranceDays: 30, overdue: false, daysOverdue: null, asOf: '2023-03-15',
    });
  });

  it('is overdue once past the expected date by more than the tolerance', async () => {
    const judged = async (asOf: string) => (await ask(CADENCE, { between: ['FI', 'EE'], asOf })).consultationSeries.cadence;
    expect(await judged('2023-03-31')).toMatchObject({ overdue: false, daysOverdue: null });
    expect(await judged('2023-04-01')).toMatchObject({ overdue: true, daysOverdue: 31 });
    // A reduced asOf means its last day.
    expect(await judged('2023')).toMatchObject({ asOf: '2023-12-31', overdue: true, daysOverdue: 305 });
  });

  it('lets an announced planned date win over the median interval', async () => {
    const data = await ask(CADENCE, { between: ['PL', 'CZ'], asOf: '2022-04-15' });
    expect(data.consultationSeries.cadence).toMatchObject({
      intervalsDays: [180], medianIntervalDays: 180, expectedNextDate: '2022-03', expectedFrom: 'PLANNED_DATE', overdue: false,
    });
  });

  it('judges on today when no asOf is given', async () => {
    const data = await ask(CADENCE, { between: ['FI', 'EE'] });
    expect(data.consultationSeries.cadence.asOf).toBe(todayUtc());
  });

  it('lists the overdue series, most overdue first, narrowed by country and page size', async () => {
    const QUIET = `query($country: String, $asOf: Date, $first: Int) { quietSeries(country: $country, asOf: $asOf, first: $first) {
      kind countries { code } cadence { expectedNextDate daysOverdue asOf } } }`;
    const quiet = async (variables: Record<string, unknown>) =>
      (await ask(QUIET, variables)).quietSeries.map((s: any) => [s.countries.map((c: any) => c.code).join('–'), s.kind, s.cadence.expectedNextDate, s.cadence.daysOverdue]);
    // AZ–LV's commission was announced for 2021 (seed) and never recorded since.
    expect(await quiet({ asOf: '2024-01-01' })).toEqual([
      ['AZ–LV', 'INTERGOVERNMENTAL_COMMISSION', '2021', 731],
      ['CZ–PL', 'POLITICAL_CONSULTATIONS', '2022-03', 641],
      ['EE–FI', 'POLITICAL_CONSULTATIONS', '2023-03-01', 306],
    ]);
    expect(await quiet({ asOf: '2023-03-20' })).toEqual([
      ['AZ–LV', 'INTERGOVERNMENTAL_COMMISSION', '2021', 444],
      ['CZ–PL', 'POLITICAL_CONSULTATIONS', '2022-03', 354],
    ]);
    expect(await quiet({ asOf: '2024-01-01', country: 'Suomi' })).toEqual([['EE–FI', 'POLITICAL_CONSULTATIONS', '2023-03-01', 306]]);
    expect(await quiet({ asOf: '2024-01-01', first: 1 })).toEqual([['AZ–LV', 'INTERGOVERNMENTAL_COMMISSION', '2021', 731]]);
    expect(await quiet({ asOf: '2021-06-01' })).toEqual([]);
    // The cadence below quietSeries is judged on quietSeries' day.
    expect((await ask(QUIET, { asOf: '2024-01-01', first: 1 })).quietSeries[0].cadence.asOf).toBe('2024-01-01');
  });
});

describe('search over sources', () => {
  const SEARCH = `query($search: String!, $language: String) { sources(search: $search, language: $language) {
    totalCount edges { score node { id title language } } } }`;

  beforeAll(async () => {
    await record({
      ...heldRound(['AT', 'KZ'], '2023-11-07'),
      sources: [{ id: 'analyst-test-at-kz-de', language: 'de', title: 'Politische Konsultationen zwischen Österreich und Kasachstan in Wien' }],
    });
    await record({
      ...heldRound(['RU', 'AM'], '2023-02-14'),
      sources: [{ id: 'analyst-test-ru-am-ru', language: 'ru', title: 'Российско-армянские консультации',
        sourceText: 'Стороны обсудили сотрудничество в энергетике и транспорте. Текст написан для тестов.' }],
    });
  });

  const ids = async (search: string, language?: string) => (await ask(SEARCH, { search, language })).sources.edges.map((e: any) => e.node.id);

  it('finds "Konsultation Wien" in a German title "Politische Konsultationen … in Wien"', async () => {
    const data = await ask(SEARCH, { search: 'Konsultation Wien' });
    expect(data.sources.totalCount).toBe(1);
    expect(data.sources.edges[0]).toMatchObject({ node: { id: 'analyst-test-at-kz-de', language: 'de' }, score: expect.any(Number) });
    expect(await ids('konsultationen in wien', 'de')).toEqual(['analyst-test-at-kz-de']);
    expect(await ids('Konsultation Wien', 'en')).toEqual([]);
    // Every word must match.
    expect(await ids('Konsultation Berlin')).toEqual([]);
  });

  it('reads stored report texts with their own language, stemming included', async () => {
    expect(await ids('энергетика')).toEqual(['analyst-test-ru-am-ru']);
    expect(await ids('энергетика', 'ru')).toEqual(['analyst-test-ru-am-ru']);
  });

  it('takes any text as words, never as Lucene syntax', async () => {
    expect(await ids('Wien AND (Konsultation* OR "x')).toEqual([]);
    expect(await ids('Wien AND Konsultation')).toEqual([]); // "and" is a word to find, and no title has it
    expect(await ids('Konsultation: Wien!')).toEqual(['analyst-test-at-kz-de']);
    expect(await ids('?!*')).toEqual([]);
  });

  it('pages the hits', async () => {
    const first = await ask(`{ sources(search: "consultations", first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`);
    expect(first.sources.totalCount).toBeGreaterThan(1);
    expect(first.sources.pageInfo.hasNextPage).toBe(true);
    const next = await ask(`query($after: String) { sources(search: "consultations", first: 1, after: $after) { edges { node { id } } } }`, { after: first.sources.pageInfo.endCursor });
    expect(next.sources.edges[0].node.id).not.toBe(first.sources.edges[0].node.id);
  });
});

describe('meetingRoute', () => {
  const ROUTE = `query($from: String!, $to: String!, $maxHops: Int) { meetingRoute(from: $from, to: $to, maxHops: $maxHops) {
    from { name } to { name } consultations { id } } }`;
  const steps = async (from: string, to: string, maxHops?: number) =>
    (await ask(ROUTE, { from, to, maxHops })).meetingRoute.map((s: any) => [s.from.name, s.to.name, s.consultations.map((c: any) => c.id)]);

  it('takes ids or names in any script, and names the consultations linking each step', async () => {
    const expected = [
      ['Roman Vassilenko', 'Jeroen Cooreman', ['be-kz-political-consultations-2024-10-18']],
      ['Jeroen Cooreman', 'Khalaf Khalafov', ['az-be-political-consultations-2022-04-04']],
      ['Khalaf Khalafov', 'Sodiq Imomi', ['az-tj-political-consultations-2022-06-09']],
    ];
    expect(await steps('kz-roman-vassilenko', 'tj-sodiq-imomi')).toEqual(expected);
    expect(await steps('Vassilenko', 'Sodiq Imomi')).toEqual(expected);
    expect(await steps('خلف خلفوف', 'Koreman')).toEqual([['Khalaf Khalafov', 'Jeroen Cooreman', ['az-be-political-consultations-2022-04-04']]]);
  });

  it('answers [] when no route is within maxHops, or none at all', async () => {
    expect(await steps('Vassilenko', 'Sodiq Imomi', 2)).toEqual([]);
    await record(heldRound(['FI', 'EE'], '2018-03-01', {
      participants: [{ name: 'Testi Henkilö', country: 'FI', rank: 'DIRECTOR_GENERAL' }, { name: 'Test Isik', country: 'EE', rank: 'DIRECTOR_GENERAL' }],
    }));
    expect(await steps('Testi Henkilö', 'Koreman')).toEqual([]);
    expect(await steps('Koreman', 'Koreman')).toEqual([]);
  });

  it('answers NOT_FOUND naming an unknown end', async () => {
    const response = await api.graphql<any>(ROUTE, { from: 'Koreman', to: 'Nobody Atall' });
    expect(response.data).toEqual({ meetingRoute: null });
    expect(response.errors).toEqual([expect.objectContaining({ message: 'Official "Nobody Atall" was not found.', extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })]);
  });
});

describe('meetingPath', () => {
  it('answers [] when no path is within maxHops and NOT_FOUND for an unknown end', async () => {
    expect((await ask('{ meetingPath(from: "kz-roman-vassilenko", to: "tj-sodiq-imomi", maxHops: 2) { name } }')).meetingPath).toEqual([]);
    const response = await api.graphql<any>('{ meetingPath(from: "kz-roman-vassilenko", to: "nobody-at-all") { name } }');
    expect(response.data).toEqual({ meetingPath: null });
    expect(response.errors?.[0]).toMatchObject({ message: 'Official "nobody-at-all" was not found.', extensions: { code: 'NOT_FOUND' } });
  });
});
