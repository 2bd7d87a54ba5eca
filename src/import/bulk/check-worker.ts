import { checkLine, CheckedLine } from './record-check';
import { SourceLine } from '../source-lines';

/** Runs in a worker thread of RecordChecks (record-checks.ts): a chunk of lines checked, in order. */
export default function checkInWorker(lines: SourceLine[]): CheckedLine[] {
  return lines.map(checkLine);
}
