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

function withSortedCodes(series: SeriesRow): SeriesRow {
  return { ...series, countryCodes: [...series.countryCodes].sort() };
}
