import { Graph } from '../graph';
import { PartnerRow } from '../rows';

const COUNTRY_CODES_IN_GRAPH = `MATCH (k:Country) RETURN k.code AS code ORDER BY code`;

export async function countryCodesInGraph(graph: Graph): Promise<string[]> {
  return (await graph.read<{ code: string }>(COUNTRY_CODES_IN_GRAPH)).map((r) => r.code);
}

/**
 * Each country's partners: countries it shares a consultation series with, their consultations
 * (newest first) and what is known of their relations. One query per batch of countries.
 */
export const PARTNERS = `
UNWIND $codes AS code
MATCH (home:Country {code: code})<-[:BETWEEN]-(s:Series)-[:BETWEEN]->(partner:Country)
WHERE partner <> home
MATCH (s)<-[:IN_SERIES]-(c:Consultation)
WITH code, home, partner, c ORDER BY c.sortDate DESC, c.id
WITH code, home, partner, collect(DISTINCT c.id) AS consultationIds
OPTIONAL MATCH (home)<-[:BETWEEN]-(r:DiplomaticRelations)-[:BETWEEN]->(partner)
WITH code, partner, consultationIds, r.since AS since,
     [(home)<-[:BETWEEN]-(a:Agreement)-[:BETWEEN]->(partner) | { name: a.name, year: a.year }] AS agreements
ORDER BY partner.name
RETURN code, collect({ countryCode: partner.code, consultationIds: consultationIds,
                       diplomaticRelationsSince: since, agreements: agreements }) AS partners`;

export async function partnersOf(graph: Graph, codes: readonly string[]): Promise<Map<string, PartnerRow[]>> {
  const rows = await graph.read<{ code: string; partners: PartnerRow[] }>(PARTNERS, { codes });
  return new Map(rows.map((r) => [r.code, r.partners]));
}
