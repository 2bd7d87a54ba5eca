import neo4j, { BookmarkManager, Driver, Neo4jError, QueryResult, RecordShape, Session, SessionMode } from 'neo4j-driver';
import { Logger, silentLogger } from '../config/logger';
import { BadUserInputError, ConflictError, DatabaseUnavailableError, QueryTimeoutError } from '../errors';

export interface GraphConnection {
  uri: string;
  user?: string;
  password?: string;
  database: string;
}

export interface GraphTuning {
  maxPoolSize: number;
  /** Longest wait for a connection (opening one, or one of the pool's falling free). */
  connectTimeoutMs: number;
  /** The server stops a transaction after this; the client gives up on an answer this + ANSWER_MARGIN_MS. */
  txTimeoutMs: number;
  /** Participations one meeting path search may expand (MEETING_PATH_MAX_EXPANSION); meeting-search.ts's default when absent. */
  maxMeetingExpansion?: number;
  /** Where pool exhaustion and availability changes are logged. */
  log?: Logger;
}

/**
 * How long past NEO4J_TX_TIMEOUT_MS the client still waits for an answer. A server that can
 * enforce its timeout answers within it; one that cannot (frozen, partitioned) is given up on.
 */
export const ANSWER_MARGIN_MS = 2_000;

/** How long a write meeting concurrent ones keeps trying before CONFLICT (issue 15: well above 5 s). */
export const CONFLICT_RETRY_MS = 20_000;

export type Params = Record<string, unknown>;

/** Counts the Cypher round trips of one unit of work (a GraphQL request, a test). */
export class QueryCounter {
  count = 0;
}

/**
 * Once Neo4j has been found unreachable, requests fail at once with UNAVAILABLE for a short
 * while instead of each waiting out the connect timeout and the driver's retries (which made
 * requests during an outage take up to 8 s); after the pause, or as soon as a health ping gets
 * an answer, requests try the database again.
 */
class Availability {
  private downUntil = 0;
  private down = false;

  constructor(
    private readonly pauseMs: number,
    private readonly log: Logger,
  ) {}

  check(): void {
    if (Date.now() < this.downUntil) throw new DatabaseUnavailableError('unreachable moments ago');
  }

  observe(error: unknown): void {
    if (!(error instanceof DatabaseUnavailableError)) return;
    this.downUntil = Date.now() + this.pauseMs;
    if (!this.down) this.log.warn('Neo4j unavailable: requests fail fast with UNAVAILABLE', { reason: error.reason, pauseMs: this.pauseMs });
    this.down = true;
  }

  /** A request or a health ping got an answer. */
  up(): void {
    this.downUntil = 0;
    if (this.down) this.log.info('Neo4j answering again');
    this.down = false;
  }
}

/**
 * The one place that talks to Neo4j: owns the driver, opens and closes sessions, routes reads
 * and writes, applies the transaction timeout and turns connection failures into a typed error.
 * Values come back as plain JS (integers as numbers: our counts and rounds are far below 2^53).
 */
export class Graph {
  private constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly tuning: GraphTuning,
    private readonly availability: Availability,
    private readonly counter?: QueryCounter,
    /** Read-your-writes across cluster members for one client (see RequestBookmarks). */
    readonly bookmarks?: RequestBookmarks,
  ) {}

  static connect(connection: GraphConnection, tuning: GraphTuning): Graph {
    const auth = connection.password
      ? neo4j.auth.basic(connection.user ?? 'neo4j', connection.password)
      : { scheme: 'none', principal: '', credentials: '' };
    const driver = neo4j.driver(connection.uri, auth, {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: tuning.maxPoolSize,
      connectionAcquisitionTimeout: tuning.connectTimeoutMs,
      connectionTimeout: tuning.connectTimeoutMs,
      // Retries of transient errors stay short so a stopped database fails requests fast.
      maxTransactionRetryTime: Math.min(5_000, tuning.txTimeoutMs),
      userAgent: 'consultations-graph/0.1',
    });
    const log = tuning.log ?? silentLogger;
    return new Graph(driver, connection.database, tuning, new Availability(Math.min(1_000, tuning.connectTimeoutMs), log));
  }

  /** The same graph, counting every query it runs into `counter`. */
  counting(counter: QueryCounter): Graph {
    return new Graph(this.driver, this.database, this.tuning, this.availability, counter, this.bookmarks);
  }

  /** The same graph, every session of which waits for `bookmarks` and adds its own to them. */
  carrying(bookmarks: RequestBookmarks): Graph {
    return new Graph(this.driver, this.database, this.tuning, this.availability, this.counter, bookmarks);
  }

  /**
   * Every session goes through here. READ sessions are routed by a `neo4j://` driver to the
   * cluster's secondaries (followers, read replicas), WRITE sessions to the leader; with
   * bookmarks, a read waits until the member it reaches has applied the client's own writes.
   */
  private session(mode: SessionMode): Session {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode,
      ...(this.bookmarks ? { bookmarkManager: this.bookmarks.manager } : {}),
    });
  }

  /** The expansion cap of a meeting path search, when configured. */
  get maxMeetingExpansion(): number | undefined {
    return this.tuning.maxMeetingExpansion;
  }

  async read<T = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.run('READ', cypher, params);
  }

  async write<T = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.run('WRITE', cypher, params);
  }

  /**
   * Several statements in one write transaction: all or nothing. `work` receives a `run` that
   * executes one parameterised statement inside the transaction.
   */
  async writeTransaction<R>(work: (run: <T = RecordShape>(cypher: string, params?: Params) => Promise<T[]>) => Promise<R>): Promise<R> {
    return this.retryingConflicts(() => {
      this.availability.check();
      const session = this.session(neo4j.session.WRITE);
      return this.answered(session, () =>
        session.executeWrite(
          (tx) =>
            work(async <T>(cypher: string, params: Params = {}) => {
              if (this.counter) this.counter.count += 1;
              const result = await tx.run(cypher, params);
              return toObjects<T>(result);
            }),
          { timeout: this.tuning.txTimeoutMs },
        ),
      );
    });
  }

  /**
   * Lock contention that outlasted the driver's own retries (a few seconds, kept short so an
   * unreachable server fails fast) is tried again, with jittered backoff, for up to
   * CONFLICT_RETRY_MS: many writers of the same records on a loaded machine get through one
   * after another. Only then does the caller see CONFLICT. Every attempt is a whole transaction.
   */
  private async retryingConflicts<R>(attempt: () => Promise<R>): Promise<R> {
    const started = Date.now();
    for (let tries = 1; ; tries += 1) {
      try {
        return await attempt();
      } catch (error) {
        const waitMs = Math.min(2_000, 100 * 2 ** tries) * (0.5 + Math.random());
        if (!(error instanceof ConflictError) || Date.now() - started + waitMs > CONFLICT_RETRY_MS) throw error;
        this.tuning.log?.debug('write met a concurrent one; trying again', { tries, waitMs: Math.round(waitMs), reason: error.reason });
        await new Promise((resolve) => setTimeout(resolve, waitMs));
      }
    }
  }

  /** Schema commands (constraints, indexes) must run in their own auto-commit transaction. */
  async schema(cypher: string): Promise<void> {
    const session = this.session(neo4j.session.WRITE);
    try {
      await session.run(cypher);
    } catch (error) {
      throw translate(error, this.tuning.txTimeoutMs);
    } finally {
      await session.close();
    }
  }

  /** Does Neo4j answer a trivial query within `timeoutMs`? Never throws. */
  async ping(timeoutMs = 2_000): Promise<{ ok: true; version: string } | { ok: false; reason: string }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const info = await Promise.race([this.driver.getServerInfo({ database: this.database }), timeout]);
      if (!info) throw new Error('no server information');
      this.availability.up();
      return { ok: true, version: info.agent ?? 'unknown' };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /**
   * Streams the rows of one read as they arrive, for exports of the whole graph: memory stays
   * bounded by one row, not the result. No transaction timeout: an export may take minutes.
   */
  async *stream<T = RecordShape>(cypher: string, params: Params = {}): AsyncGenerator<T> {
    if (this.counter) this.counter.count += 1;
    this.availability.check();
    const session = this.session(neo4j.session.READ);
    try {
      for await (const record of session.run(cypher, params)) yield record.toObject() as T;
    } catch (error) {
      throw this.failed(error);
    } finally {
      await session.close();
    }
  }

  /** The typed error for `error`; an unreachable database pauses requests briefly (see Availability). */
  private failed(error: unknown): unknown {
    const translated = translate(error, this.tuning.txTimeoutMs);
    if (isPoolExhausted(error)) this.tuning.log?.warn('Neo4j connection pool exhausted', { maxPoolSize: this.tuning.maxPoolSize, waitedMs: this.tuning.connectTimeoutMs, detail: (error as Error).message });
    this.availability.observe(translated);
    return translated;
  }

  /**
   * Runs `work` on `session` under the client's own deadline: a server that does not answer
   * within the transaction timeout plus a margin (frozen, cut off) is given up on with
   * UNAVAILABLE. The abandoned session is closed in the background; its connection is released
   * when the server answers or the socket dies.
   */
  private async answered<R>(session: Session, work: () => Promise<R>): Promise<R> {
    const deadlineMs = this.tuning.txTimeoutMs + ANSWER_MARGIN_MS;
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        reject(new DatabaseUnavailableError(`no answer within ${deadlineMs} ms`));
      }, deadlineMs);
    });
    const running = work();
    try {
      const result = await Promise.race([running, deadline]);
      this.availability.up();
      return result;
    } catch (error) {
      throw this.failed(error);
    } finally {
      clearTimeout(timer);
      if (timedOut) {
        running.catch(() => undefined);
        void session.close().catch(() => undefined);
      } else {
        await session.close();
      }
    }
  }

  private async run<T>(mode: 'READ' | 'WRITE', cypher: string, params: Params): Promise<T[]> {
    if (this.counter) this.counter.count += 1;
    const config = { timeout: this.tuning.txTimeoutMs };
    // A read is one statement: an auto-commit transaction answers it in one network round trip
    // (RUN+PULL) where a managed one needs two (BEGIN+RUN+PULL, then COMMIT). Reads of a single
    // server gain nothing from the managed retry; writes keep it.
    if (mode === 'READ') {
      this.availability.check();
      const session = this.session(neo4j.session.READ);
      return toObjects<T>(await this.answered(session, () => session.run(cypher, params, config)));
    }
    return this.retryingConflicts(async () => {
      this.availability.check();
      const session = this.session(neo4j.session.WRITE);
      return toObjects<T>(await this.answered(session, () => session.executeWrite((tx) => tx.run(cypher, params), config)));
    });
  }
}

/** Bookmarks travel as one header, comma-separated; Neo4j's are base64 with a prefix. */
const BOOKMARK = /^[A-Za-z0-9:+/=_.-]{1,512}$/;
const MAX_BOOKMARKS = 16;

/**
 * One client's causal chain across cluster members: the bookmarks it sent (the `X-Bookmark`
 * request header, from the answer to its last mutation) and those of every transaction this
 * request runs. Kept per request and carried by the client, so API replicas stay stateless.
 */
export class RequestBookmarks {
  readonly manager: BookmarkManager;

  private constructor(initial: string[]) {
    this.manager = neo4j.bookmarkManager({ initialBookmarks: initial });
  }

  /** From a header value; every malformed bookmark is named at once. */
  static fromHeader(header: string | undefined): RequestBookmarks {
    const values = (header ?? '').split(',').map((b) => b.trim()).filter((b) => b !== '');
    const problems = values.filter((b) => !BOOKMARK.test(b)).map((b) => `"${b.slice(0, 40)}" is not a bookmark`);
    if (values.length > MAX_BOOKMARKS) problems.push(`at most ${MAX_BOOKMARKS} bookmarks, got ${values.length}`);
    if (problems.length > 0) throw new BadUserInputError(`X-Bookmark: ${problems.join('; ')}`, problems.map((message) => ({ field: 'X-Bookmark', message })));
    return new RequestBookmarks(values);
  }

  /** The header value to hand back: what a later request must wait for to see this one's writes. */
  async header(): Promise<string> {
    return [...(await this.manager.getBookmarks())].join(',');
  }
}

function toObjects<T>(result: QueryResult): T[] {
  return result.records.map((record) => record.toObject() as T);
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Cluster.NotALeader',
  'Neo.TransientError.Cluster.ReplicationFailure',
  'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase',
]);

/** Another transaction held what this one needed, past the driver's retries: the caller may simply retry. */
const CONFLICT_CODES = new Set([
  'Neo.TransientError.Transaction.DeadlockDetected',
  'Neo.TransientError.Transaction.LockAcquisitionTimeout',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.Outdated',
  'Neo.TransientError.Transaction.ConstraintsChanged',
]);

function isPoolExhausted(error: unknown): boolean {
  return error instanceof Neo4jError && /^Connection acquisition timed out/.test(error.message);
}

/**
 * Connection loss, pool exhaustion and a cluster without a leader become UNAVAILABLE; lock
 * contention that outlasted the retries CONFLICT; a transaction stopped at its time limit
 * TIMEOUT. The typed errors carry no Neo4j text; anything else is passed on unchanged (and
 * masked as an internal error by the server's error normaliser).
 */
export function translate(error: unknown, timeoutMs?: number): unknown {
  if (error instanceof DatabaseUnavailableError || error instanceof ConflictError || error instanceof QueryTimeoutError) return error;
  if (error instanceof Neo4jError && (UNAVAILABLE_CODES.has(error.code) || isPoolExhausted(error))) {
    return new DatabaseUnavailableError(isPoolExhausted(error) ? `connection pool exhausted: ${error.message}` : error.code);
  }
  if (error instanceof Neo4jError && CONFLICT_CODES.has(error.code)) {
    return new ConflictError('A concurrent edit held the same records; nothing was changed. Try again.', error.code);
  }
  // A transaction stopped at its time limit while it waited for a lock reports LockClientStopped.
  if (error instanceof Neo4jError && /TransactionTimedOut|ClientError\.Transaction\.(LockClientStopped|Terminated)/.test(error.code) && timeoutMs !== undefined) {
    return new QueryTimeoutError(timeoutMs);
  }
  return error;
}
