import { Graph } from '../../src/graph/graph';
import { migrate } from '../../src/graph/migrations/migrate';
import { loadSeed } from '../../seed/load-seed';
import { connectTestGraph } from './test-graph';

const WIPE_DOMAIN = 'MATCH (n) WHERE NOT n:Migration CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS';

/**
 * Test files run one after another on the suite's Neo4j; a file that asserts exact answers
 * starts from the seed alone so data written by other files cannot change them.
 */
export async function resetToSeed(): Promise<void> {
  const graph: Graph = connectTestGraph();
  try {
    await migrate(graph);
    await wipe(graph);
    await loadSeed(graph);
  } finally {
    await graph.close();
  }
}

export async function wipe(graph: Graph): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run(WIPE_DOMAIN);
  } finally {
    await session.close();
  }
}
