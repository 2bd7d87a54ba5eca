/**
 * The domain's closed vocabularies. Stored in Neo4j as these exact strings and exposed as GraphQL
 * enums with the same names (see src/schema/enums.ts).
 */
export enum Rank {
  MINISTER = 'MINISTER',
  DEPUTY_MINISTER = 'DEPUTY_MINISTER',
  STATE_SECRETARY = 'STATE_SECRETARY',
  DIRECTOR_GENERAL = 'DIRECTOR_GENERAL',
  /** The head of a ministry's department or directorate (below a director-general: "Director of the Third European Department"). */
  HEAD_OF_DEPARTMENT = 'HEAD_OF_DEPARTMENT',
  AMBASSADOR = 'AMBASSADOR',
  OTHER = 'OTHER',
}

export enum ConsultationKind {
  POLITICAL_CONSULTATIONS = 'POLITICAL_CONSULTATIONS',
  INTERGOVERNMENTAL_COMMISSION = 'INTERGOVERNMENTAL_COMMISSION',
  OTHER = 'OTHER',
}

export enum ConsultationStatus {
  HELD = 'HELD',
  PLANNED = 'PLANNED',
}

export enum MeetingFormat {
  IN_PERSON = 'IN_PERSON',
  VIDEO_CONFERENCE = 'VIDEO_CONFERENCE',
  PHONE = 'PHONE',
}

export enum DatePrecision {
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
  UNKNOWN = 'UNKNOWN',
}

/** Where a round number comes from: a source said it, it follows from a stated neighbour, or nobody knows. */
export enum RoundOrigin {
  STATED = 'STATED',
  INFERRED = 'INFERRED',
  UNKNOWN = 'UNKNOWN',
}

export enum ParticipantRole {
  HEAD_OF_DELEGATION = 'HEAD_OF_DELEGATION',
  MEMBER = 'MEMBER',
}

export enum SideMeetingKind {
  MEETING = 'MEETING',
  ROUNDTABLE = 'ROUNDTABLE',
}

/** What an audited edit did (src/graph/edits). */
export enum AuditAction {
  MERGE_OFFICIALS = 'MERGE_OFFICIALS',
  MERGE_CONSULTATIONS = 'MERGE_CONSULTATIONS',
  DELETE_CONSULTATION = 'DELETE_CONSULTATION',
  RETRACT_STATEMENT = 'RETRACT_STATEMENT',
}

/** A fact one source states about an event (or, TITLE and RANK, about a participant), that can be retracted. */
export enum StatementFact {
  ROUND = 'ROUND',
  DATE = 'DATE',
  CITY = 'CITY',
  FORMAT = 'FORMAT',
  STATUS = 'STATUS',
  TITLE = 'TITLE',
  RANK = 'RANK',
}
