import { Graph } from '../graph';
import { SourceRow } from '../rows';

export const SOURCES_BY_ID = `
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s { .id, .publisher, .citing, .language, .publishedAt, .title, .url, caveats: coalesce(s.caveats, []), sourceText: s.text } AS source`;

export async function sourcesById(graph: Graph, ids: readonly string[]): Promise<SourceRow[]> {
  return (await graph.read<{ source: SourceRow }>(SOURCES_BY_ID, { ids })).map((r) => r.source);
}
