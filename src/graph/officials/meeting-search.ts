import { QueryLimitError } from '../../errors';
import { Graph } from '../graph';

/** The upper bound of the path search; the API refuses a larger maxHops. */
export const MAX_MEETING_HOPS = 10;

/**
 * The most participations one search may expand, both sides together. A hop out of an official
 * reads each of their participations, its consultation and the other participants there, so the
 * work of a search is proportional to this count; a search that would pass it is refused with
 * QUERY_LIMIT before the expansion runs, instead of running into the transaction timeout (at 1M
 * events two hops out of a busy official reach most of the graph). 200,000 is about half a second of
 * Neo4j's time on the benchmark machine. MEETING_PATH_MAX_EXPANSION overrides it.
 */
export const MAX_MEETING_EXPANSION = 200_000;

/** The participations of each end: what a first hop out of it costs (a degree lookup, no expansion). */
export const MEETING_ENDS = `
UNWIND $ids AS id
MATCH (o:Official {id: id})
RETURN o.id AS id, COUNT { (o)<-[:OF]-() } AS degree`;

/**
 * One hop out of a frontier: every official who sat in a consultation with one of the frontier's,
 * once, with the smallest frontier id as parent (so a route is the same on every run) and their
 * own participations (the cost of expanding them in turn).
 */
export const MEETING_EXPANSION = `
UNWIND $ids AS id
MATCH (o:Official {id: id})<-[:OF]-(:Participation)-[:IN]->(:Consultation)<-[:IN]-(:Participation)-[:OF]->(n:Official)
WHERE n <> o
WITH n, min(o.id) AS parent
RETURN n.id AS id, parent, COUNT { (n)<-[:OF]-() } AS degree`;

interface Side {
  /** Every official reached from this end, with the one it was reached from (null for the end). */
  parents: Map<string, string | null>;
  frontier: string[];
  /** Participations of the frontier's officials: what expanding it costs. */
  cost: number;
  depth: number;
}

/**
 * The shortest chain of officials from `from` to `to` where each two neighbours sat in the same
 * consultation, both ends included, or null when there is none within maxHops. A bidirectional
 * breadth-first search: each round expands whichever side's frontier is cheaper by one hop, so the
 * two searches meet in the middle and neither explores the neighbourhood of a busy official when
 * the other side is small. Throws QueryLimitError when the next hop would take the search past
 * MAX_MEETING_EXPANSION participations. Both ends must exist (the caller checks).
 */
export async function findMeetingChain(graph: Graph, from: string, to: string, maxHops: number): Promise<string[] | null> {
  const maxExpansion = graph.maxMeetingExpansion ?? MAX_MEETING_EXPANSION;
  if (from === to) return [from];
  const ends = new Map((await graph.read<{ id: string; degree: number }>(MEETING_ENDS, { ids: [from, to] })).map((r) => [r.id, r.degree]));
  if (!ends.has(from) || !ends.has(to)) return null;
  const a: Side = { parents: new Map([[from, null]]), frontier: [from], cost: ends.get(from)!, depth: 0 };
  const b: Side = { parents: new Map([[to, null]]), frontier: [to], cost: ends.get(to)!, depth: 0 };
  let expanded = 0;
  while (a.depth + b.depth < maxHops && a.frontier.length > 0 && b.frontier.length > 0) {
    const [near, far] = a.cost <= b.cost ? [a, b] : [b, a];
    if (expanded + near.cost > maxExpansion) {
      throw new QueryLimitError(
        `The meeting path search would expand more than ${maxExpansion} participations before finding a chain of ${a.depth + b.depth + 1} or more meetings; ` +
          'ask for fewer hops or for officials nearer each other.',
        'maxMeetingExpansion',
        maxExpansion,
      );
    }
    expanded += near.cost;
    const rows = await graph.read<{ id: string; parent: string; degree: number }>(MEETING_EXPANSION, { ids: near.frontier });
    const fresh = rows.filter((r) => !near.parents.has(r.id)).sort((x, y) => x.id.localeCompare(y.id));
    for (const r of fresh) near.parents.set(r.id, r.parent);
    near.frontier = fresh.map((r) => r.id);
    near.cost = fresh.reduce((sum, r) => sum + r.degree, 0);
    near.depth += 1;
    // Whole levels are expanded, so the first level that touches the other side holds a shortest chain.
    const meeting = near.frontier.find((id) => far.parents.has(id));
    if (meeting !== undefined) return [...walkBack(a.parents, meeting).reverse(), ...walkBack(b.parents, meeting).slice(1)];
  }
  return null;
}

/** From `id` back to the end its side started from. */
function walkBack(parents: Map<string, string | null>, id: string): string[] {
  const chain = [id];
  for (let parent = parents.get(id); parent != null; parent = parents.get(parent)) chain.push(parent);
  return chain;
}
