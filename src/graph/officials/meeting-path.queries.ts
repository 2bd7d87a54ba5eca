import { Graph } from '../graph';
import { OfficialRow } from '../rows';
import { officialsById } from './official.queries';

/** The upper bound of the path search; the API refuses a larger maxHops. */
export const MAX_MEETING_HOPS = 10;

/**
 * Shortest chain of officials where each two neighbours sat in the same consultation. One hop is
 * four relationships (official ← participation → consultation ← participation → official). The
 * quantifier bound must be a literal, so the caller's maxHops is applied as a length filter.
 * The officials come back in OFFICIAL_FIELDS' shape (official-fields.ts), written out so the
 * query is one literal string.
 */
export const MEETING_PATH = `
MATCH (a:Official {id: $from}), (b:Official {id: $to})
MATCH path = SHORTEST 1 (a) ((:Official)<-[:OF]-(:Participation)-[:IN]->(:Consultation)<-[:IN]-(:Participation)-[:OF]->(:Official)){1,10} (b)
WHERE length(path) <= $maxHops * 4
RETURN [o IN nodes(path) WHERE o:Official | o { .id, .name, .countryCode, aliases: coalesce(o.aliases, []) }] AS officials`;

/** The officials along the chain, both ends included; null when no chain within maxHops exists. */
export async function meetingPath(graph: Graph, from: string, to: string, maxHops: number): Promise<OfficialRow[] | null> {
  if (from === to) {
    const found = await officialsById(graph, [from]);
    return found.length > 0 ? found : null;
  }
  const [row] = await graph.read<{ officials: OfficialRow[] }>(MEETING_PATH, { from, to, maxHops });
  return row ? dedupeAdjacent(row.officials) : null;
}

function dedupeAdjacent(officials: OfficialRow[]): OfficialRow[] {
  return officials.filter((o, i) => i === 0 || officials[i - 1].id !== o.id);
}
