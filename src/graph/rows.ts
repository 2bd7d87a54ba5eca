import {
  ConsultationKind,
  ConsultationStatus,
  DatePrecision,
  MeetingFormat,
  ParticipantRole,
  Rank,
  RoundOrigin,
  SideMeetingKind,
} from '../domain/enums';

/**
 * Plain records the graph layer returns: exactly what the Cypher projections produce, with
 * relationship ends as ids (the GraphQL layer loads those in batches).
 */
export interface ConsultationRow {
  id: string;
  kind: ConsultationKind;
  status: ConsultationStatus;
  date: string | null;
  datePrecision: DatePrecision;
  city: string | null;
  format: MeetingFormat | null;
  countryCodes: string[];
  seriesId: string;
  roundNumber: number | null;
  roundOrigin: RoundOrigin;
  roundStatedAs: string | null;
  roundConflicting: boolean;
  roundAtLeast?: number | null;
  roundAtMost?: number | null;
  /** The event's facts whose sources disagree ("date", "city", "format"); every statement is in its citations. */
  conflicts: string[];
}

export interface OfficialRow {
  id: string;
  name: string;
  aliases: string[];
  countryCode: string;
}

export interface ParticipationRow {
  id: string;
  consultationId: string | null;
  sideMeetingId: string | null;
  officialId: string | null;
  nameAsWritten: string | null;
  country: string;
  title: string | null;
  rank: Rank;
  role: ParticipantRole;
  /** What each source said about this participation (the title belongs to the event date). */
  statements: Array<{ sourceId: string; title: string | null; rank: Rank | null; nameAsWritten: string[] }>;
  /** "title", "rank": what the sources disagree on. */
  conflicts?: string[];
}

export interface SourceRow {
  id: string;
  publisher: string | null;
  citing: string | null;
  language: string;
  publishedAt: string | null;
  title: string;
  url: string | null;
  caveats: string[];
  /** The report's text when a user stored it (recordConsultation with sourceText). */
  sourceText: string | null;
}

/** A source backing one consultation: which facts, and the round it states (if any). */
export interface CitationRow {
  consultationId: string;
  sourceId: string;
  facts: string[];
  roundNumber: number | null;
  roundStatedAs: string | null;
  /** What this source states about the event (domain/claims.ts). */
  date?: string | null;
  city?: string | null;
  format?: string | null;
  status?: string | null;
}

export interface SeriesRow {
  id: string;
  kind: ConsultationKind;
  countryCodes: string[];
  currentRoundNumber: number | null;
  nextRoundNumber: number | null;
  consultationIds: string[];
}

export interface SideMeetingRow {
  id: string;
  consultationId: string;
  kind: SideMeetingKind;
  description: string;
  countryCode: string | null;
  organisation: { id: string; name: string; kind: string; countryCode: string | null } | null;
  /** Participants may be unnamed: a title and a country is all some reports give. */
  participations: ParticipationRow[];
}

export interface CounterpartRow {
  officialId: string;
  consultationIds: string[];
  /** The counterpart and the events, fetched with them so the official and consultation loaders are primed. */
  official?: OfficialRow;
  consultations?: ConsultationRow[];
}

export interface PartnerRow {
  countryCode: string;
  consultationIds: string[];
  diplomaticRelationsSince: number | null;
  agreements: Array<{ name: string; year: number }>;
}

export interface CountryRow {
  code: string;
  name: string;
}
