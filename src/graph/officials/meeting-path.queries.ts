import { Graph } from '../graph';
import { OfficialRow } from '../rows';
import { findMeetingChain } from './meeting-search';
import { officialsById } from './official.queries';

/**
 * The officials along the shortest chain of meetings, both ends included; null when no chain
 * within maxHops exists. The search is bounded (meeting-search.ts): QUERY_LIMIT past its cap.
 */
export async function meetingPath(graph: Graph, from: string, to: string, maxHops: number): Promise<OfficialRow[] | null> {
  const chain = await findMeetingChain(graph, from, to, maxHops);
  if (!chain) return null;
  const byId = new Map((await officialsById(graph, chain)).map((o) => [o.id, o]));
  return chain.flatMap((id) => byId.get(id) ?? []);
}
