/**
 * Reads for `npm run export`, streamed row by row (Graph.stream) so a large graph is never held
 * whole. Pattern comprehensions keep each consultation to one row.
 */
export const CONSULTATION_RECORDS = `
MATCH (c:Consultation)
WITH c ORDER BY c.id
RETURN c {.id, .kind, .status, .date, .city, .format, .countryCodes} AS consultation,
  [(c)-[:HELD_BY]->(m:Ministry) | {country: m.countryCode, name: m.name}] AS ministries,
  [(c)-[r:SUPPORTED_BY]->(s:Source) | s {.id, .publisher, .citing, .language, .publishedAt, .title, .url, caveats: coalesce(s.caveats, []), .text,
      facts: coalesce(r.facts, []), roundNumber: r.roundNumber, roundStatedAs: r.roundStatedAs,
      claims: CASE WHEN r.claimed THEN {date: r.date, city: r.city, format: r.format, status: r.status} END}] AS sources,
  [(c)-[:ABOUT]->(t:Topic) | t.name] AS topics,
  [(c)<-[:IN]-(pa:Participation)-[:OF]->(o:Official) | {
      officialId: o.id, name: o.name, aliases: coalesce(o.aliases, []), country: pa.country, role: pa.role, title: pa.title, rank: pa.rank,
      sources: [(pa)-[ps:SUPPORTED_BY]->(s:Source) | {source: s.id, nameAsWritten: coalesce(ps.nameAsWritten, []), title: ps.title, rank: ps.rank}]}] AS participants,
  [(c)<-[:DURING]-(m:SideMeeting) | {
      id: m.id, kind: m.kind, description: m.description, country: m.countryCode,
      organisation: head([(m)-[:WITH]->(o:Organisation) | {name: o.name, kind: o.kind, country: o.countryCode}]),
      participants: [(m)<-[:IN]-(p:Participation) | {id: p.id, name: p.nameAsWritten, country: p.country, title: p.title, rank: p.rank}]}] AS sideMeetings`;

export const DIPLOMATIC_RELATIONS = `
MATCH (r:DiplomaticRelations)-[:SUPPORTED_BY]->(s:Source)
RETURN r.countryCodes AS countries, r.since AS since, r.basis AS basis, s.id AS source ORDER BY r.id, s.id`;

export const AGREEMENTS = `
MATCH (r:Agreement)-[:SUPPORTED_BY]->(s:Source)
RETURN r.countryCodes AS countries, r.year AS year, r.name AS name, s.id AS source ORDER BY r.id, s.id`;

/** Every node property key with the value types it holds, to declare GraphML keys before any node. */
export const NODE_PROPERTY_TYPES = `
MATCH (n) UNWIND keys(n) AS key
RETURN key, collect(DISTINCT valueType(n[key])) AS types ORDER BY key`;

export const RELATIONSHIP_PROPERTY_TYPES = `
MATCH ()-[r]->() UNWIND keys(r) AS key
RETURN key, collect(DISTINCT valueType(r[key])) AS types ORDER BY key`;

export const NODES = `
MATCH (n)
RETURN elementId(n) AS elementId, labels(n) AS labels, properties(n) AS properties`;

export const RELATIONSHIPS = `
MATCH (a)-[r]->(b)
RETURN elementId(r) AS elementId, type(r) AS type, elementId(a) AS source, elementId(b) AS target, properties(r) AS properties`;
