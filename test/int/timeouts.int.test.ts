import { ErrorCode, QueryTimeoutError } from '../../src/errors';
import { Graph } from '../../src/graph/graph';
import { connectTestGraph } from '../support/test-graph';

/**
 * Every transaction the API opens carries a time limit (NEO4J_TX_TIMEOUT_MS, set per
 * transaction by src/graph/graph.ts): Neo4j stops a runaway query — a path search over too many
 * hops, say — rather than leave it running, and the caller gets a typed TIMEOUT error.
 */
const RUNAWAY = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n';

let observer: Graph;
beforeAll(() => {
  observer = connectTestGraph();
});
afterAll(() => observer.close());

async function stillRunning(): Promise<number> {
  // The needle is a parameter, so this query's own text does not match it.
  const rows = await observer.read<{ n: number }>('SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $needle RETURN count(*) AS n', { needle: 'range(1, 2000000000)' });
  return rows[0].n;
}

it.each([
  ['a read', (g: Graph) => g.read(RUNAWAY)],
  ['a write transaction', (g: Graph) => g.writeTransaction((run) => run(`CREATE (:TimeoutProbe) WITH 1 AS one ${RUNAWAY}`))],
])('%s over its time limit is stopped by Neo4j with a typed error, and leaves nothing behind', async (_name, work) => {
  const limited = Graph.connect({ uri: process.env.NEO4J_URI!, database: 'neo4j' }, { maxPoolSize: 2, connectTimeoutMs: 5_000, txTimeoutMs: 500 });
  try {
    const started = Date.now();
    const error = await work(limited).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect((error as QueryTimeoutError).extensions.code).toBe(ErrorCode.TIMEOUT);
    expect((error as QueryTimeoutError).message).toMatch(/limit of 500 ms/);
    // Stopped, not abandoned: well before the query could have finished, and no longer listed.
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await stillRunning()).toBe(0);
    expect((await observer.read<{ n: number }>('MATCH (p:TimeoutProbe) RETURN count(p) AS n'))[0].n).toBe(0);
  } finally {
    await limited.close();
  }
});
