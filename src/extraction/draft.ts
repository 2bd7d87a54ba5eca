import { ConsultationKind, DatePrecision, MeetingFormat, Rank } from '../domain/enums';

/** Where a proposed value was read: a character span of the article, and how sure the reading is (0–1). */
export interface Evidence {
  field: string;
  start: number;
  end: number;
  text: string;
  confidence: number;
}

export interface DraftHead {
  nameAsWritten: string;
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
