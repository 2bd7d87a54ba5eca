/**
 * One person at one event under two participations (the events or the officials are being merged):
 * `from`'s citations are folded into `into` — names as written added, a title or rank `into`'s
 * source left unsaid filled — and `from` is deleted, so the person sits once at that table.
 * Both merges find their pairs with their own query below, then run this one.
 */
export const FOLD_PARTICIPATIONS = `
UNWIND $folds AS fold
MATCH (p:Participation {id: fold.from}), (twin:Participation {id: fold.into})
OPTIONAL MATCH (p)-[s:SUPPORTED_BY]->(src:Source)
FOREACH (_ IN CASE WHEN src IS NULL THEN [] ELSE [1] END |
  MERGE (twin)-[t:SUPPORTED_BY]->(src)
  SET t.nameAsWritten = coalesce(t.nameAsWritten, []) + [w IN coalesce(s.nameAsWritten, []) WHERE NOT w IN coalesce(t.nameAsWritten, [])],
      t.title = coalesce(t.title, s.title), t.rank = coalesce(t.rank, s.rank))
WITH DISTINCT p
DETACH DELETE p`;

/** Merging events: the removed event's participations of an official the kept event also has. */
export const TWINS_IN_MERGED_CONSULTATIONS = `
MATCH (:Consultation {id: $remove})<-[:IN]-(p:Participation)-[:OF]->(:Official)<-[:OF]-(twin:Participation)-[:IN]->(:Consultation {id: $keep})
RETURN p.id AS from, twin.id AS into`;

/** Merging officials: the removed official's participations at an event the kept official also attended. */
export const TWINS_OF_MERGED_OFFICIALS = `
MATCH (:Official {id: $remove})<-[:OF]-(p:Participation)-[:IN]->(:Consultation)<-[:IN]-(twin:Participation)-[:OF]->(:Official {id: $keep})
RETURN p.id AS from, twin.id AS into`;
