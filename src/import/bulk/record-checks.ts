import os from 'node:os';
import { Piscina } from 'piscina';
import { compiledScript } from '../../config/compiled-script';
import { SourceLine } from '../source-lines';
import { CheckedLine, checkLine } from './record-check';

/** Worker threads for the checks: every core but the one planning, at least one. */
export function defaultCheckThreads(): number {
  return Math.max(1, os.availableParallelism() - 1);
}

/**
 * Validation and fingerprints are the part of bulk planning that needs nothing but the line
 * itself, so chunks of lines are checked in worker threads (piscina) while the main thread
 * resolves names and writes the CSV of earlier chunks. Zero threads checks in the caller's
 * thread (the same function), for small files where starting a thread costs more than it saves.
 */
export class RecordChecks {
  private readonly pool: Piscina<SourceLine[], CheckedLine[]> | null;

  constructor(threads: number) {
    this.pool = threads > 0 ? new Piscina({ filename: compiledScript(__dirname, 'check-worker.js'), minThreads: threads, maxThreads: threads, idleTimeout: 1_000 }) : null;
  }

  check(lines: SourceLine[]): Promise<CheckedLine[]> {
    if (!this.pool) return Promise.resolve(lines.map(checkLine));
    return this.pool.run(lines);
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}
