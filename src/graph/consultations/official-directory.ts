import { Params } from '../graph';
import * as Q from './record-consultation.cypher';

type Run = <T>(cypher: string, params?: Params) => Promise<T[]>;

/** A stored official as name resolution sees them. */
export interface OfficialCandidate {
  id: string;
  name: string;
  aliases: string[];
  country: string;
}

/**
 * Where name resolution looks up the officials already recorded: the graph (inside the writing
 * transaction), or the bulk loader's memory of what it has planned so far (src/import/bulk), so
 * both paths resolve people by exactly the same rules.
 */
export interface OfficialDirectory {
  /** Officials of each lookup's country holding that name key. */
  candidates(lookups: ReadonlyArray<{ key: string; country: string }>): Promise<Array<OfficialCandidate & { key: string }>>;
  byIds(ids: readonly string[]): Promise<OfficialCandidate[]>;
  /** Ids taken by a new official's id base: the base itself or base-N. */
  idsStartingWith(prefixes: readonly string[]): Promise<string[]>;
}

/** The directory of the graph being written, queried in the caller's transaction (one statement each). */
export function graphDirectory(run: Run): OfficialDirectory {
  return {
    candidates: (lookups) => run(Q.FIND_OFFICIAL_CANDIDATES, { lookups }),
    byIds: (ids) => run(Q.OFFICIALS_BY_ID, { ids }),
    idsStartingWith: async (prefixes) => (await run<{ id: string }>(Q.OFFICIAL_IDS_STARTING_WITH, { prefixes })).map((r) => r.id),
  };
}
