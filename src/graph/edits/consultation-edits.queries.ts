/**
 * Editors' changes to consultations (merge, delete, retraction), each run as an audited edit
 * (audit-log.ts): the *_TARGETS queries name the nodes an edit changes, kept for its undo.
 */

/** Both events write-locked in the order of their ids (as merges of officials), then read. */
export const LOCK_CONSULTATIONS = `
MATCH (c:Consultation) WHERE c.id IN $ids
WITH c ORDER BY c.id
SET c.editLock = true
REMOVE c.editLock
RETURN c.id AS id, c.seriesId AS seriesId`;

/** An event, its participations, its side meetings and their participants. */
export const CONSULTATION_TARGETS = `
UNWIND $ids AS id
MATCH (c:Consultation {id: id})
RETURN [elementId(c)]
  + [(c)<-[:IN]-(p:Participation) | elementId(p)]
  + [(c)<-[:DURING]-(m:SideMeeting) | elementId(m)]
  + [(c)<-[:DURING]-(:SideMeeting)<-[:IN]-(sp:Participation) | elementId(sp)] AS touched`;

/**
 * `remove`'s facts move to `keep`: each source's statements (folded into keep's where the source
 * supports both: keep's stated values stay, a silence is filled), participants (those keep also has
 * were folded first, fold-participations.queries.ts), ministries, topics and side meetings; then
 * `remove` goes.
 */
export const MERGE_CONSULTATIONS = `
MATCH (keep:Consultation {id: $keep}), (remove:Consultation {id: $remove})
CALL (keep, remove) {
  MATCH (remove)-[r:SUPPORTED_BY]->(s:Source)
  MERGE (keep)-[k:SUPPORTED_BY]->(s)
    ON CREATE SET k = properties(r)
    ON MATCH SET k.facts = coalesce(k.facts, []) + [f IN coalesce(r.facts, []) WHERE NOT f IN coalesce(k.facts, [])],
      k.date = coalesce(k.date, r.date), k.city = coalesce(k.city, r.city), k.format = coalesce(k.format, r.format),
      k.status = coalesce(k.status, r.status),
      // A round statement is one fact (number and wording together): keep's stands whole, else remove's
      // comes whole — never keep's "the next round" with remove's number.
      k += CASE WHEN k.roundNumber IS NULL AND k.roundStatedAs IS NULL THEN {roundNumber: r.roundNumber, roundStatedAs: r.roundStatedAs} ELSE {} END
}
CALL (keep, remove) {
  MATCH (remove)<-[r:IN]-(p:Participation)
  MERGE (p)-[:IN]->(keep)
  SET p.consultationId = keep.id, p.id = keep.id + '|' + p.officialId
  DELETE r
}
CALL (keep, remove) {
  MATCH (remove)-[:HELD_BY]->(m:Ministry)
  MERGE (keep)-[:HELD_BY]->(m)
}
CALL (keep, remove) {
  MATCH (remove)-[:ABOUT]->(t:Topic)
  MERGE (keep)-[:ABOUT]->(t)
}
CALL (keep, remove) {
  MATCH (remove)<-[r:DURING]-(m:SideMeeting)
  MERGE (m)-[:DURING]->(keep)
  SET m.consultationId = keep.id
  DELETE r
}
DETACH DELETE remove`;

/** A source's statements of one event (null: no such event, or the source does not support it). */
export const EVENT_STATEMENT = `
MATCH (c:Consultation {id: $consultationId})
OPTIONAL MATCH (c)-[r:SUPPORTED_BY]->(:Source {id: $sourceId})
RETURN elementId(c) AS elementId, c.seriesId AS seriesId, r IS NOT NULL AS supports,
  CASE WHEN r IS NULL THEN null WHEN r.claimed THEN {date: r.date, city: r.city, format: r.format, status: r.status, round: r.roundStatedAs}
       ELSE {date: c.date, city: c.city, format: c.format, status: c.status, round: r.roundStatedAs} END AS stated`;

/**
 * The source falls silent on one fact of the event ($fact: date, city, format, status or round).
 * An edge written before claims were kept states the event's values of then: they are written
 * out first, so only the retracted fact changes.
 */
export const RETRACT_EVENT_STATEMENT = `
MATCH (c:Consultation {id: $consultationId})-[r:SUPPORTED_BY]->(:Source {id: $sourceId})
FOREACH (_ IN CASE WHEN r.claimed THEN [] ELSE [1] END |
  SET r.claimed = true, r.date = c.date, r.city = c.city, r.format = c.format, r.status = c.status)
SET r.facts = [f IN coalesce(r.facts, []) WHERE f <> $fact],
    r.date = CASE WHEN $fact = 'date' THEN null ELSE r.date END,
    r.city = CASE WHEN $fact = 'city' THEN null ELSE r.city END,
    r.format = CASE WHEN $fact = 'format' THEN null ELSE r.format END,
    r.status = CASE WHEN $fact = 'status' THEN null ELSE r.status END,
    r.roundNumber = CASE WHEN $fact = 'round' THEN null ELSE r.roundNumber END,
    r.roundStatedAs = CASE WHEN $fact = 'round' THEN null ELSE r.roundStatedAs END`;

/** A source's statement of one participant's title and rank at the event. */
export const PARTICIPANT_STATEMENT = `
MATCH (c:Consultation {id: $consultationId})
OPTIONAL MATCH (c)<-[:IN]-(p:Participation)-[:OF]->(:Official {id: $officialId})
OPTIONAL MATCH (p)-[r:SUPPORTED_BY]->(:Source {id: $sourceId})
RETURN elementId(p) AS elementId, c.seriesId AS seriesId, p IS NOT NULL AS present, r IS NOT NULL AS supports,
  r.title AS title, r.rank AS rank`;

export const RETRACT_PARTICIPANT_STATEMENT = `
MATCH (c:Consultation {id: $consultationId})<-[:IN]-(p:Participation)-[:OF]->(:Official {id: $officialId})
MATCH (p)-[r:SUPPORTED_BY]->(:Source {id: $sourceId})
SET r.title = CASE WHEN $fact = 'title' THEN null ELSE r.title END,
    r.rank = CASE WHEN $fact = 'rank' THEN null ELSE r.rank END`;
