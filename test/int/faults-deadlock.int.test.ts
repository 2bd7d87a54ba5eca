import { Neo4jError, Transaction } from 'neo4j-driver';
import { editorSuite } from '../support/editor-suite';

const EDITOR_KEY = 'deadlock-editor-key-for-tests-only';
const RECORD = 'mutation($input: RecordConsultationInput!) { recordConsultation(input: $input) { id city } }';
/** Neo4j's own words for a lock or a deadlock: a client must never read them. */
const LOCK_TEXT = /deadlock|lock|Neo\.(Transient|Client|Database)Error|Forseti|transaction \d+/i;

/**
 * Issue 15 item 6, made deterministic: two outside transactions and the API's write form a lock
 * cycle on purpose. recordConsultation of a stored event locks the Consultation, then its Source,
 * then its head's Official. T1 holds the Source and T2 the Official; the write waits for the Source
 * holding the Consultation; T2 asks for the Consultation (waiting on the write); T1 commits, the
 * write goes on to the Official and closes the cycle: Neo4j aborts the younger, the write (or T2).
 * The client must get the write done (retried) or a typed CONFLICT/UNAVAILABLE, never lock text.
 */
describe('a deadlock between the API and outside transactions', () => {
  const suite = editorSuite(EDITOR_KEY, { resetAfter: true });
  const event = (extra: Record<string, unknown>) => ({
    kind: 'POLITICAL_CONSULTATIONS',
    status: 'HELD',
    date: '2017-05-05',
    countries: ['AZ', 'GE'],
    sources: [{ id: 'deadlock-src', language: 'en', title: 'Report written for the deadlock test' }],
    participants: [{ name: 'Deadlock Probeperson', country: 'AZ' }],
    ...extra,
  });
  /** Transactions of the database that wait for a lock, as Neo4j lists them. */
  const blocked = async () => {
    const rows = await suite.graph.driver.executeQuery("SHOW TRANSACTIONS YIELD transactionId, status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS n");
    return Number(rows.records[0].get('n'));
  };
  const until = async (what: string, holds: () => Promise<boolean>) => {
    const deadline = Date.now() + 60_000;
    while (!(await holds())) {
      if (Date.now() > deadline) throw new Error(`not reached within 60 s: ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  it('answers success (the deadlock retried) or a typed CONFLICT/UNAVAILABLE, never INTERNAL_SERVER_ERROR or lock text', async () => {
    const first = await suite.send(RECORD, { input: event({}) });
    expect(first.errors).toBeUndefined();
    const consultationId = first.data.recordConsultation.id as string;
    const official = await suite.graph.driver.executeQuery('MATCH (o:Official {name: $name}) RETURN o.id AS id', { name: 'Deadlock Probeperson' });
    const officialId = official.records[0].get('id') as string;

    const s1 = suite.graph.driver.session();
    const s2 = suite.graph.driver.session();
    let t1: Transaction | undefined;
    let t2: Transaction | undefined;
    try {
      t1 = s1.beginTransaction();
      await t1.run('MATCH (s:Source {id: $id}) SET s.deadlockProbe = 1', { id: 'deadlock-src' });
      // T2 holds many locks (ballast nodes of its own) and the Official: of the cycle Neo4j aborts the
      // transaction holding fewer locks, so the write is the one refused as a deadlock.
      t2 = s2.beginTransaction();
      await t2.run('UNWIND range(1, 500) AS i CREATE (:DeadlockBallast {i: i})');
      await t2.run('MATCH (o:Official {id: $id}) SET o.deadlockProbe = 1', { id: officialId });
      const before = await blocked();
      // The same event with a new fact (a city): written, not UNCHANGED.
      const answer = suite.send(RECORD, { input: event({ id: consultationId, city: 'Baku' }) });
      await until('the write waits for the Source', async () => (await blocked()) > before);

      const t2AsksForConsultation = t2.run('MATCH (c:Consultation {id: $id}) SET c.deadlockProbe = 1 RETURN c.id', { id: consultationId }).then(
        () => null,
        (error: unknown) => error,
      );
      await until('T2 waits for the Consultation', async () => (await blocked()) > before + 1);
      await t1.commit();
      t1 = undefined;

      // The write gave way (its transaction aborted as a deadlock, retried by the API once T2 is done), so T2 goes through.
      const t2Error = await t2AsksForConsultation;
      expect({ t2: (t2Error as Neo4jError | null)?.code ?? null }).toEqual({ t2: null });
      await t2.commit();
      t2 = undefined;

      const response = await answer;
      const text = JSON.stringify(response.errors ?? []);
      expect(text).not.toMatch(LOCK_TEXT);
      if (response.errors) {
        expect(response.errors.map((e) => e.extensions?.code)).toEqual(response.errors.map(() => expect.stringMatching(/^(CONFLICT|UNAVAILABLE)$/)));
      } else {
        expect(response.data.recordConsultation).toEqual({ id: consultationId, city: 'Baku' });
      }
    } finally {
      await t1?.rollback().catch(() => undefined);
      await t2?.rollback().catch(() => undefined);
      await s1.close();
      await s2.close();
      await suite.graph.driver.executeQuery('MATCH (n:DeadlockBallast) DELETE n');
    }
  }, 180_000);
});
