import { recordConsultation } from '../../src/graph/consultations/record-consultation';
import { consultationRecord } from '../../src/domain/consultation-record';
import { resetToSeed } from '../support/seeded-graph';
import { connectTestGraph } from '../support/test-graph';
import { startTestApi, TestApi } from '../support/test-api';

const CONSONANTS = ['b', 'd', 'k', 'l', 'm', 'r', 's'];

/** Forty different people: distinct consonant skeletons and Daitch–Mokotoff codes. */
function syntheticName(i: number): string {
  const [a, b] = [CONSONANTS[i % 7], CONSONANTS[Math.floor(i / 7) % 7]];
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
  return `${cap(a)}e${b}an ${cap(b)}a${a}ov`;
}

/**
 * Each request runs a number of Cypher round trips fixed by the SHAPE of the query (one per
 * level of relationship fields), never by how many rows it returns: no N+1.
 */
describe('Cypher round trips per request', () => {
  let api: TestApi;
  beforeAll(async () => {
    await resetToSeed();
    // Forty more consultations so "many rows" is really many.
    const graph = connectTestGraph();
    try {
      for (let i = 0; i < 40; i += 1) {
        const day = String((i % 28) + 1).padStart(2, '0');
        await recordConsultation(
          graph,
          consultationRecord.parse({
            kind: 'POLITICAL_CONSULTATIONS',
            date: `2019-${String((i % 12) + 1).padStart(2, '0')}-${day}`,
            countries: ['AZ', i % 2 === 0 ? 'GE' : 'UZ'],
            round: [{ number: i + 1, statedAs: `round ${i + 1}`, source: `count-test-${i}` }],
            participants: [
              { name: 'Khalaf Khalafov', country: 'AZ', rank: 'DEPUTY_MINISTER', sources: [{ source: `count-test-${i}` }] },
              { name: syntheticName(i), country: i % 2 === 0 ? 'GE' : 'UZ', rank: 'DEPUTY_MINISTER', sources: [{ source: `count-test-${i}` }] },
            ],
            topics: ['bilateral relations', `topic ${i}`],
            sources: [{ id: `count-test-${i}`, language: 'en', title: `Synthetic report ${i}` }],
          }),
        );
      }
    } finally {
      await graph.close();
    }
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  // Nested lists are given a page: the cost limit counts an unpaged one at its default of 100
  // (c6df7b2), and this query is about round trips per level, not about its cost.
  const DEEP = `query($first: Int!) {
    consultations(first: $first) { edges { node {
      id date round { number statements { source { publisher } } }
      countries { code name partners { country { code } } }
      series { currentRoundNumber rounds(first: 10) { id } }
      participants { title official { name country { code } counterparts(first: 10) { official { name } consultations { id } } } }
      topics sources { publisher } citations { facts source { id } } sideMeetings { kind }
    } } } }`;

  const roundTrips = async (first: number) => {
    const response = await api.graphql<any>(DEEP, { first });
    expect(response.errors).toBeUndefined();
    expect(response.data.consultations.edges).toHaveLength(first);
    return response.extensions!.cypherQueries as number;
  };

  it('does not grow with the number of consultations returned', async () => {
    const counts = [await roundTrips(1), await roundTrips(5), await roundTrips(20), await roundTrips(45)];
    // One query per level of the response (about a dozen here), whatever the page size. Sources
    // are reached at two depths, whose loads may or may not share a tick: hence a slack of two.
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
    expect(Math.max(...counts)).toBeLessThanOrEqual(14);
  });

  it('searching a name and walking counterparts is a handful of queries', async () => {
    const response = await api.graphql<any>(
      '{ officials(name: "Khalafov") { edges { node { counterparts { official { name } consultations { date sources { publisher } } } } } } }',
    );
    expect(response.data.officials.edges[0].node.counterparts.length).toBeGreaterThanOrEqual(43);
    expect(response.extensions!.cypherQueries).toBeLessThanOrEqual(6);
  });
});
