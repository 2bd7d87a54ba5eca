import { Graph } from '../graph';
import { CONSULTATION_FIELDS } from '../consultations/consultation.queries';
import { ConsultationRow, OfficialRow } from '../rows';
import { officialProjection } from './official-fields';
import { MAX_MEETING_HOPS } from './meeting-path.queries';

/**
 * The shortest chain of officials from $from to $to where each two neighbours sat in the same
 * consultation, with every consultation linking each step, newest first. One hop is four
 * relationships (official ← participation → consultation ← participation → official).
 *
 * Bounded: the quantifier's upper bound is the caller's maxHops itself (a quantifier bound must
 * be a literal, so there is one query per bound, 1–10, built here from constants), so the search
 * never expands past it.
 */
const routeQuery = (maxHops: number) => `
MATCH (a:Official {id: $from}), (b:Official {id: $to})
MATCH path = SHORTEST 1 (a) ((:Official)<-[:OF]-(:Participation)-[:IN]->(:Consultation)<-[:IN]-(:Participation)-[:OF]->(:Official)){1,${maxHops}} (b)
WITH [o IN nodes(path) WHERE o:Official] AS chain
UNWIND range(0, size(chain) - 2) AS i
WITH i, chain[i] AS x, chain[i + 1] AS y
CALL (x, y) {
  MATCH (x)<-[:OF]-(:Participation)-[:IN]->(c:Consultation)<-[:IN]-(:Participation)-[:OF]->(y)
  WITH DISTINCT c ORDER BY c.sortDate DESC, c.id
  RETURN collect(c ${CONSULTATION_FIELDS}) AS consultations
}
RETURN x ${officialProjection('x')} AS from, y ${officialProjection('y')} AS to, consultations
ORDER BY i`;

export const MEETING_ROUTE_QUERIES: readonly string[] = Array.from({ length: MAX_MEETING_HOPS + 1 }, (_, hops) => (hops === 0 ? '' : routeQuery(hops)));

export interface MeetingStepRow {
  from: OfficialRow;
  to: OfficialRow;
  consultations: ConsultationRow[];
}

/** The steps of the shortest route between two stored officials; [] when none within maxHops (or from = to). */
export async function meetingRoute(graph: Graph, from: string, to: string, maxHops: number): Promise<MeetingStepRow[]> {
  if (from === to) return [];
  return graph.read<MeetingStepRow>(MEETING_ROUTE_QUERIES[maxHops], { from, to });
}
