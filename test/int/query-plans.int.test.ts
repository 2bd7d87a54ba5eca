import { Graph } from '../../src/graph/graph';
import { resetToSeed } from '../support/seeded-graph';
import { connectTestGraph } from '../support/test-graph';
import { HOT_QUERIES } from '../../src/graph/hot-queries';
import { TRANSLATE_CASES } from '../unit/translate/cases';
import { rootField } from '../unit/translate/request';

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function operators(plan: PlanNode): string[] {
  return [plan.operatorType, ...plan.children.flatMap(operators)];
}

const SCAN = /NodeByLabelScan|AllNodesScan/;
const INDEX = /Index|NodeUniqueIndexSeek/;

/**
 * Hot queries must start from an index (unique key, range or name key), never from a scan of
 * every node of a label or of the whole graph. The translations are those of the translate
 * stage's spec (test/unit/translate/cases.ts): every one it produces is checked, none listed by hand.
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
    expect(ops.some((op) => SCAN.test(op))).toBe(false);
    expect(ops.some((op) => INDEX.test(op))).toBe(true);
  });

  it.each(TRANSLATE_CASES.map((c) => [c.name, c] as const))('translation: %s scans no label and seeks an index', async (_name, c) => {
    const { cypher, params } = c.translate(await rootField(c.query, c.variables));
    const ops = await explain(cypher, { ...params });
    expect(ops.filter((op) => SCAN.test(op))).toEqual([]);
    // A country needs no node unless its partners are read; every other translation starts at an index.
    if (/MATCH/.test(cypher)) expect(ops.some((op) => INDEX.test(op))).toBe(true);
  });
});
