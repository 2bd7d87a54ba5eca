import { Graph } from '../graph';
import { renumberSeries } from './record-consultation';

/** A source's round statement for one event, then the series renumbered: one transaction. */
const ADD_ROUND_STATEMENT = `
MATCH (c:Consultation {id: $consultationId})
MERGE (s:Source {id: $source.id})
SET s.publisher = coalesce($source.publisher, s.publisher), s.language = $source.language,
    s.publishedAt = coalesce($source.publishedAt, s.publishedAt), s.title = $source.title,
    s.url = coalesce($source.url, s.url), s.caveats = coalesce(s.caveats, [])
MERGE (c)-[r:SUPPORTED_BY]->(s)
  // A source new to the event states its round and nothing else: a claimed edge with no values.
  // Left unclaimed, it would count as stating the event's date, city, format and status of now.
  ON CREATE SET r.claimed = true
SET r.facts = CASE WHEN 'round' IN coalesce(r.facts, []) THEN r.facts ELSE coalesce(r.facts, []) + 'round' END,
    r.roundNumber = $number, r.roundStatedAs = $statedAs
RETURN c.seriesId AS seriesId`;

export interface RoundSource {
  id: string;
  publisher: string | null;
  language: string;
  publishedAt: string | null;
  title: string;
  url: string | null;
}

export async function correctRound(
  graph: Graph,
  consultationId: string,
  number: number,
  statedAs: string,
  source: RoundSource,
): Promise<boolean> {
  return graph.writeTransaction(async (run) => {
    const [row] = await run<{ seriesId: string }>(ADD_ROUND_STATEMENT, { consultationId, number, statedAs, source });
    if (!row) return false;
    await renumberSeries(run, [row.seriesId]);
    return true;
  });
}
