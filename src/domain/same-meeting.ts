import { bestNameScore, NAME_MATCH_THRESHOLD } from '../name-matching';
import { ConsultationRecord } from './consultation-record';
import { ParticipantRole } from './enums';

/**
 * One event per meeting: when a report without an id names no stored event by its natural id or
 * its source, it may still be a stored event told with another precision ("June 2023" and then
 * "14 June 2023"). It is that event when everything both say agrees:
 * - the same series (pair and kind; the caller only offers those);
 * - dates of at least a month that can be one day: the same, or a month containing the day;
 * - no conflicting city (different cities named on both sides);
 * - no conflicting round (different stated numbers);
 * - a shared head of delegation where both name one (same country; same official id, or a
 *   written name that resolves to the stored head by the name rule of src/name-matching).
 * Only a single such event is refined; with two or more the report is not guessed into one.
 */
export interface StoredMeeting {
  id: string;
  date: string | null;
  city: string | null;
  statedRounds: number[];
  heads: Array<{ officialId: string; country: string; spellings: string[] }>;
}

const AT_LEAST_A_MONTH = /^\d{4}-\d{2}/;

export function compatibleMeetingDates(a: string | null, b: string | null): boolean {
  if (a === null || b === null || !AT_LEAST_A_MONTH.test(a) || !AT_LEAST_A_MONTH.test(b)) return false;
  return a.startsWith(b) || b.startsWith(a);
}

export function isSameMeeting(record: ConsultationRecord, stored: StoredMeeting): boolean {
  if (!compatibleMeetingDates(record.date, stored.date)) return false;
  if (record.city && stored.city && record.city.trim().toLowerCase() !== stored.city.trim().toLowerCase()) return false;
  const rounds = new Set([...stored.statedRounds, ...record.round.flatMap((r) => (r.number === null ? [] : [r.number]))]);
  if (rounds.size > 1) return false;
  const heads = record.participants.filter((p) => p.role === ParticipantRole.HEAD_OF_DELEGATION);
  if (heads.length === 0 || stored.heads.length === 0) return true;
  return heads.some((h) =>
    stored.heads.some((s) => {
      if (s.country !== h.country) return false;
      if (h.officialId) return h.officialId === s.officialId;
      const spellings = [...(h.name ? [h.name] : []), ...h.aliases, ...h.sources.flatMap((x) => x.nameAsWritten)];
      return spellings.some((w) => bestNameScore(w, s.spellings) >= NAME_MATCH_THRESHOLD);
    }),
  );
}

/** The one stored event the record refines, if exactly one qualifies. */
export function sameMeeting<T extends StoredMeeting>(record: ConsultationRecord, candidates: readonly T[]): T | null {
  const matching = candidates.filter((c) => isSameMeeting(record, c));
  return matching.length === 1 ? matching[0] : null;
}
