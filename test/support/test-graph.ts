import { Graph } from '../../src/graph/graph';

/** A driver on the suite's Neo4j (see global-setup.ts). */
export function connectTestGraph(): Graph {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: run the tests through jest so global-setup starts Neo4j');
  return Graph.connect(
    { uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE ?? 'neo4j' },
    { maxPoolSize: 20, connectTimeoutMs: 5_000, txTimeoutMs: 30_000 },
  );
}
