import { Rank } from '../../domain/enums';
import { lookupKeys, rankByName } from '../../name-matching';
import { Graph } from '../graph';
import { OfficialRow } from '../rows';
import { OFFICIAL_FIELDS } from './official-fields';

export interface ScoredOfficial {
  official: OfficialRow;
  score: number;
}

/**
 * How many candidates one name brings back to be scored. The full-text index ranks them by the
 * name keys they share with the query, rare keys weighing more (BM25), and stops there: however
 * many thousands of people share a common key in a large graph, the name matcher scores at most
 * this many. With a rank criterion (not in the index) more are read, then filtered.
 */
export const NAME_CANDIDATE_LIMIT = 200;
const NAME_CANDIDATE_LIMIT_WITH_RANK = 1_000;

/**
 * The best candidates for each search, by index (migration 5: `official_name_keys` over
 * nameKeyText and countryCode). `search.query` is a Lucene query made by `keyQuery` from name keys
 * and a country code, never from request text as written.
 */
export const NAME_CANDIDATES = `
UNWIND $searches AS search
CALL (search) {
  CALL db.index.fulltext.queryNodes('official_name_keys', search.query, { limit: $limit }) YIELD node AS o, score
  WHERE $rank IS NULL OR EXISTS { MATCH (o)<-[:OF]-(p:Participation) WHERE p.rank = $rank }
  WITH o, score ORDER BY score DESC, o.id
  LIMIT ${NAME_CANDIDATE_LIMIT}
  RETURN collect(o ${OFFICIAL_FIELDS}) AS candidates
}
RETURN search.index AS index, candidates`;

/**
 * Officials whose canonical name or an alias matches `name` in any script or spelling, best
 * first; people matching equally well are all returned (ties ordered by name). One round trip:
 * the index finds the capped candidates, the name matcher scores them — by the same function a
 * write uses to decide who a written name is (rankByName).
 */
export async function searchOfficialsByName(
  graph: Graph,
  name: string,
  criteria: { country: string | null; rank: Rank | null },
): Promise<ScoredOfficial[]> {
  const [candidates] = await nameCandidates(graph, [{ keys: lookupKeys(name), country: criteria.country }], criteria.rank);
  const ordered = [...candidates].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return rankByName([name], ordered, spellingsOf).map(({ candidate, score }) => ({ official: candidate, score }));
}

/**
 * The best-matching known official for each of several people (a draft's heads of delegation)
 * in one round trip: each person's own capped candidates, of their country (any country when
 * unknown). Null when nobody matches.
 */
export async function matchOfficialsByName(
  graph: Graph,
  people: ReadonlyArray<{ name: string; country: string | null }>,
): Promise<Array<ScoredOfficial | null>> {
  const candidates = await nameCandidates(graph, people.map((p) => ({ keys: lookupKeys(p.name), country: p.country })), null);
  return people.map((person, i) => {
    const ordered = [...candidates[i]].sort((a, b) => a.id.localeCompare(b.id));
    const [best] = rankByName([person.name], ordered, spellingsOf);
    return best ? { official: best.candidate, score: best.score } : null;
  });
}

const spellingsOf = (o: OfficialRow) => [o.name, ...o.aliases];

/** Candidates per search, in the searches' order; a search without keys (initials only) has none. */
async function nameCandidates(
  graph: Graph,
  searches: ReadonlyArray<{ keys: string[]; country: string | null }>,
  rank: Rank | null,
): Promise<OfficialRow[][]> {
  const queries = searches.flatMap((s, index) => (s.keys.length > 0 ? [{ index, query: keyQuery(s.keys, s.country) }] : []));
  const found = new Map<number, OfficialRow[]>();
  if (queries.length > 0) {
    const limit = rank === null ? NAME_CANDIDATE_LIMIT : NAME_CANDIDATE_LIMIT_WITH_RANK;
    const rows = await graph.read<{ index: number; candidates: OfficialRow[] }>(NAME_CANDIDATES, { searches: queries, limit, rank });
    for (const row of rows) found.set(row.index, row.candidates);
  }
  return searches.map((_, i) => found.get(i) ?? []);
}

/**
 * A Lucene query for officials holding any of `keys` (ranked by how many and how rare), of
 * `country` when given. Each key and the code is a quoted, escaped term: with the whitespace
 * analyzer one token, whatever characters it has.
 */
export function keyQuery(keys: readonly string[], country: string | null): string {
  const names = `(${keys.map((k) => `nameKeyText:${quoted(k)}`).join(' OR ')})`;
  return country === null ? names : `${names} AND countryCode:${quoted(country)}`;
}

function quoted(term: string): string {
  return `"${term.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
