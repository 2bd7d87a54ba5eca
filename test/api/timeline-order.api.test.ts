import { Graph } from '../../src/graph/graph';
import { anchorFor, ResolvedConsultationFilter } from '../../src/graph/consultations/consultation-filter.queries';
import { consultationPage, selectionAt, Translation } from '../../src/graph/translate';
import { timelineKey } from '../../src/domain/timeline-key';
import { encodeOffsetCursor } from '../../src/domain/offset-cursor';
import { resetToSeed } from '../support/seeded-graph';
import { connectTestGraph } from '../support/test-graph';
import { startTestApi, TestApi } from '../support/test-api';
import { rootField } from '../unit/translate/request';

interface PlanNode {
  operatorType: string;
  rows: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

const PAGE = 5;
const UNDATED = 40;

/** Id rank of the first AZ events (else their creation index): days of three as middle, lowest, highest. */
const CREATED_AS: Record<number, number> = { 0: 1, 1: 2, 2: 0, 5: 6, 6: 7, 7: 5 };

const QUERY = `query($after: String) { consultations(filter: { country: "AZ" }, first: ${PAGE}, after: $after) {
  pageInfo { hasNextPage } edges { node { id date } } } }`;

/**
 * A country's newest-first page comes from a seek of the timeline index (translate/pages.ts
 * countryTimeline) that reads the page's rows, not all of the country's events; it must be the
 * very page ORDER BY c.sortDate DESC, c.id cuts: ties on a date in id order, undated events
 * last, and only events that are the country's by both countryCodes and a BETWEEN.
 */
describe("a country's timeline: the timeline index seek gives the sorted pages", () => {
  let api: TestApi;
  let graph: Graph;
  /** Every AZ event as the anchor and FILTER define them, in the page order, worked out here. */
  let expected: string[];
  /** The created events' ids, in creation order. */
  let ids: string[];
  const sortDates = new Map<string, string>();
  let seedEvents: number;

  beforeAll(async () => {
    await resetToSeed();
    graph = connectTestGraph();
    // Ids run against creation order, and AZ's days of three are created middle id, lowest, highest:
    // whatever order the index keeps equal dates in, it is unlikely to be the id order.
    const events = [
      ...['2030-01-03', '2030-01-03', '2030-01-03', '2030-01-02', '2030-01-02', '2030-01-01', '2030-01-01', '2030-01-01'].map((sortDate) => ({ sortDate, codes: ['AZ', 'BE'], to: ['AZ', 'BE'] })),
      // Other countries' events on the same dates and between them.
      ...Array.from({ length: 300 }, (_, i) => ({ sortDate: `2029-${String((i % 12) + 1).padStart(2, '0')}-0${(i % 3) + 1}`, codes: ['BE', 'KZ'], to: ['BE', 'KZ'] })),
      ...Array.from({ length: 20 }, () => ({ sortDate: '2030-01-03', codes: ['BE', 'KZ'], to: ['BE', 'KZ'] })),
      // Not AZ's by one of the two marks each: neither way lists them.
      { sortDate: '2030-01-03', codes: ['BE', 'KZ'], to: ['AZ', 'BE'] },
      { sortDate: '2030-01-03', codes: ['AZ', 'BE'], to: ['BE', 'KZ'] },
      { sortDate: '0000-00-00', codes: ['BE', 'KZ'], to: ['AZ', 'KZ'] },
      ...Array.from({ length: UNDATED }, () => ({ sortDate: '0000-00-00', codes: ['AZ', 'KZ'], to: ['AZ', 'KZ'] })),
    ].map((e, i, all) => ({ ...e, id: `timeline-${String(all.length - (CREATED_AS[i] ?? i)).padStart(6, '0')}`, date: e.sortDate === '0000-00-00' ? null : e.sortDate }));
    ids = events.map((e) => e.id);
    seedEvents = (await graph.read<{ n: number }>("MATCH (:Country {code: 'AZ'})<-[:BETWEEN]-(c:Consultation) WHERE 'AZ' IN c.countryCodes RETURN count(c) AS n"))[0].n;
    await graph.write(
      `UNWIND $events AS e
       CREATE (c:Consultation {id: e.id, sortDate: e.sortDate, date: e.date, countryCodes: e.codes, kind: 'POLITICAL_CONSULTATIONS', status: 'HELD'})
       WITH c, e UNWIND e.to AS to MATCH (k:Country {code: to.code}) CREATE (c)-[:BETWEEN {timeline: to.timeline}]->(k)`,
      { events: events.map((e) => ({ ...e, to: e.to.map((code) => ({ code, timeline: timelineKey(code, e.sortDate) })) })) },
    );
    const all = await graph.read<{ id: string; sortDate: string }>(
      "MATCH (:Country {code: 'AZ'})<-[:BETWEEN]-(c:Consultation) WHERE 'AZ' IN c.countryCodes RETURN c.id AS id, c.sortDate AS sortDate",
    );
    for (const e of all) sortDates.set(e.id, e.sortDate);
    expected = all
      .sort((a, b) => (a.sortDate !== b.sortDate ? (a.sortDate < b.sortDate ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((e) => e.id);
    api = await startTestApi();
  });
  afterAll(async () => {
    await api?.stop();
    await graph?.close();
  });

  const translation = async (skip: number): Promise<Translation> => {
    const root = await rootField(QUERY, skip === 0 ? {} : { after: encodeOffsetCursor(skip - 1) });
    const filter: ResolvedConsultationFilter = {
      country: 'AZ', between: null, officialIds: null, city: null, format: null, kind: null, status: null,
      from: '0000-00-00', to: '9999-12-31', topic: null, levelParity: null, rank: null,
    };
    return consultationPage(filter, anchorFor(filter), 'DATE_DESC', { skip, limit: PAGE, counted: false }, selectionAt([root], 'consultations', 'edges', 'node'), root.key);
  };

  /** The page's ids, and the rows each timeline-index seek gave (the plan around them is the planner's). */
  const profiled = async (t: Translation) => {
    const session = graph.driver.session({ database: graph.database });
    try {
      const result = await session.run(`PROFILE ${t.cypher}`, t.params);
      const seeks: number[] = [];
      const labelScans: string[] = [];
      const walk = (n: PlanNode) => {
        const details = String(n.arguments.Details ?? '');
        if (/RelationshipIndexSeek/.test(n.operatorType) && /BETWEEN\(timeline\)/.test(details)) seeks.push(n.rows);
        if (/LabelScan|AllNodesScan|RelationshipTypeScan/.test(n.operatorType)) labelScans.push(n.operatorType);
        n.children.forEach(walk);
      };
      walk(result.summary.profile as unknown as PlanNode);
      return { ids: result.records.map((r) => (r.get('row') as { id: string }).id), seeks, labelScans };
    } finally {
      await session.close();
    }
  };

  it('has the data the case needs: ties on a date against index order, marks that disagree, undated events on the pages walked', () => {
    const n = ids.length;
    // The page lists a day's events by id, and the first page's last row (its sixth) splits the
    // three of 2030-01-01.
    expect(expected.slice(0, 8)).toEqual([ids[1], ids[0], ids[2], ids[4], ids[3], ids[6], ids[5], ids[7]]);
    for (const odd of [ids[328], ids[329], ids[330]]) expect(expected).not.toContain(odd);
    expect(expected.length).toBe(UNDATED + 8 + seedEvents);
    const firstUndated = expected.findIndex((id) => sortDates.get(id) === '0000-00-00');
    expect(firstUndated).toBeGreaterThan(0);
    expect(firstUndated).toBeLessThan(20);
    expect(n).toBeGreaterThan(UNDATED);
  });

  it.each([0, 5, 10, 15, 30])('the page at %i is the sorted one, read by seeks of about its own rows', async (skip) => {
    const t = await translation(skip);
    const page = await profiled(t);
    expect(page.ids).toEqual(expected.slice(skip, skip + PAGE + 1));
    expect(page.labelScans).toEqual([]);
    // The range seek, then the equality seek of the last date's ties.
    expect(page.seeks).toHaveLength(2);
    const wanted = skip + PAGE + 1;
    // In index order, so the range seek stops near the rows wanted (the two events listing
    // another country may be read and dropped), not at the country's hundreds of events.
    expect(page.seeks[0]).toBeGreaterThanOrEqual(wanted);
    expect(page.seeks[0]).toBeLessThanOrEqual(wanted + 2);
  });

  it('a date range is a range of the keys: the same order, only the range', async () => {
    const root = await rootField(QUERY, {});
    const filter: ResolvedConsultationFilter = {
      country: 'AZ', between: null, officialIds: null, city: null, format: null, kind: null, status: null,
      from: '2030-01-01', to: '2030-01-02', topic: null, levelParity: null, rank: null,
    };
    const t = consultationPage(filter, anchorFor(filter), 'DATE_DESC', { skip: 0, limit: PAGE, counted: false }, selectionAt([root], 'consultations', 'edges', 'node'), root.key);
    const page = await profiled(t);
    expect(page.ids).toEqual(expected.filter((id) => ['2030-01-01', '2030-01-02'].includes(sortDates.get(id)!)).slice(0, PAGE + 1));
  });

  it('the API walks the pages in the sorted order, dated ties by id, then the undated', async () => {
    const walked: string[] = [];
    for (let skip = 0; skip < 30; skip += PAGE) {
      const response = await api.graphql<any>(QUERY, skip === 0 ? {} : { after: encodeOffsetCursor(skip - 1) });
      expect(response.errors).toBeUndefined();
      expect(response.data.consultations.pageInfo.hasNextPage).toBe(true);
      walked.push(...response.data.consultations.edges.map((e: any) => e.node.id));
    }
    expect(walked).toEqual(expected.slice(0, 30));
  });
});
