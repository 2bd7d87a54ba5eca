import { Piscina } from 'piscina';
import { compiledScript } from '../config/compiled-script';
import { ErrorCode } from '../errors';
import { GraphQLError } from 'graphql';
import { ExtractedDraft } from './draft';
import type { ExtractTask } from './extract-worker';

export interface ExtractionLimits {
  /** Worker threads reading articles at once. */
  workers: number;
  /** A report still being read after this is stopped (its thread is ended) with TIMEOUT. */
  timeoutMs: number;
  /** Reports waiting for a thread; more are refused with UNAVAILABLE. */
  maxQueue: number;
}

export const DEFAULT_EXTRACTION_LIMITS: ExtractionLimits = { workers: 1, timeoutMs: 20_000, maxQueue: 16 };

/** Reading the report took longer than its time budget: it was stopped, nothing is returned. */
export class ExtractionTimeoutError extends GraphQLError {
  constructor(timeoutMs: number) {
    super(`Reading the report took longer than the limit of ${timeoutMs} ms and was stopped; send a shorter text.`, {
      extensions: { code: ErrorCode.TIMEOUT, timeoutMs },
    });
  }
}

export class ExtractionBusyError extends GraphQLError {
  constructor(waiting: number) {
    super(`The extractor is busy (${waiting} reports waiting); try again shortly.`, { extensions: { code: ErrorCode.UNAVAILABLE } });
  }
}

/**
 * Articles are read in worker threads (piscina), never on the event loop: a long or pathological
 * report costs its thread and its time budget, while every other request, /health/live included,
 * is answered meanwhile. A report over its budget is aborted, which ends its thread; piscina
 * starts a fresh one.
 */
export class ExtractionPool {
  private readonly pool: Piscina<ExtractTask, ExtractedDraft>;

  constructor(readonly limits: ExtractionLimits = DEFAULT_EXTRACTION_LIMITS) {
    this.pool = new Piscina({
      filename: compiledScript(__dirname, 'extract-worker.js'),
      minThreads: 0,
      maxThreads: limits.workers,
      maxQueue: limits.maxQueue,
      // An idle thread (with its tens of MB of lexicons) is let go after a minute.
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
  }

  async extract(text: string, publishedAt: string | null): Promise<ExtractedDraft> {
    if (this.pool.queueSize >= this.limits.maxQueue) throw new ExtractionBusyError(this.pool.queueSize);
    const signal = AbortSignal.timeout(this.limits.timeoutMs);
    try {
      return await this.pool.run({ text, publishedAt }, { signal });
    } catch (error) {
      if (signal.aborted) throw new ExtractionTimeoutError(this.limits.timeoutMs);
      if (error instanceof Error && /queue is at limit/i.test(error.message)) throw new ExtractionBusyError(this.pool.queueSize);
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}

let shared: ExtractionPool | undefined;

/** One pool for the whole process, with default limits, for request contexts built without one. */
export function sharedExtractionPool(): ExtractionPool {
  shared ??= new ExtractionPool();
  return shared;
}
