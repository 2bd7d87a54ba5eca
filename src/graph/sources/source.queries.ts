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
