
/**
 * Both officials write-locked, always in the order of their ids, before anything is read: two
 * merges of the same pair (in either direction) run one after the other, never interleaved,
 * and never deadlock. Setting and removing a marker takes the lock and changes nothing.
 */
export const LOCK_BOTH = `
MATCH (o:Official) WHERE o.id IN [$keep, $remove]
WITH o ORDER BY o.id
SET o.mergeLock = true
REMOVE o.mergeLock
RETURN collect(o.id) AS present`;

/**
 * What a merge touches, to keep for its undo: both officials, the removed one's participations,
 * and the kept one's participations at the events where both sat (they receive the removed
 * one's citations); with the events and series whose derived values change.
 */
export const MERGE_TARGETS = `
MATCH (keep:Official {id: $keep}), (remove:Official {id: $remove})
RETURN keep.countryCode AS keepCountry, remove.countryCode AS removeCountry,
  [elementId(keep), elementId(remove)]
    + [(remove)<-[:OF]-(p:Participation) | elementId(p)]
    + [(remove)<-[:OF]-(:Participation)-[:IN]->(:Consultation)<-[:IN]-(twin:Participation)-[:OF]->(keep) | elementId(twin)] AS touched,
  [(remove)<-[:OF]-(:Participation)-[:IN]->(c:Consultation) | c.id] AS consultationIds,
  [(remove)<-[:OF]-(:Participation)-[:IN]->(c:Consultation) | c.seriesId] AS seriesIds`;

/**
 * Two nodes found to be one person: every participation and name key of `remove` moves to
 * `keep`, its names become aliases, and `remove` is deleted. Its possible-duplicate flags move to
 * `keep` in their direction with their score, spelling and time (a doubt about the removed name
 * is still a doubt about the person); a flag between the two is settled by the merge itself and
 * dropped, and one `keep` already shares with the other official is not doubled.
 */
export const MERGE_OFFICIALS = `
MATCH (keep:Official {id: $keep}), (remove:Official {id: $remove})
WITH keep, remove, [remove.name] + coalesce(remove.aliases, []) AS incoming
WITH keep, remove, reduce(acc = coalesce(keep.aliases, []), a IN incoming |
       CASE WHEN a = keep.name OR a IN acc THEN acc ELSE acc + a END) AS aliases
SET keep.aliases = aliases, keep.aliasText = reduce(text = '', a IN aliases | text + ' ' + a)
WITH keep, remove
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
CALL (keep, remove) {
  MATCH (remove)-[r:POSSIBLE_DUPLICATE_OF]->(other:Official)
  WHERE other <> keep AND NOT (keep)-[:POSSIBLE_DUPLICATE_OF]-(other)
  CREATE (keep)-[moved:POSSIBLE_DUPLICATE_OF]->(other)
  SET moved = properties(r)
}
CALL (keep, remove) {
  MATCH (other:Official)-[r:POSSIBLE_DUPLICATE_OF]->(remove)
  WHERE other <> keep AND NOT (keep)-[:POSSIBLE_DUPLICATE_OF]-(other)
  CREATE (other)-[moved:POSSIBLE_DUPLICATE_OF]->(keep)
  SET moved = properties(r)
}
DETACH DELETE remove
RETURN keep.id AS id`;
