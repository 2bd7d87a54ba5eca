import { CONSULTATION_LIST_QUERIES } from '../../src/graph/consultations/consultation-filter.queries';
import { Graph } from '../../src/graph/graph';
import { resetToSeed } from '../support/seeded-graph';
import { connectTestGraph } from '../support/test-graph';
import { HOT_QUERIES } from '../../src/graph/hot-queries';

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function operators(plan: PlanNode): string[] {
  return [plan.operatorType, ...plan.children.flatMap(operators)];
}

/**
 * Hot queries must start from an index (unique key, range or name key), never from a scan of
 * every node of a label or of the whole graph.
 */
describe('query plans of the hot queries', () => {
  let graph: Graph;
  beforeAll(async () => {
    await resetToSeed();
    graph = connectTestGraph();
  });
  afterAll(() => graph.close());

  const explain = async (cypher: string, params: Record<string, unknown>): Promise<string[]> => {
    const session = graph.driver.session({ database: graph.database });
    try {
      const result = await session.run(`EXPLAIN ${cypher}`, params);
      return operators(result.summary.plan as unknown as PlanNode);
    } finally {
      await session.close();
    }
  };

  it.each(Object.entries(HOT_QUERIES))('%s uses an index and scans no label', async (_name, { cypher, params }) => {
    const ops = await explain(cypher, params);
    expect(ops.some((op) => /NodeByLabelScan|AllNodesScan/.test(op))).toBe(false);
    expect(ops.some((op) => /Index|NodeUniqueIndexSeek/.test(op))).toBe(true);
  });

  it.each(Object.entries(CONSULTATION_LIST_QUERIES))('consultations anchored by %s use an index', async (_name, cypher) => {
    const ops = await explain(cypher, {
      between: ['AZ', 'BE'], country: 'AZ', officialIds: ['az-khalaf-khalafov'], city: null, format: null, kind: null, status: null,
      from: '0000-00-00', to: '9999-12-31', topic: null, topicKey: null, levelParity: null, rank: null, skip: 0, limit: 20,
    });
    expect(ops.some((op) => /NodeByLabelScan|AllNodesScan/.test(op))).toBe(false);
  });
});
