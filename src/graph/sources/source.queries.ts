import { Graph } from '../graph';
import { SourceRow } from '../rows';

/** The projection of a source (variable `s`), shared by every query that returns one. */
export const SOURCE_FIELDS = `{ .id, .publisher, .citing, .language, .publishedAt, .title, .url, caveats: coalesce(s.caveats, []), sourceText: s.text }`;

export const SOURCES_BY_ID = `
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s ${SOURCE_FIELDS} AS source`;

export async function sourcesById(graph: Graph, ids: readonly string[]): Promise<SourceRow[]> {
  return (await graph.read<{ source: SourceRow }>(SOURCES_BY_ID, { ids })).map((r) => r.source);
}

/** The consultations each source supports, newest first: what a search hit is about. */
export const CONSULTATIONS_CITING = `
UNWIND $ids AS id
MATCH (:Source {id: id})<-[:SUPPORTED_BY]-(c:Consultation)
WITH id, c ORDER BY c.sortDate DESC, c.id
RETURN id, collect(c.id) AS consultationIds`;

export async function consultationsCiting(graph: Graph, ids: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await graph.read<{ id: string; consultationIds: string[] }>(CONSULTATIONS_CITING, { ids });
  return new Map(rows.map((r) => [r.id, r.consultationIds]));
}
