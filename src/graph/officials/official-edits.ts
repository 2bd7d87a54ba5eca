import { Neo4jError } from 'neo4j-driver';
import { nameKeys } from '../../name-matching';
import { Graph } from '../graph';
import { nameKeyText } from './official-fields';

/** A new spelling for an official: alias list, full-text text and name keys, in one transaction. */
const ADD_ALIAS = `
MATCH (o:Official {id: $officialId})
WITH o, CASE WHEN $alias = o.name OR $alias IN coalesce(o.aliases, []) THEN coalesce(o.aliases, []) ELSE coalesce(o.aliases, []) + $alias END AS aliases
SET o.aliases = aliases, o.aliasText = reduce(text = '', a IN aliases | text + ' ' + a)
WITH o
UNWIND $keys AS key
MERGE (nk:NameKey {value: key})
MERGE (nk)-[:KEY_OF]->(o)
WITH DISTINCT o
SET o.nameKeyText = ${nameKeyText('o')}
RETURN o.id AS id`;

export async function addOfficialAlias(graph: Graph, officialId: string, alias: string): Promise<boolean> {
  const rows = await graph.write(ADD_ALIAS, { officialId, alias, keys: nameKeys(alias).length > 0 ? nameKeys(alias) : ['-'] });
  return rows.length > 0;
}

/**
 * Two nodes found to be one person: every participation and name key of `remove` moves to
 * `keep`, its names become aliases, an audit record says who merged what and when, and `remove`
 * is deleted — all in one transaction.
 */
const MERGE_OFFICIALS = `
MATCH (keep:Official {id: $keep}), (remove:Official {id: $remove})
WITH keep, remove, [remove.name] + coalesce(remove.aliases, []) AS incoming
WITH keep, remove, reduce(acc = coalesce(keep.aliases, []), a IN incoming |
       CASE WHEN a = keep.name OR a IN acc THEN acc ELSE acc + a END) AS aliases
SET keep.aliases = aliases, keep.aliasText = reduce(text = '', a IN aliases | text + ' ' + a)
WITH keep, remove
CALL (keep, remove) {
  // Both were recorded at one event (one person under two names): fold the removed one's
  // citations into the kept participation, so the person sits once at that table.
  MATCH (p:Participation)-[:OF]->(remove), (p)-[:IN]->(event)<-[:IN]-(twin:Participation)-[:OF]->(keep)
  OPTIONAL MATCH (p)-[s:SUPPORTED_BY]->(src:Source)
  FOREACH (_ IN CASE WHEN src IS NULL THEN [] ELSE [1] END |
    MERGE (twin)-[t:SUPPORTED_BY]->(src)
    SET t.nameAsWritten = coalesce(t.nameAsWritten, []) + [w IN coalesce(s.nameAsWritten, []) WHERE NOT w IN coalesce(t.nameAsWritten, [])],
        t.title = coalesce(t.title, s.title), t.rank = coalesce(t.rank, s.rank))
  WITH DISTINCT p
  DETACH DELETE p
}
CALL (keep, remove) {
  MATCH (p:Participation)-[r:OF]->(remove)
  MERGE (p)-[:OF]->(keep)
  SET p.officialId = keep.id, p.id = p.consultationId + '|' + keep.id
  DELETE r
}
CALL (keep, remove) {
  MATCH (nk:NameKey)-[r:KEY_OF]->(remove)
  MERGE (nk)-[:KEY_OF]->(keep)
  DELETE r
}
SET keep.nameKeyText = ${nameKeyText('keep')}
CREATE (audit:MergeRecord {id: randomUUID(), keptId: keep.id, removedId: remove.id, removedName: remove.name,
                           removedAliases: coalesce(remove.aliases, []), mergedBy: $by, mergedAt: datetime()})
MERGE (audit)-[:KEPT]->(keep)
DETACH DELETE remove
RETURN keep.id AS id, audit.id AS auditId`;

/**
 * Both officials write-locked, always in the order of their ids, before anything is read: two
 * merges of the same pair (in either direction) run one after the other, never interleaved,
 * and never deadlock. Setting and removing a marker takes the lock and changes nothing.
 */
const LOCK_BOTH = `
MATCH (o:Official) WHERE o.id IN [$keep, $remove]
WITH o ORDER BY o.id
SET o.mergeLock = true
REMOVE o.mergeLock
RETURN collect(o.id) AS present`;

/** The audit record of this very merge, when it was already done (by an earlier or concurrent request). */
const EARLIER_MERGE = `
MATCH (audit:MergeRecord {keptId: $keep, removedId: $remove})
RETURN audit.id AS auditId ORDER BY audit.mergedAt LIMIT 1`;

export interface MergeOutcome {
  id: string;
  auditId: string;
  /** The same merge had already been made: nothing changed, its audit record is returned. */
  alreadyMerged: boolean;
}

/**
 * Merges `remove` into `keep`. The same merge asked twice (even at once) is made once, with one
 * audit record; of two opposite merges one wins and the other finds its `keep` gone (null:
 * NOT_FOUND). A node deleted by the winner between the loser's match and its lock makes Neo4j
 * refuse the loser's statement (EntityNotFound); run again, it sees the outcome.
 */
export async function mergeOfficials(graph: Graph, keep: string, remove: string, by: string): Promise<MergeOutcome | null> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await graph.writeTransaction(async (run) => {
        const [{ present }] = await run<{ present: string[] }>(LOCK_BOTH, { keep, remove });
        if (present.includes(keep) && present.includes(remove)) {
          const [row] = await run<{ id: string; auditId: string }>(MERGE_OFFICIALS, { keep, remove, by });
          return row ? { ...row, alreadyMerged: false } : null;
        }
        if (!present.includes(keep)) return null;
        const [earlier] = await run<{ auditId: string }>(EARLIER_MERGE, { keep, remove });
        return earlier ? { id: keep, auditId: earlier.auditId, alreadyMerged: true } : null;
      });
    } catch (error) {
      if (attempt < 3 && error instanceof Neo4jError && /EntityNotFound/.test(error.code)) continue;
      throw error;
    }
  }
}
