import { Caller } from '../auth/credentials';
import { Graph, QueryCounter } from '../graph';
import { ConsultationFeed, InProcessConsultationFeed } from '../feed';
import { ExtractionPool, sharedExtractionPool } from '../extraction/extraction-pool';

/** What every resolver receives: a per-request view of the graph that counts its round trips. */
export interface RequestContext {
  graph: Graph;
  queries: QueryCounter;
  caller: Caller;
  readsRequireKey: boolean;
  /** The live feed: mutations publish to it after commit, subscriptions read from it (shared by every request). */
  feed: ConsultationFeed;
  /** Worker threads that read articles (extractConsultation), shared by every request. */
  extraction: ExtractionPool;
}

const ANONYMOUS: Caller = { role: null, rejectedKey: false };

export function createRequestContext(
  graph: Graph,
  caller: Caller = ANONYMOUS,
  readsRequireKey = false,
  feed: ConsultationFeed = new InProcessConsultationFeed(),
  extraction: ExtractionPool = sharedExtractionPool(),
): RequestContext {
  const queries = new QueryCounter();
  const counted = graph.counting(queries);
  return { graph: counted, queries, caller, readsRequireKey, feed, extraction };
}
