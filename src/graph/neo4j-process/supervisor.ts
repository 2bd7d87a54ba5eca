import { Logger } from '../../config/logger';
import { EmbeddedNeo4j, EmbeddedNeo4jOptions, Neo4jExit } from './embedded-neo4j';

export type SupervisorState = 'running' | 'restarting' | 'failed' | 'stopped';

export interface SupervisorOptions {
  log: Logger;
  /** Consecutive failed restarts before giving up (a restart that stays up resets the count). */
  maxAttempts?: number;
  /** First wait before a restart; doubled after each failure. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** A restarted Neo4j that stays up this long counts as recovered. */
  stableAfterMs?: number;
  /** Called once when Neo4j cannot be brought back: the process should exit non-zero. */
  onGiveUp?: (reason: string) => void;
}

/**
 * Keeps the embedded Neo4j running: when it exits unasked (a crash, `kill -9`, out of memory),
 * the exit is logged with Neo4j's last lines, and it is started again on the same port and data
 * folder (so the driver reconnects by itself) with exponential backoff. After `maxAttempts`
 * failed restarts in a row it gives up, and `onGiveUp` lets the process exit non-zero so an
 * outer supervisor (systemd, a container runtime) can act.
 */
export class SupervisedNeo4j {
  private current: EmbeddedNeo4j;
  private stateNow: SupervisorState = 'running';
  private failures = 0;
  private upSince = Date.now();
  private restarts = 0;
  private wake: (() => void) | undefined;

  private constructor(
    first: EmbeddedNeo4j,
    private readonly start: () => Promise<EmbeddedNeo4j>,
    private readonly options: Required<Omit<SupervisorOptions, 'onGiveUp'>> & Pick<SupervisorOptions, 'onGiveUp'>,
  ) {
    this.current = first;
    this.watch(first);
  }

  static async start(neo4j: EmbeddedNeo4jOptions, options: SupervisorOptions): Promise<SupervisedNeo4j> {
    const start = () => EmbeddedNeo4j.start(neo4j);
    return new SupervisedNeo4j(await start(), start, {
      maxAttempts: 5,
      initialBackoffMs: 1_000,
      maxBackoffMs: 30_000,
      stableAfterMs: 60_000,
      ...options,
    });
  }

  get uri(): string {
    return this.current.uri;
  }

  get pid(): number {
    return this.current.pid;
  }

  get state(): SupervisorState {
    return this.stateNow;
  }

  /** How many times Neo4j was started again after an exit. */
  get restartCount(): number {
    return this.restarts;
  }

  /** The Neo4j process of the moment (fault tests kill or pause it). */
  get process(): EmbeddedNeo4j {
    return this.current;
  }

  /** A clean stop: no restart follows. */
  async stop(timeoutMs?: number): Promise<void> {
    this.stateNow = 'stopped';
    this.wake?.();
    await this.current.stop(timeoutMs);
  }

  private watch(neo4j: EmbeddedNeo4j): void {
    void neo4j.exited.then((exit) => {
      if (this.stateNow === 'stopped' || neo4j !== this.current) return;
      void this.restart(exit, neo4j);
    });
  }

  private async restart(exit: Neo4jExit, dead: EmbeddedNeo4j): Promise<void> {
    const { log } = this.options;
    const upMs = Date.now() - this.upSince;
    // Up long enough: this is a new failure, not the next step of a crash loop.
    if (upMs >= this.options.stableAfterMs) this.failures = 0;
    log.error('embedded Neo4j exited unexpectedly', {
      neo4jPid: dead.pid,
      exitCode: exit.code,
      signal: exit.signal,
      upSeconds: Math.round(upMs / 1000),
      lastOutput: dead.recentOutput().slice(-10),
    });
    this.stateNow = 'restarting';
    while (this.stateNow === 'restarting') {
      if (this.failures >= this.options.maxAttempts) return this.giveUp(`Neo4j exited and ${this.failures} restarts in a row failed`);
      const backoffMs = Math.min(this.options.maxBackoffMs, this.options.initialBackoffMs * 2 ** this.failures);
      this.failures += 1;
      log.warn('restarting embedded Neo4j', { attempt: this.failures, of: this.options.maxAttempts, inMs: backoffMs });
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, backoffMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
      if (this.stateNow !== 'restarting') return;
      try {
        const next = await this.start();
        if (this.stateNow !== 'restarting') {
          await next.stop();
          return;
        }
        this.current = next;
        this.upSince = Date.now();
        this.restarts += 1;
        this.stateNow = 'running';
        this.watch(next);
        log.info('embedded Neo4j restarted', { neo4jPid: next.pid, attempt: this.failures, uri: next.uri });
      } catch (error) {
        log.error('embedded Neo4j restart failed', { attempt: this.failures, err: error });
      }
    }
  }

  private giveUp(reason: string): void {
    this.stateNow = 'failed';
    this.options.log.error('giving up on the embedded Neo4j', { reason });
    this.options.onGiveUp?.(reason);
  }
}
