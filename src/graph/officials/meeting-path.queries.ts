import { Graph } from '../graph';

/** The upper bound of the path search; the API refuses a larger maxHops. */
export const MAX_MEETING_HOPS = 10;

/**
 * Shortest chain of officials where each two neighbours sat in the same consultation. One hop is
 * four relationships (official ← participation → consultation ← participation → official). The
 * quantifier bound must be a literal, so the caller's maxHops is applied as a length filter.
 */
export const MEETING_PATH = `
MATCH (a:Official {id: $from}), (b:Official {id: $to})
MATCH path = SHORTEST 1 (a) ((:Official)<-[:OF]-(:Participation)-[:IN]->(:Consultation)<-[:IN]-(:Participation)-[:OF]->(:Official)){1,10} (b)
WHERE length(path) <= $maxHops * 4
RETURN [n IN nodes(path) WHERE n:Official | n.id] AS officialIds`;

/** Ids along the chain, both ends included; null when no chain within maxHops exists. */
export async function meetingPath(graph: Graph, from: string, to: string, maxHops: number): Promise<string[] | null> {
  if (from === to) return [from];
  const [row] = await graph.read<{ officialIds: string[] }>(MEETING_PATH, { from, to, maxHops });
  return row ? dedupeAdjacent(row.officialIds) : null;
}

function dedupeAdjacent(ids: string[]): string[] {
  return ids.filter((id, i) => i === 0 || ids[i - 1] !== id);
}
