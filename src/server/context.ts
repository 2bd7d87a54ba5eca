import { Graph, QueryCounter } from '../graph/graph';

/** What every resolver receives: a per-request view of the graph that counts its round trips. */
export interface RequestContext {
  graph: Graph;
  queries: QueryCounter;
}

export function createRequestContext(graph: Graph): RequestContext {
  const queries = new QueryCounter();
  return { graph: graph.counting(queries), queries };
}
