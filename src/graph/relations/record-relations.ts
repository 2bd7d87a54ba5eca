import { Graph } from '../graph';

export interface DiplomaticRelationsRecord {
  countries: [string, string];
  since: number;
  basis: string;
  source: string;
}

export interface AgreementRecord {
  countries: [string, string];
  year: number;
  name: string;
  source: string;
}

/** Relations between a pair, each backed by a source already in the graph (MATCH: no source, no fact). */
const UPSERT_DIPLOMATIC_RELATIONS = `
MATCH (a:Country {code: $a}), (b:Country {code: $b}), (s:Source {id: $source})
MERGE (r:DiplomaticRelations {id: $id})
SET r.since = $since, r.basis = $basis, r.countryCodes = [$a, $b]
MERGE (r)-[:BETWEEN]->(a)
MERGE (r)-[:BETWEEN]->(b)
MERGE (r)-[:SUPPORTED_BY]->(s)
RETURN r.id AS id`;

const UPSERT_AGREEMENT = `
MATCH (a:Country {code: $a}), (b:Country {code: $b}), (s:Source {id: $source})
MERGE (r:Agreement {id: $id})
SET r.name = $name, r.year = $year, r.countryCodes = [$a, $b]
MERGE (r)-[:BETWEEN]->(a)
MERGE (r)-[:BETWEEN]->(b)
MERGE (r)-[:SUPPORTED_BY]->(s)
RETURN r.id AS id`;

export async function recordDiplomaticRelations(graph: Graph, record: DiplomaticRelationsRecord): Promise<boolean> {
  const [a, b] = [...record.countries].sort();
  const rows = await graph.write(UPSERT_DIPLOMATIC_RELATIONS, { a, b, id: `${a}-${b}`.toLowerCase(), since: record.since, basis: record.basis, source: record.source });
  return rows.length > 0;
}

export async function recordAgreement(graph: Graph, record: AgreementRecord): Promise<boolean> {
  const [a, b] = [...record.countries].sort();
  const id = `${a}-${b}-${record.year}-${record.name}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const rows = await graph.write(UPSERT_AGREEMENT, { a, b, id, name: record.name, year: record.year, source: record.source });
  return rows.length > 0;
}
