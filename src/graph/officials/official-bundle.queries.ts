import { BundleParts, ConsultationBundleRow, consultationBundleFields, QueryFamily } from '../consultations/consultation-bundle';
import { Graph } from '../graph';
import { OfficialRow } from '../rows';
import { CounterpartRequest } from './official.queries';
import { officialProjection } from './official-fields';

export interface OfficialBundle {
  official: OfficialRow;
  counterparts: Array<{ officialId: string; consultationIds: string[]; official: OfficialRow; consultations: ConsultationBundleRow[] }>;
}

/**
 * An official with their counterparts (the COUNTERPARTS query's match and order) and each
 * meeting with the parts the response selects: question (a) in one round trip.
 */
function officialWithCounterparts(parts: BundleParts): string {
  // `other`, `me`, `met`: names clear of the bundle fragments' own `c`, `p`, `o`, `s`, `r`.
  return `
MATCH (me:Official {id: $officialId})
CALL (me) {
  OPTIONAL MATCH (me)<-[:OF]-(mine:Participation)-[:IN]->(c:Consultation)<-[:IN]-(theirs:Participation)-[:OF]->(other:Official)
  WHERE theirs.country <> mine.country
    AND ($rank IS NULL OR theirs.rank = $rank)
    AND ($country IS NULL OR theirs.country = $country)
  WITH other, c ORDER BY c.sortDate DESC, c.id
  WITH other, collect(DISTINCT c) AS met
  WHERE other IS NOT NULL
  ORDER BY other.name, other.id
  RETURN collect({ officialId: other.id, consultationIds: [c IN met | c.id],
    official: other ${officialProjection('other')}, consultations: [c IN met | c ${consultationBundleFields(parts)}] }) AS counterparts
}
RETURN me ${officialProjection('me')} AS official, counterparts`;
}

export const OFFICIAL_WITH_COUNTERPARTS = new QueryFamily(officialWithCounterparts);

export async function officialBundle(graph: Graph, request: CounterpartRequest, parts: BundleParts): Promise<OfficialBundle | null> {
  const [row] = await graph.read<OfficialBundle>(OFFICIAL_WITH_COUNTERPARTS.for(parts), {
    officialId: request.officialId,
    rank: request.rank,
    country: request.country,
  });
  return row ?? null;
}
