import { Rank } from '../../domain/enums';
import { bestNameScore, lookupKeys, NAME_MATCH_THRESHOLD } from '../../name-matching';
import { Graph } from '../graph';
import { OfficialRow } from '../rows';
import { officialNameCandidates } from './official.queries';

export interface ScoredOfficial {
  official: OfficialRow;
  score: number;
}

/**
 * Officials whose canonical name or an alias matches `name` in any script or spelling, best
 * first; people matching equally well are all returned (ties ordered by name). One round trip:
 * the index finds the candidates, the name matcher scores them.
 */
export async function searchOfficialsByName(
  graph: Graph,
  name: string,
  criteria: { country: string | null; rank: Rank | null },
): Promise<ScoredOfficial[]> {
  const candidates = await officialNameCandidates(graph, lookupKeys(name), criteria);
  return candidates
    .map((official) => ({ official, score: bestNameScore(name, [official.name, ...official.aliases]) }))
    .filter((c) => c.score >= NAME_MATCH_THRESHOLD)
    .sort((a, b) => b.score - a.score || a.official.name.localeCompare(b.official.name) || a.official.id.localeCompare(b.official.id));
}

/**
 * The best-matching known official for each of several people (a draft's heads of delegation)
 * in one round trip: the union of their name keys finds the candidates, each person is scored
 * against those of their country (any country when unknown). Null when nobody matches.
 */
export async function matchOfficialsByName(
  graph: Graph,
  people: ReadonlyArray<{ name: string; country: string | null }>,
): Promise<Array<ScoredOfficial | null>> {
  const keys = [...new Set(people.flatMap((p) => lookupKeys(p.name)))];
  const candidates = await officialNameCandidates(graph, keys, { country: null, rank: null });
  return people.map((person) => {
    const best = candidates
      .filter((o) => person.country === null || o.countryCode === person.country)
      .map((official) => ({ official, score: bestNameScore(person.name, [official.name, ...official.aliases]) }))
      .filter((c) => c.score >= NAME_MATCH_THRESHOLD)
      .sort((a, b) => b.score - a.score || a.official.id.localeCompare(b.official.id));
    return best[0] ?? null;
  });
}
