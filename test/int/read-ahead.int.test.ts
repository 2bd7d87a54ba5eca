import { Rank } from '../../src/domain/enums';
import { ConsultationBundleRow } from '../../src/graph/consultations/consultation-bundle';
import { findConsultations } from '../../src/graph/consultations/consultation-filter.queries';
import { consultationRecord } from '../../src/domain/consultation-record';
import { recordConsultation } from '../../src/graph/consultations/record-consultation';
import { Graph } from '../../src/graph/graph';
import { createLoaders, Loaders, primeConsultations } from '../../src/graph/loaders';
import { officialBundle } from '../../src/graph/officials/official-bundle.queries';
import { counterpartRequest } from '../../src/graph/officials/official.queries';
import { seriesBundle } from '../../src/graph/series/series.queries';
import { resetToSeed } from '../support/seeded-graph';
import { connectTestGraph } from '../support/test-graph';

/**
 * A read-ahead (one query for a whole headline question) must leave the loaders holding exactly
 * what their own batch queries would load: same rows, same order, same nulls. Compared here
 * loader by loader against fresh, unprimed loaders over the seed (several sources per event,
 * statements per participant, officials on both sides).
 */
const ALL = { citations: true, participants: true, statements: true };
const WITHOUT_STATEMENTS = { citations: true, participants: true, statements: false };
let graph: Graph;

beforeAll(async () => {
  await resetToSeed();
  graph = connectTestGraph();
  // A second BE–KZ round, reported by two sources, so the series has rounds to order.
  await recordConsultation(
    graph,
    consultationRecord.parse({
      kind: 'POLITICAL_CONSULTATIONS',
      date: '2024-05-14',
      countries: ['BE', 'KZ'],
      round: [{ number: 6, statedAs: 'sixth round', source: 'read-ahead-1' }],
      participants: [
        { name: 'Jeroen Cooreman', country: 'BE', rank: 'DIRECTOR_GENERAL', sources: [{ source: 'read-ahead-1' }, { source: 'read-ahead-2' }] },
        { name: 'Roman Vassilenko', country: 'KZ', rank: 'DEPUTY_MINISTER', sources: [{ source: 'read-ahead-2' }] },
      ],
      sources: [
        { id: 'read-ahead-1', language: 'en', title: 'A report', publishedAt: '2024-05-15' },
        { id: 'read-ahead-2', language: 'ru', title: 'Другой отчёт' },
      ],
    }),
  );
});
afterAll(() => graph.close());

async function expectSameAsUnprimed(primed: Loaders, consultations: readonly ConsultationBundleRow[], withStatements = true): Promise<void> {
  const fresh = createLoaders(graph);
  const ids = consultations.map((c) => c.id);
  expect(ids.length).toBeGreaterThan(0);
  expect(await primed.consultation.loadMany(ids)).toEqual(await fresh.consultation.loadMany(ids));
  expect(await primed.citationsOfConsultation.loadMany(ids)).toEqual(await fresh.citationsOfConsultation.loadMany(ids));
  const participants = await primed.participationsOfConsultation.loadMany(ids);
  const expected = await fresh.participationsOfConsultation.loadMany(ids);
  if (withStatements) expect(participants).toEqual(expected);
  else expect(participants).toEqual(expected.map((list) => (list as Array<{ statements: unknown }>).map(({ statements, ...p }) => p)));
  const sourceIds = consultations.flatMap((c) => c.citations?.map((x) => x.sourceId) ?? []);
  expect(sourceIds.length).toBeGreaterThan(0);
  expect(await primed.source.loadMany(sourceIds)).toEqual(await fresh.source.loadMany(sourceIds));
  const officialIds = consultations.flatMap((c) => c.participants?.map((p) => p.officialId!) ?? []);
  expect(await primed.official.loadMany(officialIds)).toEqual(await fresh.official.loadMany(officialIds));
}

it("(a) an official's counterparts with their meetings' parts", async () => {
  for (const [officialId, rank] of [['be-jeroen-cooreman', null], ['az-khalaf-khalafov', Rank.DEPUTY_MINISTER]] as const) {
    const request = counterpartRequest(officialId, rank, null);
    const bundle = (await officialBundle(graph, request, ALL))!;
    const primed = createLoaders(graph);
    const consultations = bundle.counterparts.flatMap((c) => c.consultations);
    const rows = bundle.counterparts.map((c) => ({ ...c, consultations: primeConsultations(primed, c.consultations) }));
    const fresh = createLoaders(graph);
    expect(bundle.official).toEqual(await fresh.official.load(officialId));
    expect(rows).toEqual(await fresh.counterparts.load(request));
    await expectSameAsUnprimed(primed, consultations);
  }
  expect(await officialBundle(graph, counterpartRequest('nobody-at-all', null, null), ALL)).toBeNull();
});

it("(b) a pair's series with its rounds' parts", async () => {
  const id = 'be-kz-political-consultations';
  const bundle = (await seriesBundle(graph, id, ALL))!;
  expect(bundle.rounds.length).toBeGreaterThanOrEqual(2);
  expect(bundle.series).toEqual(await createLoaders(graph).series.load(id));
  const primed = createLoaders(graph);
  primeConsultations(primed, bundle.rounds);
  await expectSameAsUnprimed(primed, bundle.rounds);
});

it("(c) a country's timeline page, with and without the participants' statements", async () => {
  const filter = { country: 'AZ', between: null, officialIds: null, city: null, format: null, kind: null, status: null, from: '0000-00-00', to: '9999-12-31', topic: null };
  for (const [parts, withStatements] of [[ALL, true], [WITHOUT_STATEMENTS, false]] as const) {
    const { page } = await findConsultations(graph, filter, { skip: 0, limit: 50 }, { parts, counted: withStatements });
    const primed = createLoaders(graph);
    primeConsultations(primed, page);
    await expectSameAsUnprimed(primed, page, withStatements);
  }
});

it('a page without its total (top-k) is the same page, and knows whether another follows', async () => {
  const filter = { country: 'AZ', between: null, officialIds: null, city: null, format: null, kind: null, status: null, from: '0000-00-00', to: '9999-12-31', topic: null };
  const all = await findConsultations(graph, filter, { skip: 0, limit: 100 });
  expect(all.total).toBeGreaterThanOrEqual(4);
  for (const skip of [0, 1, all.total! - 2, all.total! - 1, all.total!]) {
    const counted = await findConsultations(graph, filter, { skip, limit: 2 }, { counted: true });
    const uncounted = await findConsultations(graph, filter, { skip, limit: 2 }, { counted: false });
    expect(uncounted.page).toEqual(counted.page);
    expect(uncounted.hasNextPage).toBe(counted.hasNextPage);
    expect(uncounted.total).toBeNull();
    expect(counted.hasNextPage).toBe(skip + 2 < all.total!);
  }
});
