import { hashApiKey } from '../../src/auth/api-keys';
import { exportRecords } from '../../src/graph/export/export-records';
import { editorSuite } from '../support/editor-suite';
import { timelineKey } from '../../src/domain/timeline-key';

const EDITOR_KEY = 'edits-editor-key-for-tests-only';
const RECORD = 'mutation($input: RecordConsultationInput!) { recordConsultation(input: $input) { id date sources { id } participants { official { id } } } }';
const MERGE_OFFICIALS = `mutation($keep: ID!, $remove: ID!, $allow: Boolean, $reason: String) {
  mergeOfficials(keep: $keep, remove: $remove, allowDifferentCountries: $allow, reason: $reason) { id aliases } }`;
const ENTRY = 'id action actor reason at targetIds undone undoneBy';
const UNDO = `mutation($id: ID!) { undo(auditId: $id) { ${ENTRY} } }`;
const LOG = `query($first: Int, $after: String) { auditLog(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ENTRY} } } } }`;

/**
 * Issue 15, items 3 and 4 as the issue tells them, and what makes an edit safe: every merge,
 * deletion and retraction is in the audit log, an undo gives back the very export there was
 * before the edit, and a refused edit (or undo) changes nothing.
 */
describe('audited, reversible edits; one event per meeting (issue 15, items 3 and 4)', () => {
  const suite = editorSuite(EDITOR_KEY);

  const send = suite.send;
  /** The whole graph as `npm run export` writes it. */
  const exported = async () => {
    const lines: string[] = [];
    for await (const row of exportRecords(suite.graph)) lines.push(JSON.stringify(row));
    return lines.join('\n');
  };
  const latestEntry = async () => (await send(LOG, { first: 1 })).data.auditLog.edges[0].node;
  const report = (countries: [string, string], date: string, source: string, extra: Record<string, unknown> = {}) => ({
    kind: 'POLITICAL_CONSULTATIONS',
    status: 'HELD',
    date,
    countries,
    sources: [{ id: source, language: 'en', title: 'Test report written for the edits suite' }],
    ...extra,
  });
  const recorded = async (input: Record<string, unknown>) => {
    const answer = await send(RECORD, { input });
    expect(answer.errors).toBeUndefined();
    return answer.data.recordConsultation as { id: string; date: string; sources: Array<{ id: string }>; participants: Array<{ official: { id: string } }> };
  };

  describe('3. a merge of officials of different countries', () => {
    let estonian: string;
    let georgian: string;
    beforeAll(async () => {
      const event = await recorded(
        report(['EE', 'GE'], '2021-09-20', 'edits-ee-ge-2021', {
          city: 'Tallinn',
          participants: [
            { name: 'Rein Tammsaar-Test', country: 'EE', rank: 'DEPUTY_MINISTER', title: 'Undersecretary for Political Affairs' },
            { name: 'Giorgi Kapanadze-Test', country: 'GE', rank: 'DEPUTY_MINISTER', title: 'Deputy Minister of Foreign Affairs' },
          ],
        }),
      );
      [estonian, georgian] = [event.participants[0].official.id, event.participants[1].official.id];
      expect(estonian).toMatch(/^ee-/);
      expect(georgian).toMatch(/^ge-/);
    });

    it('is refused, naming both countries, and changes nothing', async () => {
      const before = await exported();
      const entries = (await send(LOG, { first: 1 })).data.auditLog.totalCount;
      const refused = await send(MERGE_OFFICIALS, { keep: georgian, remove: estonian });
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].message).toMatch(/Estonia \(EE\)/);
      expect(refused.errors?.[0].message).toMatch(/Georgia \(GE\)/);
      expect(refused.errors?.[0].extensions.fields.map((f: { field: string }) => f.field)).toEqual(['remove', 'keep']);
      // Allowed without a reason: refused before anything is read.
      const noReason = await send(MERGE_OFFICIALS, { keep: georgian, remove: estonian, allow: true });
      expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'reason', message: 'is required with allowDifferentCountries' }] });
      expect(await exported()).toBe(before);
      expect((await send(LOG, { first: 1 })).data.auditLog.totalCount).toBe(entries);
    });

    it('is made when allowed with a reason, audited, and undone exactly', async () => {
      const before = await exported();
      const merged = await send(MERGE_OFFICIALS, { keep: georgian, remove: estonian, allow: true, reason: 'test: one person recorded under two countries' });
      expect(merged.errors).toBeUndefined();
      expect(merged.data.mergeOfficials.aliases).toContain('Rein Tammsaar-Test');
      expect(await exported()).not.toBe(before);
      const entry = await latestEntry();
      expect(entry).toMatchObject({
        action: 'MERGE_OFFICIALS',
        actor: `key:${hashApiKey(EDITOR_KEY).slice(7, 15)}`,
        reason: 'test: one person recorded under two countries',
        targetIds: [georgian, estonian],
        undone: false,
        undoneBy: null,
      });
      expect(Number.isNaN(Date.parse(entry.at))).toBe(false);

      const undone = await send(UNDO, { id: entry.id });
      expect(undone.errors).toBeUndefined();
      expect(undone.data.undo).toMatchObject({ id: entry.id, undone: true, undoneBy: entry.actor });
      expect(await exported()).toBe(before);
      const estonia = await suite.api.graphql<any>(`{ official(id: "${estonian}") { name country { code } aliases } }`);
      expect(estonia.data.official).toEqual({ name: 'Rein Tammsaar-Test', country: { code: 'EE' }, aliases: [] });

      // Twice: a typed error, nothing written.
      const again = await send(UNDO, { id: entry.id });
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'auditId' }] });
      expect(await exported()).toBe(before);
      const unknown = await send(UNDO, { id: 'no-such-entry' });
      expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('4. one meeting reported as "June 2023" and as "14 June 2023"', () => {
    const head = { name: 'Ilgar Mammadov-Test', country: 'AZ', rank: 'DEPUTY_MINISTER' };
    const partner = { name: 'Kairat Umarov-Test', country: 'KZ', rank: 'DEPUTY_MINISTER' };

    it('refines the stored event instead of making a second one', async () => {
      const month = await recorded(report(['AZ', 'KZ'], '2023-06', 'edits-az-kz-month', { participants: [head] }));
      const day = await recorded(report(['AZ', 'KZ'], '2023-06-14', 'edits-az-kz-day', { participants: [head, partner] }));
      expect(day.id).toBe(month.id);
      expect(day.date).toBe('2023-06-14');
      expect(day.sources.map((s) => s.id).sort()).toEqual(['edits-az-kz-day', 'edits-az-kz-month']);
      const events = await suite.api.graphql<any>('{ consultations(filter: { between: ["AZ", "KZ"], from: "2023-06-01", to: "2023-06-30" }) { totalCount } }');
      expect(events.data.consultations.totalCount).toBe(1);
    });

    it('keeps two events when the reports cannot be one meeting (another city, another head)', async () => {
      const tashkent = await recorded(report(['AZ', 'UZ'], '2023-06', 'edits-az-uz-month', { city: 'Tashkent', participants: [head] }));
      const baku = await recorded(report(['AZ', 'UZ'], '2023-06-14', 'edits-az-uz-day', { city: 'Baku', participants: [head] }));
      expect(baku.id).not.toBe(tashkent.id);
      const other = await recorded(report(['AZ', 'UZ'], '2023-07-03', 'edits-az-uz-other', { participants: [{ ...head, name: 'Elmar Quliyev-Test' }] }));
      const sameMonth = await recorded(report(['AZ', 'UZ'], '2023-07', 'edits-az-uz-july', { participants: [head] }));
      expect(sameMonth.id).not.toBe(other.id);
    });

    it('lets an editor merge two events of one meeting, audited, and undo the merge exactly', async () => {
      const keep = await recorded(report(['AZ', 'TM'], '2022-11-02', 'edits-az-tm-a', { city: 'Ashgabat', round: [{ number: 3, statedAs: 'third round', source: 'edits-az-tm-a' }] }));
      const remove = await recorded(report(['AZ', 'TM'], '2022-11-03', 'edits-az-tm-b', { city: 'Ashgabat', participants: [head] }));
      expect(remove.id).not.toBe(keep.id);
      const before = await exported();
      const merged = await send(
        'mutation($keep: ID!, $remove: ID!) { mergeConsultations(keep: $keep, remove: $remove, reason: "test: one round, two dates") { id sources { id } participants { official { id } } round { number origin } } }',
        { keep: keep.id, remove: remove.id },
      );
      expect(merged.errors).toBeUndefined();
      expect(merged.data.mergeConsultations.sources.map((s: { id: string }) => s.id)).toEqual(['edits-az-tm-a', 'edits-az-tm-b']);
      expect(merged.data.mergeConsultations.participants).toHaveLength(1);
      expect(merged.data.mergeConsultations.round).toEqual({ number: 3, origin: 'STATED' });
      expect((await suite.api.graphql<any>(`{ consultation(id: "${remove.id}") { id } }`)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const entry = await latestEntry();
      expect(entry).toMatchObject({ action: 'MERGE_CONSULTATIONS', targetIds: [keep.id, remove.id], reason: 'test: one round, two dates' });
      expect((await send(UNDO, { id: entry.id })).errors).toBeUndefined();
      expect(await exported()).toBe(before);
    });

    it('lets an editor delete an event and retract a round statement, each undone exactly', async () => {
      const event = await recorded(report(['AZ', 'MN'], '2020-02-11', 'edits-az-mn', { round: [{ number: 2, statedAs: 'second round', source: 'edits-az-mn' }] }));
      const before = await exported();
      const retracted = await send(
        'mutation($id: ID!) { retractStatement(consultationId: $id, sourceId: "edits-az-mn", fact: ROUND, reason: "test: the report misread the round") { round { number origin statements { number } } } }',
        { id: event.id },
      );
      expect(retracted.errors).toBeUndefined();
      expect(retracted.data.retractStatement.round).toMatchObject({ number: null, origin: 'UNKNOWN', statements: [] });
      expect((await send(UNDO, { id: (await latestEntry()).id })).errors).toBeUndefined();
      expect(await exported()).toBe(before);

      const deleted = await send(`mutation($id: ID!) { deleteConsultation(id: $id, reason: "test: not a consultation") { ${ENTRY} } }`, { id: event.id });
      expect(deleted.errors).toBeUndefined();
      expect(deleted.data.deleteConsultation).toMatchObject({ action: 'DELETE_CONSULTATION', targetIds: [event.id], undone: false });
      expect((await suite.api.graphql<any>(`{ consultation(id: "${event.id}") { id } }`)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await send(UNDO, { id: deleted.data.deleteConsultation.id })).errors).toBeUndefined();
      expect(await exported()).toBe(before);
    });

    it('refuses a retraction of what the source does not state, and an undo of an edit whose targets changed since, writing nothing', async () => {
      const event = await recorded(report(['AZ', 'MN'], '2021-05-05', 'edits-az-mn-2021', { city: 'Ulaanbaatar' }));
      const before = await exported();
      const refused = await send(
        'mutation($id: ID!) { retractStatement(consultationId: $id, sourceId: "edits-az-mn-2021", fact: ROUND, reason: "test") { id } }',
        { id: event.id },
      );
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'fact' }] });
      const noOfficial = await send(
        'mutation($id: ID!) { retractStatement(consultationId: $id, sourceId: "edits-az-mn-2021", fact: TITLE, reason: " ") { id } }',
        { id: event.id },
      );
      expect(noOfficial.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await exported()).toBe(before);

      const retracted = await send(
        'mutation($id: ID!) { retractStatement(consultationId: $id, sourceId: "edits-az-mn-2021", fact: CITY, reason: "test: the dateline, not the venue") { city } }',
        { id: event.id },
      );
      expect(retracted.data.retractStatement.city).toBeNull();
      const entry = await latestEntry();
      // A later report of the same event: the retraction's target changed.
      await recorded(report(['AZ', 'MN'], '2021-05-05', 'edits-az-mn-2021-b', { city: 'Ulaanbaatar' }));
      const changed = await exported();
      const conflict = await send(UNDO, { id: entry.id });
      expect(conflict.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(await exported()).toBe(changed);
      expect((await send(LOG, { first: 1 })).data.auditLog.edges[0].node).toMatchObject({ id: entry.id, undone: false });
    });
  });

  describe('a merge of an official flagged as a possible duplicate', () => {
    const duplicatesOf = async (ids: string[]) => {
      const fields = ids.map((_, i) => `o${i}: official(id: $id${i}) { id possibleDuplicates { id } }`).join(' ');
      const answer = await send(`query(${ids.map((_, i) => `$id${i}: ID!`).join(', ')}) { ${fields} }`, Object.fromEntries(ids.map((id, i) => [`id${i}`, id])));
      expect(answer.errors).toBeUndefined();
      return Object.fromEntries(
        Object.values(answer.data as Record<string, any>).map((o) => [o.id, o.possibleDuplicates.map((d: { id: string }) => d.id).sort()]),
      ) as Record<string, string[]>;
    };
    const headOf = async (date: string, name: string) =>
      (await recorded(report(['AZ', 'GE'], date, `edits-dup-${date}`, { participants: [{ name, country: 'AZ' }] }))).participants[0].official.id;

    it('moves its flags to the kept official (the flag between the two is settled) and the undo restores every flag', async () => {
      const ramiz = await headOf('2018-01-11', 'Ramiz Sultanli');
      const ramil = await headOf('2018-02-12', 'Ramil Sultanli');
      const flagged = await headOf('2018-03-13', 'R. Sultanli');
      const ids = [ramiz, ramil, flagged];
      expect(new Set(ids).size).toBe(3);
      const flagsBefore = await duplicatesOf(ids);
      expect(flagsBefore).toEqual({ [ramiz]: [flagged], [ramil]: [flagged], [flagged]: [ramil, ramiz].sort() });
      const before = await exported();

      const merged = await send(MERGE_OFFICIALS, { keep: ramiz, remove: flagged, reason: 'test: R. Sultanli is Ramiz' });
      expect(merged.errors).toBeUndefined();
      // The doubt between R. Sultanli and Ramil is now a doubt between Ramiz and Ramil.
      expect(await duplicatesOf([ramiz, ramil])).toEqual({ [ramiz]: [ramil], [ramil]: [ramiz] });

      const undone = await send(UNDO, { id: (await latestEntry()).id });
      expect(undone.errors).toBeUndefined();
      expect(await exported()).toBe(before);
      expect(await duplicatesOf(ids)).toEqual(flagsBefore);
    });
  });

  it('pages through the audit log, newest first', async () => {
    const all = await send(LOG, { first: 100 });
    const total = all.data.auditLog.totalCount as number;
    expect(total).toBeGreaterThanOrEqual(5);
    const times = all.data.auditLog.edges.map((e: { node: { at: string } }) => Date.parse(e.node.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const answer = await send(LOG, { first: 2, after });
      expect(answer.errors).toBeUndefined();
      seen.push(...answer.data.auditLog.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!answer.data.auditLog.pageInfo.hasNextPage) break;
      after = answer.data.auditLog.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.data.auditLog.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(seen).toHaveLength(total);
    const anonymous = await suite.api.graphql<any>('{ auditLog(first: 1) { totalCount } }');
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  // The timeline index (migration 8) lists a country's events by these keys: one gone stale would
  // drop an event from a timeline page or misplace it.
  it("keeps every event's timeline keys on its country and shown date through the refinements, merges, deletions and undos above", async () => {
    const rows = await suite.graph.read<{ code: string; sortDate: string; key: string | null }>(
      'MATCH (c:Consultation)-[t:BETWEEN]->(k:Country) RETURN k.code AS code, c.sortDate AS sortDate, t.timeline AS key',
    );
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.key !== timelineKey(r.code, r.sortDate))).toEqual([]);
  });
});
