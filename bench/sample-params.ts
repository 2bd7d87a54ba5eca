import { seriesId } from '../src/domain/ids';
import { Graph } from '../src/graph/graph';
import { lookupKeys } from '../src/name-matching';
import { Sample } from './questions';

/**
 * Parameters drawn from the loaded dataset, deterministic for a given graph: active officials
 * (the ones analysts ask about), a counterpart two meetings away for paths, their pairs and
 * countries, and a misspelt name for fuzzy search (one letter doubled, one dropped).
 */
const ACTIVE_OFFICIALS = `
MATCH (o:Official)<-[:OF]-(p:Participation)
WITH o, count(p) AS events ORDER BY events DESC, o.id LIMIT toInteger($limit)
MATCH (o)<-[:OF]-(:Participation)-[:IN]->(c:Consultation)<-[:IN]-(:Participation)-[:OF]->(near:Official)
WITH o, c, near ORDER BY c.id, near.id
WITH o, head(collect(c)) AS c, last(collect(DISTINCT near)) AS near
MATCH (near)<-[:OF]-(:Participation)-[:IN]->(:Consultation)<-[:IN]-(:Participation)-[:OF]->(far:Official)
WHERE far <> o AND far <> near
WITH o, c, far ORDER BY far.id
RETURN o.id AS id, o.name AS name, o.countryCode AS country, c.countryCodes AS pair, head(collect(far.id)) AS farId`;

export async function sampleParams(graph: Graph, count = 50): Promise<Sample[]> {
  const rows = await graph.read<{ id: string; name: string; country: string; pair: [string, string]; farId: string }>(ACTIVE_OFFICIALS, { limit: count });
  return rows.map((r) => {
    const fuzzyName = misspell(r.name);
    return {
      officialId: r.id,
      otherOfficialId: r.farId,
      officialName: r.name,
      fuzzyName,
      nameKeys: lookupKeys(fuzzyName),
      pair: r.pair,
      seriesId: seriesId(r.pair, 'POLITICAL_CONSULTATIONS'),
      country: r.country,
    };
  });
}

function misspell(name: string): string {
  const [given, ...rest] = name.split(' ');
  const family = rest.join(' ');
  const doubled = family.length > 3 ? family.slice(0, 2) + family[2] + family.slice(2) : family;
  return `${given.slice(0, -1)} ${doubled}`;
}
