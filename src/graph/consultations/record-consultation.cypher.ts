
/**
 * The statements of one record-writing transaction, in the order they run. Each takes a batch
 * of flat rows (see record-rows.ts) and is parameterised; MERGE on the constrained keys
 * (migrations v1/v3) makes a re-run a no-op.
 */

/** Stored officials of the participant's country sharing a name key with them (index on NameKey.value). */
export const FIND_OFFICIAL_CANDIDATES = `
UNWIND $lookups AS lookup
MATCH (:NameKey {value: lookup.key})-[:KEY_OF]->(o:Official)
WHERE o.countryCode = lookup.country
RETURN lookup.key AS key, o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases, o.countryCode AS country`;

export const OFFICIALS_BY_ID = `
UNWIND $ids AS id
MATCH (o:Official {id: id})
RETURN o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases, o.countryCode AS country`;

/** Ids already taken by a new official's id base ("az-ali-aliyev", "az-ali-aliyev-2", …): unique-index prefix seeks. */
export const OFFICIAL_IDS_STARTING_WITH = `
UNWIND $prefixes AS prefix
MATCH (o:Official)
WHERE o.id = prefix OR o.id STARTS WITH prefix + '-'
RETURN o.id AS id`;

/** Stored consultations by id (own or natural id): unique-index seeks. */
export const CONSULTATIONS_BY_ID = `
UNWIND $lookups AS l
MATCH (c:Consultation {id: l.naturalId})
RETURN l.index AS index, c.id AS id, c.recordFingerprint AS fingerprint, c.seriesId AS seriesId`;

/**
 * For records without an id whose natural id is new: a stored event of the same series supported
 * by the same source, with a compatible date (unknown on one side, or one date a refinement of
 * the other) — the same report recorded again with a better date.
 */
export const CONSULTATIONS_BY_SOURCE = `
UNWIND $lookups AS l
MATCH (:Source {id: l.sourceId})<-[:SUPPORTED_BY]-(c:Consultation)
WHERE c.seriesId = l.seriesId
  AND (l.date IS NULL OR c.date IS NULL OR l.date STARTS WITH c.date OR c.date STARTS WITH l.date)
WITH l, c ORDER BY c.id
WITH l, collect(c)[0] AS c
RETURN l.index AS index, c.id AS id, c.recordFingerprint AS fingerprint`;

/**
 * For records without an id found neither by natural id nor by source: the stored events of the
 * same series whose date can be the same day at month precision or better (domain/same-meeting.ts
 * decides), with their city, stated rounds and heads. Series id seek, then its events.
 */
export const SAME_MEETING_CANDIDATES = `
UNWIND $lookups AS l
MATCH (:Series {id: l.seriesId})<-[:IN_SERIES]-(c:Consultation)
WHERE c.date IS NOT NULL AND size(c.date) >= 7 AND (c.date STARTS WITH l.date OR l.date STARTS WITH c.date)
RETURN l.index AS index, c.id AS id, c.recordFingerprint AS fingerprint, c.date AS date, c.city AS city,
  [(c)-[r:SUPPORTED_BY]->(:Source) WHERE r.roundStatedAs IS NOT NULL AND r.roundNumber IS NOT NULL | r.roundNumber] AS statedRounds,
  [(c)<-[:IN]-(p:Participation {role: 'HEAD_OF_DELEGATION'})-[:OF]->(o:Official) |
     {officialId: o.id, country: p.country, spellings: [o.name] + coalesce(o.aliases, [])}] AS heads
ORDER BY index, id`;

export const UPSERT_COUNTRIES = `
UNWIND $countries AS country
MERGE (k:Country {code: country.code}) ON CREATE SET k.name = country.name`;

/** The series and the consultation itself. */
export const UPSERT_CONSULTATIONS = `
UNWIND $consultations AS rec
MATCH (a:Country {code: rec.countryCodes[0]}), (b:Country {code: rec.countryCodes[1]})
MERGE (s:Series {id: rec.seriesId})
  ON CREATE SET s.kind = rec.kind
MERGE (s)-[:BETWEEN]->(a)
MERGE (s)-[:BETWEEN]->(b)
MERGE (c:Consultation {id: rec.id})
  ON CREATE SET c.createdAt = datetime()
  // The shown date, city, format and status are derived from every source's statement
  // afterwards (CONSOLIDATE_*): a new source never overwrites them here.
  ON CREATE SET c.status = rec.status, c.date = rec.date, c.datePrecision = rec.datePrecision,
    c.sortDate = coalesce(rec.sortDate, '0000-00-00'), c.city = rec.city, c.format = rec.format
SET c.kind = rec.kind,
    c.countryCodes = rec.countryCodes,
    c.seriesId = rec.seriesId,
    c.recordFingerprint = rec.fingerprint,
    c.updatedAt = datetime()
MERGE (c)-[:IN_SERIES]->(s)
// The timeline key (domain/timeline-key.ts): the country's events in date order, by an index.
MERGE (c)-[ta:BETWEEN]->(a) SET ta.timeline = a.code + ' ' + c.sortDate
MERGE (c)-[tb:BETWEEN]->(b) SET tb.timeline = b.code + ' ' + c.sortDate`;

export const UPSERT_MINISTRIES = `
UNWIND $ministries AS m
MATCH (c:Consultation {id: m.consultationId})
MATCH (k:Country {code: m.country})
MERGE (ministry:Ministry {id: m.id}) ON CREATE SET ministry.name = m.name, ministry.countryCode = m.country
MERGE (ministry)-[:OF_COUNTRY]->(k)
MERGE (c)-[:HELD_BY]->(ministry)`;

/** Sources and what each supports; a source's round statement sits on its SUPPORTED_BY edge. */
export const UPSERT_SOURCES = `
UNWIND $sources AS src
MATCH (c:Consultation {id: src.consultationId})
MERGE (s:Source {id: src.id})
SET s.publisher = coalesce(src.publisher, s.publisher),
    s.citing = coalesce(src.citing, s.citing),
    s.language = src.language,
    s.publishedAt = coalesce(src.publishedAt, s.publishedAt),
    s.title = src.title,
    s.url = coalesce(src.url, s.url),
    s.caveats = src.caveats,
    s.text = coalesce(src.text, s.text)
MERGE (c)-[r:SUPPORTED_BY]->(s)
SET r.facts = src.facts,
    r.claimed = true, r.date = src.claim.date, r.city = src.claim.city, r.format = src.claim.format, r.status = src.claim.status,
    r.roundNumber = src.roundNumber,
    r.roundStatedAs = src.roundStatedAs`;

/** New officials are created (with their possible duplicates), known ones gain the spellings this batch saw, and their name keys. */
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
// A new official whose name fit several people about equally: flagged, for an editor to decide.
CALL (o, off) {
  UNWIND off.possibleDuplicateOf AS d
  MATCH (other:Official {id: d.id})
  MERGE (o)-[r:POSSIBLE_DUPLICATE_OF]->(other)
    ON CREATE SET r.score = d.score, r.spelling = d.spelling, r.createdAt = datetime()
}
UNWIND off.keys AS key
MERGE (nk:NameKey {value: key})
MERGE (nk)-[:KEY_OF]->(o)`;

export const UPSERT_PARTICIPATIONS = `
UNWIND $participations AS p
MATCH (c:Consultation {id: p.consultationId})
MATCH (o:Official {id: p.officialId})
MATCH (k:Country {code: p.country})
MERGE (pa:Participation {id: p.id})
  // Title and rank are derived from the sources' statements afterwards (CONSOLIDATE_*).
  ON CREATE SET pa.title = p.title, pa.rank = p.rank
SET pa.role = p.role, pa.country = p.country,
    pa.officialId = p.officialId, pa.consultationId = p.consultationId
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
MATCH (c:Consultation {id: t.consultationId})
MERGE (topic:Topic {key: t.key}) ON CREATE SET topic.name = t.name
MERGE (c)-[:ABOUT]->(topic)`;

/** Side meetings of a visit; their participants may be unnamed and their organisations unknown to us. */
export const UPSERT_SIDE_MEETINGS = `
UNWIND $sideMeetings AS sm
MATCH (c:Consultation {id: sm.consultationId})
MERGE (m:SideMeeting {id: sm.id})
SET m.kind = sm.kind, m.description = sm.description, m.countryCode = sm.country, m.consultationId = sm.consultationId
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

/** Every event of the given series with its round statements, to renumber them after a change. */
export const SERIES_EVENTS = `
UNWIND $seriesIds AS seriesId
MATCH (:Series {id: seriesId})<-[:IN_SERIES]-(c:Consultation)
OPTIONAL MATCH (c)-[r:SUPPORTED_BY]->(src:Source)
WITH seriesId, c, collect(CASE WHEN r.roundStatedAs IS NULL THEN null
                     ELSE {number: r.roundNumber, statedAs: r.roundStatedAs, sourceId: src.id} END) AS statements
RETURN seriesId, c.id AS id, c.status AS status, c.sortDate AS sortDate, statements`;

export const SET_ROUNDS = `
UNWIND $rounds AS r
MATCH (c:Consultation {id: r.id})
SET c.roundNumber = r.number, c.roundOrigin = r.origin, c.roundStatedAs = r.statedAs, c.roundConflicting = r.conflicting,
    c.roundAtLeast = r.atLeast, c.roundAtMost = r.atMost`;

export const SET_SERIES_CURRENT_AND_NEXT = `
UNWIND $series AS row
MATCH (s:Series {id: row.id})
SET s.currentRoundNumber = row.current, s.nextRoundNumber = row.next`;

/**
 * Every statement of the given events and their participations, to derive the shown values
 * (domain/claims.ts). An edge written before claims were kept (`claimed` unset: a bulk load, an
 * older graph) states the values the event held then.
 */
export const CLAIMS_OF_CONSULTATIONS = `
UNWIND $ids AS id
MATCH (c:Consultation {id: id})
RETURN id,
  [(c)-[r:SUPPORTED_BY]->(s:Source) | CASE WHEN r.claimed THEN {sourceId: s.id, date: r.date, city: r.city, format: r.format, status: r.status}
                                      ELSE {sourceId: s.id, date: c.date, city: c.city, format: c.format, status: c.status} END] AS statements,
  [(c)<-[:IN]-(p:Participation) | {id: p.id, title: p.title, rank: p.rank,
     statements: [(p)-[r:SUPPORTED_BY]->(s:Source) | {sourceId: s.id, title: r.title, rank: r.rank}]}] AS participations`;

export const SET_CONSOLIDATED_CONSULTATIONS = `
UNWIND $rows AS row
MATCH (c:Consultation {id: row.id})
SET c.date = row.date, c.datePrecision = row.datePrecision, c.sortDate = row.sortDate, c.city = row.city, c.format = row.format,
    c.status = row.status, c.dateConflicting = row.dateConflicting, c.cityConflicting = row.cityConflicting,
    c.formatConflicting = row.formatConflicting
// The timeline keys follow the date (domain/timeline-key.ts).
WITH c
MATCH (c)-[t:BETWEEN]->(k:Country)
SET t.timeline = k.code + ' ' + c.sortDate`;

export const SET_CONSOLIDATED_PARTICIPATIONS = `
UNWIND $rows AS row
MATCH (p:Participation {id: row.id})
SET p.title = row.title, p.rank = row.rank, p.titleConflicting = row.titleConflicting, p.rankConflicting = row.rankConflicting`;
