import { MeetingFormat } from '../domain/enums';
import { Evidence, Span } from './draft';
import { Language, PROFILES } from './languages';
import { hasMatch, matchesIn } from './text';

export interface FormatReading {
  format: MeetingFormat | null;
  evidence: Evidence | null;
  warnings: string[];
}

/**
 * How the delegations met: by video or telephone when a sentence about the consultations (or one
 * of the two after it) says so; in person when a venue or a visit is stated near them; else unknown. A
 * telephone is never guessed from a mention of one elsewhere.
 */
export function findFormat(sentences: Span[], language: Language, city: Span | null): FormatReading {
  const profile = PROFILES[language];
  const first = sentences.findIndex((s) => hasMatch(profile.consultations, s));
  const near = sentences.filter((s, i) => hasMatch(profile.consultations, s) || (first >= 0 && i > first && i <= first + 2));
  const find = (pattern: RegExp) => near.map((s) => matchesIn(pattern, s)[0]).find(Boolean);
  const video = find(profile.video);
  const phone = find(profile.phone);
  const warnings: string[] = [];
  if (video && phone) {
    warnings.push('Both a video link and a telephone are mentioned; format left to you.');
    return { format: null, evidence: null, warnings };
  }
  if (video) return { format: MeetingFormat.VIDEO_CONFERENCE, evidence: { field: 'format', ...video, confidence: 0.85 }, warnings };
  if (phone) return { format: MeetingFormat.PHONE, evidence: { field: 'format', ...phone, confidence: 0.8 }, warnings };
  if (city) return { format: MeetingFormat.IN_PERSON, evidence: { field: 'format', ...city, confidence: 0.75 }, warnings };
  // A visit told near the sentences about the talks (two either side), not a wish for "visits" in general.
  const events = sentences.map((s, i) => (hasMatch(profile.consultations, s) ? i : -1)).filter((i) => i >= 0);
  const visit = sentences.filter((_, i) => events.some((e) => Math.abs(e - i) <= 2)).map((s) => matchesIn(profile.inPerson, s)[0]).find(Boolean);
  if (visit) return { format: MeetingFormat.IN_PERSON, evidence: { field: 'format', ...visit, confidence: 0.6 }, warnings };
  return { format: null, evidence: null, warnings };
}
