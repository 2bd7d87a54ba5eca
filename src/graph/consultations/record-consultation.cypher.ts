/**
 * The statements of one `recordConsultation` transaction, in the order they run. Each is
 * parameterised; MERGE on the constrained keys (migrations v1/v3) makes a re-run a no-op.
 */

/** Officials that could be the named participants: name keys (index on NameKey.value), same country. */
export const FIND_OFFICIAL_CANDIDATES = `
UNWIND $lookups AS lookup
UNWIND lookup.keys AS key
MATCH (:NameKey {value: key})-[:KEY_OF]->(o:Official)
WHERE o.countryCode = lookup.country
WITH lookup, o, count(*) AS sharedKeys
RETURN lookup.index AS index, o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases, sharedKeys`;

export const OFFICIALS_BY_ID = `
UNWIND $ids AS id
MATCH (o:Official {id: id})
RETURN o.id AS id, o.name AS name, o.countryCode AS countryCode`;

/** Countries, the series and the consultation itself. Known values are never erased by a record that lacks them. */
export const UPSERT_CONSULTATION = `
UNWIND $countries AS country
MERGE (k:Country {code: country.code}) ON CREATE SET k.name = country.name
WITH collect(k) AS pair
MERGE (s:Series {id: $seriesId})
  ON CREATE SET s.kind = $consultation.kind
FOREACH (k IN pair | MERGE (s)-[:BETWEEN]->(k))
MERGE (c:Consultation {id: $consultation.id})
  ON CREATE SET c.createdAt = datetime()
SET c.kind = $consultation.kind,
    c.status = $consultation.status,
    c.date = coalesce($consultation.date, c.date),
    c.datePrecision = CASE WHEN $consultation.date IS NULL THEN coalesce(c.datePrecision, 'UNKNOWN') ELSE $consultation.datePrecision END,
    c.sortDate = coalesce($consultation.sortDate, c.sortDate, '0000-00-00'),
    c.city = coalesce($consultation.city, c.city),
    c.format = coalesce($consultation.format, c.format),
    c.countryCodes = $consultation.countryCodes,
    c.seriesId = $seriesId,
    c.updatedAt = datetime()
MERGE (c)-[:IN_SERIES]->(s)
FOREACH (k IN pair | MERGE (c)-[:BETWEEN]->(k))
RETURN c.id AS id`;

export const UPSERT_MINISTRIES = `
UNWIND $ministries AS m
MATCH (c:Consultation {id: $consultationId})
MATCH (k:Country {code: m.country})
MERGE (ministry:Ministry {id: m.id}) ON CREATE SET ministry.name = m.name, ministry.countryCode = m.country
MERGE (ministry)-[:OF_COUNTRY]->(k)
MERGE (c)-[:HELD_BY]->(ministry)`;

/** Sources and what each supports; a source's round statement sits on its SUPPORTED_BY edge. */
export const UPSERT_SOURCES = `
UNWIND $sources AS src
MATCH (c:Consultation {id: $consultationId})
MERGE (s:Source {id: src.id})
SET s.publisher = coalesce(src.publisher, s.publisher),
    s.citing = coalesce(src.citing, s.citing),
    s.language = src.language,
    s.publishedAt = coalesce(src.publishedAt, s.publishedAt),
    s.title = src.title,
    s.url = coalesce(src.url, s.url),
    s.caveats = src.caveats
MERGE (c)-[r:SUPPORTED_BY]->(s)
SET r.facts = src.facts,
    r.roundNumber = src.roundNumber,
    r.roundStatedAs = src.roundStatedAs`;

/** New officials are created, known ones gain the spellings this record saw, and their name keys. */
export const UPSERT_OFFICIALS = `
UNWIND $officials AS off
MATCH (k:Country {code: off.country})
MERGE (o:Official {id: off.id})
  ON CREATE SET o.name = off.name, o.countryCode = off.country, o.createdAt = datetime()
WITH o, off, k,
     reduce(acc = coalesce(o.aliases, []), spelling IN off.spellings |
       CASE WHEN spelling = o.name OR spelling IN acc THEN acc ELSE acc + spelling END) AS aliases
SET o.aliases = aliases,
    o.aliasText = reduce(text = '', a IN aliases | text + ' ' + a)
MERGE (o)-[:OF_COUNTRY]->(k)
WITH o, off
UNWIND off.keys AS key
MERGE (nk:NameKey {value: key})
MERGE (nk)-[:KEY_OF]->(o)`;

export const UPSERT_PARTICIPATIONS = `
UNWIND $participations AS p
MATCH (c:Consultation {id: $consultationId})
MATCH (o:Official {id: p.officialId})
MATCH (k:Country {code: p.country})
MERGE (pa:Participation {id: p.id})
SET pa.title = p.title, pa.rank = p.rank, pa.role = p.role, pa.country = p.country,
    pa.officialId = p.officialId, pa.consultationId = $consultationId
MERGE (pa)-[:OF]->(o)
MERGE (pa)-[:IN]->(c)
MERGE (pa)-[:FOR]->(k)
WITH pa, p
UNWIND p.sources AS ps
MATCH (s:Source {id: ps.source})
MERGE (pa)-[r:SUPPORTED_BY]->(s)
SET r.title = ps.title, r.rank = ps.rank, r.nameAsWritten = ps.nameAsWritten`;

export const UPSERT_TOPICS = `
UNWIND $topics AS t
MATCH (c:Consultation {id: $consultationId})
MERGE (topic:Topic {key: t.key}) ON CREATE SET topic.name = t.name
MERGE (c)-[:ABOUT]->(topic)`;

/** Side meetings of a visit; their participants may be unnamed and their organisations unknown to us. */
export const UPSERT_SIDE_MEETINGS = `
UNWIND $sideMeetings AS sm
MATCH (c:Consultation {id: $consultationId})
MERGE (m:SideMeeting {id: sm.id})
SET m.kind = sm.kind, m.description = sm.description, m.countryCode = sm.country, m.consultationId = $consultationId
MERGE (m)-[:DURING]->(c)
FOREACH (org IN CASE WHEN sm.organisation IS NULL THEN [] ELSE [sm.organisation] END |
  MERGE (o:Organisation {id: org.id})
  SET o.name = org.name, o.kind = org.kind, o.countryCode = org.country
  MERGE (m)-[:WITH]->(o))
FOREACH (p IN sm.participants |
  MERGE (pa:Participation {id: p.id})
  SET pa.title = p.title, pa.rank = p.rank, pa.role = 'MEMBER', pa.country = p.country,
      pa.sideMeetingId = sm.id, pa.nameAsWritten = p.name
  MERGE (pa)-[:IN]->(m))`;

/** Every event of the series with its round statements, to renumber the series after a change. */
export const SERIES_EVENTS = `
MATCH (:Series {id: $seriesId})<-[:IN_SERIES]-(c:Consultation)
OPTIONAL MATCH (c)-[r:SUPPORTED_BY]->(src:Source)
WITH c, collect(CASE WHEN r.roundStatedAs IS NULL THEN null
                     ELSE {number: r.roundNumber, statedAs: r.roundStatedAs, sourceId: src.id} END) AS statements
RETURN c.id AS id, c.status AS status, c.sortDate AS sortDate, statements`;

export const SET_SERIES_ROUNDS = `
UNWIND $rounds AS r
MATCH (c:Consultation {id: r.id})
SET c.roundNumber = r.number, c.roundOrigin = r.origin, c.roundStatedAs = r.statedAs, c.roundConflicting = r.conflicting
WITH count(*) AS renumbered
MATCH (s:Series {id: $seriesId})
SET s.currentRoundNumber = $current, s.nextRoundNumber = $next
RETURN renumbered`;
