import { ConsultationKind, ConsultationStatus, DatePrecision, MeetingFormat, Rank } from '../domain/enums';

/** Where a proposed value was read: a character span of the article, and how sure the reading is (0–1). */
export interface Evidence {
  field: string;
  start: number;
  end: number;
  text: string;
  confidence: number;
}

export interface DraftHead {
  /** Exactly as printed, case ending included ("Михаилом Галузиным", "Antoine’em Camillerim"). */
  nameAsWritten: string;
  /** In its dictionary form, in the article's script ("Михаил Галузин"). */
  name: string;
  /** A Latin rendering of `name` (src/romanisation), or the Latin spelling the article gives beside it. */
  latinName: string;
  country: string | null;
  title: string | null;
  rank: Rank | null;
  /** Span of the name. */
  start: number;
  end: number;
  /** Where the title was read. */
  titleSpan: Span;
  /** Where the side was read; null when it was deduced (the other head took the other country). */
  countrySpan: { start: number; end: number } | null;
  confidence: number;
}

/**
 * What an article says about one consultation, as a proposal for a human to review: every
 * value with its evidence, anything uncertain as a warning, nothing guessed.
 */
export interface ExtractedDraft {
  language: string | null;
  kind: ConsultationKind;
  /** HELD, or PLANNED when the talks are announced or spoken of in the future. */
  status: ConsultationStatus;
  countries: string[];
  date: string | null;
  datePrecision: DatePrecision;
  city: string | null;
  format: MeetingFormat | null;
  round: { number: number | null; statedAs: string | null };
  heads: DraftHead[];
  topics: string[];
  warnings: string[];
  evidence: Evidence[];
}

export interface Span {
  start: number;
  end: number;
  text: string;
}
