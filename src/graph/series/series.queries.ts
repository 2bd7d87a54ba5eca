import { BundleParts, ConsultationBundleRow, consultationBundleFields, QueryFamily } from '../consultations/consultation-bundle';
import { Graph } from '../graph';
import { SeriesRow } from '../rows';

/** A series with its events in date order (undated ones last: they cannot be placed). */
export const SERIES_BY_ID = `
UNWIND $ids AS id
MATCH (s:Series {id: id})
OPTIONAL MATCH (s)<-[:IN_SERIES]-(c:Consultation)
WITH s, c ORDER BY CASE c.sortDate WHEN '0000-00-00' THEN '9999' ELSE c.sortDate END, c.id
WITH s, collect(c.id) AS consultationIds
RETURN s { .id, .kind, .currentRoundNumber, .nextRoundNumber,
           countryCodes: [(s)-[:BETWEEN]->(k:Country) | k.code], consultationIds: consultationIds } AS series`;

export async function seriesById(graph: Graph, ids: readonly string[]): Promise<SeriesRow[]> {
  return (await graph.read<{ series: SeriesRow }>(SERIES_BY_ID, { ids })).map((r) => withSortedCodes(r.series));
}

/** A series with its rounds (SERIES_BY_ID's order; variable names kept clear of the bundle's `s`, `p`, `o`) and the parts the response selects below them: question (b) in one round trip. */
const seriesWithRounds = (parts: BundleParts) => `
MATCH (series:Series {id: $id})
CALL (series) {
  OPTIONAL MATCH (series)<-[:IN_SERIES]-(c:Consultation)
  WITH c ORDER BY CASE c.sortDate WHEN '0000-00-00' THEN '9999' ELSE c.sortDate END, c.id
  RETURN collect(c ${consultationBundleFields(parts)}) AS rounds
}
RETURN series { .id, .kind, .currentRoundNumber, .nextRoundNumber,
                countryCodes: [(series)-[:BETWEEN]->(k:Country) | k.code], consultationIds: [c IN rounds | c.id] } AS series, rounds`;

export const SERIES_WITH_ROUNDS = new QueryFamily(seriesWithRounds);

export async function seriesBundle(graph: Graph, id: string, parts: BundleParts): Promise<{ series: SeriesRow; rounds: ConsultationBundleRow[] } | null> {
  const [row] = await graph.read<{ series: SeriesRow; rounds: ConsultationBundleRow[] }>(SERIES_WITH_ROUNDS.for(parts), { id });
  return row ? { series: withSortedCodes(row.series), rounds: row.rounds } : null;
}

function withSortedCodes(series: SeriesRow): SeriesRow {
  return { ...series, countryCodes: [...series.countryCodes].sort() };
}
