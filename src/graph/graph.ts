import neo4j, { Driver, Neo4jError, QueryResult, RecordShape } from 'neo4j-driver';
import { DatabaseUnavailableError, QueryTimeoutError } from '../errors';

export interface GraphConnection {
  uri: string;
  user?: string;
  password?: string;
  database: string;
}

export interface GraphTuning {
  maxPoolSize: number;
  connectTimeoutMs: number;
  txTimeoutMs: number;
}

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

  constructor(private readonly pauseMs: number) {}

  check(): void {
    if (Date.now() < this.downUntil) throw new DatabaseUnavailableError('unreachable moments ago');
  }

  observe(error: unknown): void {
    if (error instanceof DatabaseUnavailableError) this.downUntil = Date.now() + this.pauseMs;
  }

  up(): void {
    this.downUntil = 0;
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
    return new Graph(driver, connection.database, tuning, new Availability(Math.min(1_000, tuning.connectTimeoutMs)));
  }

  /** The same graph, counting every query it runs into `counter`. */
  counting(counter: QueryCounter): Graph {
    return new Graph(this.driver, this.database, this.tuning, this.availability, counter);
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
    this.availability.check();
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(
        (tx) =>
          work(async <T>(cypher: string, params: Params = {}) => {
            if (this.counter) this.counter.count += 1;
            const result = await tx.run(cypher, params);
            return toObjects<T>(result);
          }),
        { timeout: this.tuning.txTimeoutMs },
      );
    } catch (error) {
      throw this.failed(error);
    } finally {
      await session.close();
    }
  }

  /** Schema commands (constraints, indexes) must run in their own auto-commit transaction. */
  async schema(cypher: string): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
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
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
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
    this.availability.observe(translated);
    return translated;
  }

  private async run<T>(mode: 'READ' | 'WRITE', cypher: string, params: Params): Promise<T[]> {
    if (this.counter) this.counter.count += 1;
    this.availability.check();
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const config = { timeout: this.tuning.txTimeoutMs };
      // A read is one statement: an auto-commit transaction answers it in one network round trip
      // (RUN+PULL) where a managed one needs two (BEGIN+RUN+PULL, then COMMIT). Reads of a single
      // server gain nothing from the managed retry; writes keep it.
      const result =
        mode === 'READ'
          ? await session.run(cypher, params, config)
          : await session.executeWrite((tx) => tx.run(cypher, params), config);
      return toObjects<T>(result);
    } catch (error) {
      throw this.failed(error);
    } finally {
      await session.close();
    }
  }
}

function toObjects<T>(result: QueryResult): T[] {
  return result.records.map((record) => record.toObject() as T);
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Connection loss becomes UNAVAILABLE, a transaction stopped at its time limit TIMEOUT; anything else is passed on unchanged. */
export function translate(error: unknown, timeoutMs?: number): unknown {
  if (error instanceof Neo4jError && UNAVAILABLE_CODES.has(error.code)) {
    return new DatabaseUnavailableError(error.code);
  }
  if (error instanceof Neo4jError && /TransactionTimedOut/.test(error.code) && timeoutMs !== undefined) {
    return new QueryTimeoutError(timeoutMs);
  }
  return error;
}
