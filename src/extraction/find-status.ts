import { ConsultationStatus } from '../domain/enums';
import { Evidence, Span } from './draft';
import { Language, PROFILES } from './languages';
import { hasMatch, matchesIn } from './text';

export interface StatusReading {
  status: ConsultationStatus;
  evidence: Evidence | null;
}

/**
 * HELD, or PLANNED when the first sentences about the consultations speak of them in the future
 * or announce them ("will hold", "is expected", "débutera", "проведут", "将于", "yapılacak").
 */
export function findStatus(sentences: Span[], language: Language): StatusReading {
  const profile = PROFILES[language];
  const events = sentences.filter((s) => hasMatch(profile.consultations, s)).slice(0, 2);
  for (const sentence of events) {
    const [future] = matchesIn(profile.planned, sentence);
    if (future) return { status: ConsultationStatus.PLANNED, evidence: { field: 'status', ...future, confidence: 0.7 } };
  }
  return { status: ConsultationStatus.HELD, evidence: null };
}
