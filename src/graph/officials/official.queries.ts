import { Rank } from '../../domain/enums';
import { PARTICIPATION_FIELDS } from '../consultations/consultation.queries';
import { Graph } from '../graph';
import { OFFICIAL_FIELDS } from './official-fields';
import { CONSULTATION_FIELDS } from '../consultations/consultation.queries';
import { CounterpartRow, OfficialRow, ParticipationRow } from '../rows';


export const OFFICIALS_BY_ID = `
UNWIND $ids AS id
MATCH (o:Official {id: id})
RETURN o ` + OFFICIAL_FIELDS + ` AS official`;

export async function officialsById(graph: Graph, ids: readonly string[]): Promise<OfficialRow[]> {
  return (await graph.read<{ official: OfficialRow }>(OFFICIALS_BY_ID, { ids })).map((r) => r.official);
}

/** Officials without a name query: alphabetical page and the total, in one round trip. */
export const LIST_OFFICIALS_OF_COUNTRY = `
MATCH (:Country {code: $country})<-[:OF_COUNTRY]-(o:Official)
WHERE $rank IS NULL OR EXISTS { MATCH (o)<-[:OF]-(p:Participation) WHERE p.rank = $rank }
WITH o ORDER BY o.name, o.id
WITH collect(o) AS matching
RETURN size(matching) AS total, [o IN matching[$skip..($skip + $limit)] | o ` + OFFICIAL_FIELDS + `] AS page`;

const LIST_OFFICIALS = `
MATCH (o:Official)
WHERE $rank IS NULL OR EXISTS { MATCH (o)<-[:OF]-(p:Participation) WHERE p.rank = $rank }
WITH o ORDER BY o.name, o.id
WITH collect(o) AS matching
RETURN size(matching) AS total, [o IN matching[$skip..($skip + $limit)] | o ` + OFFICIAL_FIELDS + `] AS page`;

export async function listOfficials(
  graph: Graph,
  criteria: { country: string | null; rank: Rank | null },
  page: { skip: number; limit: number },
): Promise<{ total: number; page: OfficialRow[] }> {
  const [row] = await graph.read<{ total: number; page: OfficialRow[] }>(
    criteria.country ? LIST_OFFICIALS_OF_COUNTRY : LIST_OFFICIALS,
    { ...criteria, ...page },
  );
  return row ?? { total: 0, page: [] };
}

export interface CounterpartRequest {
  key: string;
  officialId: string;
  rank: Rank | null;
  country: string | null;
}

/** The request for one official's counterparts; equal requests share one key (and one loader entry). */
export function counterpartRequest(officialId: string, rank: Rank | null, country: string | null): CounterpartRequest {
  return { key: `${officialId}|${rank ?? ''}|${country ?? ''}`, officialId, rank, country };
}

/**
 * The people across the table from each official: the other side's participants in the same
 * consultations, filtered by the rank they held at that event. One query for a whole batch.
 */
export const COUNTERPARTS = `
UNWIND $requests AS req
MATCH (:Official {id: req.officialId})<-[:OF]-(mine:Participation)-[:IN]->(c:Consultation)<-[:IN]-(theirs:Participation)-[:OF]->(o:Official)
WHERE theirs.country <> mine.country
  AND (req.rank IS NULL OR theirs.rank = req.rank)
  AND (req.country IS NULL OR theirs.country = req.country)
WITH req, o, c ORDER BY c.sortDate DESC, c.id
WITH req, o, collect(DISTINCT c) AS met
ORDER BY o.name, o.id
RETURN req.key AS key, collect({ officialId: o.id, consultationIds: [c IN met | c.id],
  official: o ` + OFFICIAL_FIELDS + `, consultations: [c IN met | c ` + CONSULTATION_FIELDS + `] }) AS counterparts`;

export async function counterparts(graph: Graph, requests: readonly CounterpartRequest[]): Promise<Map<string, CounterpartRow[]>> {
  const rows = await graph.read<{ key: string; counterparts: CounterpartRow[] }>(COUNTERPARTS, { requests });
  return new Map(rows.map((r) => [r.key, r.counterparts]));
}

export const PARTICIPATIONS_BY_OFFICIAL = `
UNWIND $ids AS id
MATCH (:Official {id: id})<-[:OF]-(p:Participation)-[:IN]->(c:Consultation)
WITH id, p, c ORDER BY c.sortDate DESC, c.id
RETURN id, collect(p ` + PARTICIPATION_FIELDS + `) AS participations`;

export async function participationsByOfficial(graph: Graph, ids: readonly string[]): Promise<Map<string, ParticipationRow[]>> {
  const rows = await graph.read<{ id: string; participations: ParticipationRow[] }>(PARTICIPATIONS_BY_OFFICIAL, { ids });
  return new Map(rows.map((r) => [r.id, r.participations]));
}

/** Every event an official took part in with its countries: what a merge announces on the live feed. */
export const EVENTS_OF_OFFICIAL = `
MATCH (:Official {id: $id})<-[:OF]-(:Participation)-[:IN]->(c:Consultation)
RETURN DISTINCT c.id AS consultationId, c.countryCodes AS countryCodes`;

export async function eventsOfOfficial(graph: Graph, id: string): Promise<Array<{ consultationId: string; countryCodes: string[] }>> {
  return graph.read(EVENTS_OF_OFFICIAL, { id });
}
