import { SOURCE_SEARCH_INDEXES } from './source-search-indexes';

/**
 * The graph's schema, as numbered steps. A step is never edited once released: change the
 * schema by appending a step. Every statement is idempotent (IF NOT EXISTS) so a step that was
 * interrupted half-way can simply run again.
 */
export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'domain keys',
    statements: [
      'CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE',
      'CREATE CONSTRAINT ministry_id IF NOT EXISTS FOR (n:Ministry) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT consultation_id IF NOT EXISTS FOR (n:Consultation) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT series_id IF NOT EXISTS FOR (n:Series) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT topic_key IF NOT EXISTS FOR (n:Topic) REQUIRE n.key IS UNIQUE',
      'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT participation_id IF NOT EXISTS FOR (n:Participation) REQUIRE n.id IS UNIQUE',
    ],
  },
  {
    version: 2,
    name: 'name search',
    statements: [
      // Transliteration keys of every spelling of an official's name (see src/names).
      'CREATE CONSTRAINT name_key_value IF NOT EXISTS FOR (n:NameKey) REQUIRE n.value IS UNIQUE',
      'CREATE FULLTEXT INDEX official_names IF NOT EXISTS FOR (n:Official) ON EACH [n.name, n.aliasText]',
      'CREATE INDEX consultation_date IF NOT EXISTS FOR (n:Consultation) ON (n.date)',
    ],
  },
  {
    version: 3,
    name: 'side meetings, relations and timelines',
    statements: [
      'CREATE CONSTRAINT side_meeting_id IF NOT EXISTS FOR (n:SideMeeting) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT diplomatic_relations_id IF NOT EXISTS FOR (n:DiplomaticRelations) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE',
      // Timelines and date filters: every consultation has a sortDate ('0000-00-00' when unknown).
      'CREATE INDEX consultation_sort_date IF NOT EXISTS FOR (n:Consultation) ON (n.sortDate)',
      'CREATE INDEX consultation_format IF NOT EXISTS FOR (n:Consultation) ON (n.format)',
    ],
  },
  {
    version: 4,
    name: 'search over sources, quiet series',
    statements: [
      // One full-text index per language analyzer, each source labelled with its language's (sources/source-search.ts).
      ...SOURCE_SEARCH_INDEXES,
      // quietSeries: series past the day they stop being on time (series/derived-values.ts).
      'CREATE INDEX series_quiet_after IF NOT EXISTS FOR (n:Series) ON (n.quietAfter)',
    ],
  },
  {
    version: 5,
    name: 'bounded name search',
    statements: [
      // Every official's name keys as one text (writes keep it current, official-fields.ts), filled
      // before the index is built so Lucene populates it once.
      // Written out, not shared: a released step keeps the text (and checksum) it was applied with
      // (official-fields.ts holds today's REFRESH_NAME_KEY_TEXT).
      "MATCH (o:Official) CALL (o) { SET o.nameKeyText = reduce(text = '', k IN COLLECT { MATCH (stored:NameKey)-[:KEY_OF]->(o) RETURN stored.value ORDER BY stored.value } | text + ' ' + k) } IN TRANSACTIONS OF 10000 ROWS",
      // The name search asks Lucene for its best candidates (rare keys weigh more), with the country
      // as a second field, so it scores a capped set however common a key is (search-officials.ts).
      "CREATE FULLTEXT INDEX official_name_keys IF NOT EXISTS FOR (n:Official) ON EACH [n.nameKeyText, n.countryCode] OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } }",
    ],
  },
  {
    version: 6,
    name: 'audit log',
    statements: [
      // Audited edits (src/graph/edits): undo finds an entry by id, auditLog reads them newest first.
      'CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at)',
    ],
  },
  {
    version: 7,
    name: 'name-key text of one length',
    statements: [
      // Padded to one length, so Lucene ranks by the keys shared, not by how few an official holds (official-fields.ts).
      "MATCH (o:Official) CALL (o) { SET o.nameKeyText = [keys IN [COLLECT { MATCH (stored:NameKey)-[:KEY_OF]->(o) RETURN stored.value ORDER BY stored.value }] | reduce(text = '', k IN keys | text + ' ' + k) + reduce(pad = '', i IN range(1, 64 - size(keys)) | pad + ' _')][0] } IN TRANSACTIONS OF 10000 ROWS",
    ],
  },
  {
    version: 8,
    name: 'country timelines',
    statements: [
      // Each consultation's BETWEEN to a country carries "<code> <sortDate>" (domain/timeline-key.ts;
      // writes keep it current), so a range index lists a country's events in date order and a
      // timeline page reads its rows instead of sorting all of them (translate/pages.ts).
      // Only where it is missing or stale: a bulk load writes it already.
      "MATCH (c:Consultation)-[t:BETWEEN]->(k:Country) WHERE t.timeline IS NULL OR t.timeline <> k.code + ' ' + c.sortDate CALL (c, t, k) { SET t.timeline = k.code + ' ' + c.sortDate } IN TRANSACTIONS OF 10000 ROWS",
      'CREATE INDEX consultation_timeline IF NOT EXISTS FOR ()-[t:BETWEEN]-() ON (t.timeline)',
    ],
  },
];
