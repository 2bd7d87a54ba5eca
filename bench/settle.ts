import neo4j, { Driver } from 'neo4j-driver';

/**
 * Between two measured runs, the database is made quiet again. A client that gives up on a slow
 * answer (autocannon's timeout, a server's own) leaves its query running in Neo4j until the
 * transaction timeout, minutes later: at 1M the peer's timed-out timeline queries were still
 * running while our fuzzy-name search was measured, and took its CPU. Every transaction running
 * a query for longer than a second (a measured request left behind) is terminated, and the run
 * waits (bounded) until none is left. Short ones are left alone: a server's own periodic checks
 * open a transaction every few hundred milliseconds, and terminating each new one kept the first
 * version of this step busy until its 60 s deadline before every run.
 */
const LEFT_BEHIND = `
SHOW TRANSACTIONS YIELD transactionId, currentQuery, elapsedTime
WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' AND elapsedTime.milliseconds >= $minElapsedMs
RETURN transactionId`;

const TERMINATE = 'TERMINATE TRANSACTIONS $ids';

export class Settler {
  private readonly driver: Driver;

  constructor(uri: string) {
    this.driver = neo4j.driver(uri, { scheme: 'none', principal: '', credentials: '' }, { disableLosslessIntegers: true });
  }

  /** Terminates what still runs; returns how many transactions were stopped (0: already quiet). */
  async settle(timeoutMs = 60_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    const stopped = new Set<string>();
    // A request the load left behind is a second old by the first look.
    await pause(1_000);
    for (;;) {
      const running = await this.run(LEFT_BEHIND, { minElapsedMs: 1_000 });
      if (running.length === 0 || Date.now() > deadline) return stopped.size;
      const ids = running.map((r) => r.transactionId as string);
      await this.run(TERMINATE, { ids });
      for (const id of ids) stopped.add(id);
      await pause(500);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  // Transaction commands run in an auto-commit transaction of their own.
  private async run(cypher: string, params: Record<string, unknown>): Promise<Array<Record<string, unknown>>> {
    const session = this.driver.session({ database: 'neo4j' });
    try {
      const result = await session.run(cypher, params);
      return result.records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
