import { ConsultationRecord, consultationRecord } from '../../domain/consultation-record';
import { recordFingerprint } from '../../graph';
import { reasonsOf, recordTypeOf } from '../import-records';
import { SourceLine } from '../source-lines';

/** What a line of the file is, decided without the rest of the file (so in any thread, in any order). */
export type CheckedLine =
  | { line: number; outcome: 'consultation'; record: ConsultationRecord; fingerprint: string }
  /** Another record type (relations, agreements): only the transactional importer writes it. */
  | { line: number; outcome: 'other' }
  | { line: number; outcome: 'rejected'; reasons: string[] };

/** The same validation as the transactional importer, and the fingerprint the writer would store. */
export function checkLine(item: SourceLine): CheckedLine {
  if ('error' in item) return { line: item.line, outcome: 'rejected', reasons: [item.error] };
  if (recordTypeOf(item.value) !== 'consultation') return { line: item.line, outcome: 'other' };
  const parsed = consultationRecord.safeParse(item.value);
  if (!parsed.success) return { line: item.line, outcome: 'rejected', reasons: reasonsOf(parsed.error) };
  return { line: item.line, outcome: 'consultation', record: parsed.data, fingerprint: recordFingerprint(parsed.data) };
}
