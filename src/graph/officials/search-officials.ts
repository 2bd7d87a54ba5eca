import { Rank } from '../../domain/enums';
import { lookupKeys, rankByName } from '../../name-matching';
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
 * the index finds the candidates, the name matcher scores them — by the same function a write
 * uses to decide who a written name is (rankByName).
 */
export async function searchOfficialsByName(
  graph: Graph,
  name: string,
  criteria: { country: string | null; rank: Rank | null },
): Promise<ScoredOfficial[]> {
  const candidates = await officialNameCandidates(graph, lookupKeys(name), criteria);
  const ordered = [...candidates].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return rankByName([name], ordered, spellingsOf).map(({ candidate, score }) => ({ official: candidate, score }));
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
  const ordered = [...candidates].sort((a, b) => a.id.localeCompare(b.id));
  return people.map((person) => {
    const mine = ordered.filter((o) => person.country === null || o.countryCode === person.country);
    const [best] = rankByName([person.name], mine, spellingsOf);
    return best ? { official: best.candidate, score: best.score } : null;
  });
}

const spellingsOf = (o: OfficialRow) => [o.name, ...o.aliases];
