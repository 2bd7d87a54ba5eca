import { Graph } from '../graph';
import { CONSULTATION_FIELDS } from '../consultations/consultation.queries';
import { ConsultationRow, OfficialRow } from '../rows';
import { officialProjection } from './official-fields';
import { findMeetingChain } from './meeting-search';

/**
 * The steps of a chain of officials found by the bounded search (meeting-search.ts): each two
 * neighbours with every consultation where both sat, newest first. One hop is four relationships
 * (official ← participation → consultation ← participation → official).
 */
export const MEETING_STEPS = `
UNWIND range(0, size($chain) - 2) AS i
MATCH (x:Official {id: $chain[i]}), (y:Official {id: $chain[i + 1]})
CALL (x, y) {
  MATCH (x)<-[:OF]-(:Participation)-[:IN]->(c:Consultation)<-[:IN]-(:Participation)-[:OF]->(y)
  WITH DISTINCT c ORDER BY c.sortDate DESC, c.id
  RETURN collect(c ${CONSULTATION_FIELDS}) AS consultations
}
RETURN x ${officialProjection('x')} AS from, y ${officialProjection('y')} AS to, consultations
ORDER BY i`;

export interface MeetingStepRow {
  from: OfficialRow;
  to: OfficialRow;
  consultations: ConsultationRow[];
}

/**
 * The steps of the shortest route between two stored officials; [] when none within maxHops (or
 * from = to). QUERY_LIMIT when the search would pass its expansion cap.
 */
export async function meetingRoute(graph: Graph, from: string, to: string, maxHops: number): Promise<MeetingStepRow[]> {
  if (from === to) return [];
  const chain = await findMeetingChain(graph, from, to, maxHops);
  return chain ? graph.read<MeetingStepRow>(MEETING_STEPS, { chain }) : [];
}
