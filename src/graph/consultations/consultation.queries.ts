import { Graph } from '../graph';
import { OFFICIAL_FIELDS } from '../officials/official-fields';
import { CitationRow, ConsultationRow, OfficialRow, ParticipationRow, SideMeetingRow } from '../rows';

/** The projection of a consultation, shared by every query that returns one. */
export const CONSULTATION_FIELDS = `{ .id, .kind, .status, .date, .datePrecision, .city, .format, .countryCodes, .seriesId,
  .roundNumber, .roundStatedAs, roundOrigin: coalesce(c.roundOrigin, 'UNKNOWN'), roundConflicting: coalesce(c.roundConflicting, false), .roundAtLeast, .roundAtMost,
  conflicts: [k IN ['date', 'city', 'format'] WHERE c[k + 'Conflicting'] = true] }`;

/** A participation's own properties (variable `p`), without braces. */
export const PARTICIPATION_OWN_FIELDS = `.id, .country, .title, .rank, .role,
  consultationId: p.consultationId, sideMeetingId: p.sideMeetingId, officialId: p.officialId, nameAsWritten: p.nameAsWritten,
  conflicts: [k IN ['title', 'rank'] WHERE p[k + 'Conflicting'] = true]`;

/** What each source said about a participation `p`. */
const STATEMENT_LIST = `[(p)-[r:SUPPORTED_BY]->(s:Source) | { sourceId: s.id, title: r.title, rank: r.rank, nameAsWritten: coalesce(r.nameAsWritten, []) }]`;

/** The same, as a projection entry. */
export const PARTICIPATION_STATEMENTS = `statements: ${STATEMENT_LIST}`;

/** A participation with what each source said about it. */
export const PARTICIPATION_FIELDS = `{ ${PARTICIPATION_OWN_FIELDS},
  ${PARTICIPATION_STATEMENTS} }`;

/** The statements of participations by id, for the few responses that select them after a read-ahead left them out. */
export const STATEMENTS_BY_PARTICIPATION = `
UNWIND $ids AS id
MATCH (p:Participation {id: id})
RETURN id, ${STATEMENT_LIST} AS statements`;

export async function statementsByParticipation(graph: Graph, ids: readonly string[]): Promise<Map<string, ParticipationRow['statements']>> {
  const rows = await graph.read<{ id: string; statements: ParticipationRow['statements'] }>(STATEMENTS_BY_PARTICIPATION, { ids });
  return new Map(rows.map((r) => [r.id, r.statements]));
}

/** Consultations by id, for DataLoader batches (unique-constraint index on Consultation.id). */
export const CONSULTATIONS_BY_ID = `
UNWIND $ids AS id
MATCH (c:Consultation {id: id})
RETURN c ` + CONSULTATION_FIELDS + ` AS consultation`;

export async function consultationsById(graph: Graph, ids: readonly string[]): Promise<ConsultationRow[]> {
  const rows = await graph.read<{ consultation: ConsultationRow }>(CONSULTATIONS_BY_ID, { ids });
  return rows.map((r) => r.consultation);
}

/** Heads and members of each consultation: heads first, then by country. */
export const PARTICIPATIONS_BY_CONSULTATION = `
UNWIND $ids AS id
MATCH (:Consultation {id: id})<-[:IN]-(p:Participation)
WITH id, p ORDER BY p.role, p.country, p.id
RETURN id, collect({ participation: p ` + PARTICIPATION_FIELDS + `, official: head([(p)-[:OF]->(o:Official) | o ` + OFFICIAL_FIELDS + `]) }) AS participations`;

/** Each participation with its official, read together so the official loader can be primed. */
export async function participationsByConsultation(graph: Graph, ids: readonly string[]): Promise<Map<string, Array<ParticipationRow & { official?: OfficialRow }>>> {
  const rows = await graph.read<{ id: string; participations: Array<{ participation: ParticipationRow; official: OfficialRow | null }> }>(
    PARTICIPATIONS_BY_CONSULTATION,
    { ids },
  );
  return new Map(rows.map((r) => [r.id, r.participations.map((p) => ({ ...p.participation, ...(p.official ? { official: p.official } : {}) }))]));
}

export const TOPICS_BY_CONSULTATION = `
UNWIND $ids AS id
MATCH (:Consultation {id: id})-[:ABOUT]->(t:Topic)
WITH id, t ORDER BY t.name
RETURN id, collect(t.name) AS topics`;

export async function topicsByConsultation(graph: Graph, ids: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await graph.read<{ id: string; topics: string[] }>(TOPICS_BY_CONSULTATION, { ids });
  return new Map(rows.map((r) => [r.id, r.topics]));
}

/** The sources behind each consultation, oldest report first, with the facts each supports. */
export const CITATIONS_BY_CONSULTATION = `
UNWIND $ids AS id
MATCH (:Consultation {id: id})-[r:SUPPORTED_BY]->(s:Source)
WITH id, r, s ORDER BY coalesce(s.publishedAt, '9999'), s.id
RETURN id, collect({ consultationId: id, sourceId: s.id, facts: coalesce(r.facts, []),
                     roundNumber: r.roundNumber, roundStatedAs: r.roundStatedAs, date: r.date, city: r.city, format: r.format, status: r.status }) AS citations`;

export async function citationsByConsultation(graph: Graph, ids: readonly string[]): Promise<Map<string, CitationRow[]>> {
  const rows = await graph.read<{ id: string; citations: CitationRow[] }>(CITATIONS_BY_CONSULTATION, { ids });
  return new Map(rows.map((r) => [r.id, r.citations]));
}

export const SIDE_MEETINGS_BY_CONSULTATION = `
UNWIND $ids AS id
MATCH (:Consultation {id: id})<-[:DURING]-(m:SideMeeting)
OPTIONAL MATCH (m)-[:WITH]->(o:Organisation)
WITH id, m, o ORDER BY m.id
RETURN id, collect({ id: m.id, consultationId: id, kind: m.kind, description: m.description, countryCode: m.countryCode,
  organisation: CASE WHEN o IS NULL THEN null ELSE o { .id, .name, .kind, .countryCode } END,
  participations: [(m)<-[:IN]-(p:Participation) | p ` + PARTICIPATION_FIELDS + `] }) AS sideMeetings`;

export async function sideMeetingsByConsultation(
  graph: Graph,
  ids: readonly string[],
): Promise<Map<string, Array<SideMeetingRow>>> {
  const rows = await graph.read<{ id: string; sideMeetings: Array<SideMeetingRow> }>(
    SIDE_MEETINGS_BY_CONSULTATION,
    { ids },
  );
  return new Map(rows.map((r) => [r.id, r.sideMeetings]));
}
