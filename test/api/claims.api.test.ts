import { importRecords } from '../../src/import/import-records';
import { SourceLine } from '../../src/import/source-lines';
import { editorSuite } from '../support/editor-suite';

const EDITOR_KEY = 'claims-editor-key-for-tests-only';

/**
 * Issue 15, one test per numbered problem, each reproduced as the issue describes it, over real
 * HTTP and the import the CLI runs, on the seed.
 */
describe('every fact kept (issue 15)', () => {
  const suite = editorSuite(EDITOR_KEY);

  const send = suite.send;
  const lines = async function* (values: unknown[]): AsyncGenerator<SourceLine> {
    let line = 0;
    for (const value of values) yield { line: ++line, value };
  };
  const record = (date: string, source: string, extra: Record<string, unknown> = {}) => ({
    kind: 'POLITICAL_CONSULTATIONS',
    date,
    countries: ['AZ', 'GE'],
    sources: [{ id: source, language: 'en', title: 'Test report written for this suite' }],
    ...extra,
  });

  it('1. imports the valid line of a batch that also holds an unchanged line and an unknown official id', async () => {
    const stored = record('2019-03-01', 'claims-import-stored');
    await importRecords(suite.graph, lines([stored]));
    const summary = await importRecords(
      suite.graph,
      lines([
        stored,
        record('2019-04-01', 'claims-import-new'),
        record('2019-05-01', 'claims-import-bad', { participants: [{ officialId: 'zz-nobody', country: 'AZ' }] }),
      ]),
    );
    expect(summary.unchanged).toBe(1);
    expect(summary.created).toBe(1);
    expect(summary.rejected).toEqual([{ line: 3, reasons: ['participants[0].officialId: no official has id "zz-nobody"'] }]);
    const written = await suite.graph.read<{ id: string }>("MATCH (c:Consultation)-[:SUPPORTED_BY]->(:Source {id: 'claims-import-new'}) RETURN c.id AS id");
    expect(written).toHaveLength(1);
    const bad = await suite.graph.read("MATCH (c:Consultation)-[:SUPPORTED_BY]->(:Source {id: 'claims-import-bad'}) RETURN c.id AS id");
    expect(bad).toEqual([]);
  });

  it('2. a second source silent about a head\'s title and rank changes neither; conflicts are flagged, every statement listed', async () => {
    const iraqHeadCounterparts = async () => {
      const r = await suite.api.graphql<any>('{ official(id: "az-yalchin-rafiyev") { counterparts(rank: DEPUTY_MINISTER) { official { id } } } }');
      expect(r.errors).toBeUndefined();
      return r.data.official.counterparts.map((c: any) => c.official.id);
    };
    const before = await iraqHeadCounterparts();
    expect(before.length).toBeGreaterThan(0);
    const second = await send(
      `mutation($input: RecordConsultationInput!) { recordConsultation(input: $input) {
        id date city conflicts citations { source { id } date city }
        participants { official { id } title rank conflicts statements { source { id } title rank } } } }`,
      {
        input: {
          id: 'az-iq-political-consultations-2',
          kind: 'POLITICAL_CONSULTATIONS',
          date: '2025-04',
          city: 'Basra',
          countries: ['AZ', 'IQ'],
          participants: [{ name: 'Yalchin Rafiyev', country: 'AZ', sources: [{ source: 'claims-second-source' }] }],
          sources: [{ id: 'claims-second-source', language: 'en', title: 'A second test report, silent about titles' }],
        },
      },
    );
    expect(second.errors).toBeUndefined();
    const c = second.data.recordConsultation;
    expect(c.date).toBe('2025-04-20');
    expect(c.city).toBe('Baghdad');
    expect(c.conflicts).toEqual(['city']);
    expect(c.citations.find((x: any) => x.source.id === 'claims-second-source')).toEqual({ source: { id: 'claims-second-source' }, date: '2025-04', city: 'Basra' });
    const head = c.participants.find((p: any) => p.official.id === 'az-yalchin-rafiyev');
    expect(head).toMatchObject({ title: 'Deputy Minister of Foreign Affairs', rank: 'DEPUTY_MINISTER', conflicts: [] });
    expect(head.statements).toHaveLength(3);
    expect(await iraqHeadCounterparts()).toEqual(before);
  });

  it('5. an event before a stated round 5 is not given round 4: the range 1–4 is shown', async () => {
    const recorded = await send(
      'mutation($input: RecordConsultationInput!) { recordConsultation(input: $input) { id round { number origin atLeast atMost } } }',
      { input: { ...record('2019-06-11', 'claims-kz-be-2019'), countries: ['KZ', 'BE'] } },
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data.recordConsultation.round).toEqual({ number: null, origin: 'UNKNOWN', atLeast: 1, atMost: 4 });
    const stated = await suite.api.graphql<any>('{ consultation(id: "be-kz-political-consultations-2024-10-18") { round { number origin atLeast atMost } } }');
    expect(stated.data.consultation.round).toEqual({ number: 5, origin: 'STATED', atLeast: 5, atMost: 5 });
  });

  it('7. refuses an invalid record with every problem at once, each with a path in one form', async () => {
    const response = await send('mutation($input: RecordConsultationInput!) { recordConsultation(input: $input) { id } }', {
      input: record('2023-05-17', 'claims-invalid', {
        countries: ['AZ', 'Atlantis'],
        round: [{ number: 0, statedAs: 'zeroth round', source: 'claims-undeclared' }],
        participants: [{ name: '   ', country: 'AZ' }],
      }),
    });
    expect(response.data?.recordConsultation ?? null).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const fields = (response.errors![0].extensions.fields as Array<{ field: string }>).map((f) => f.field).sort();
    expect(fields).toEqual(['input.countries[1]', 'input.participants[0].name', 'input.round[0].number', 'input.round[0].source']);
  });

  it('8. JSONL import accepts country names in any language, as the API and CSV do', async () => {
    const summary = await importRecords(suite.graph, lines([record('2018-02-01', 'claims-country-names', { countries: ['Aserbaidschan', 'Belgien'] })]));
    expect(summary.rejected).toEqual([]);
    const [row] = await suite.graph.read<{ codes: string[] }>(
      "MATCH (c:Consultation)-[:SUPPORTED_BY]->(:Source {id: 'claims-country-names'}) RETURN c.countryCodes AS codes",
    );
    expect(row.codes).toEqual(['AZ', 'BE']);
  });

  it('9. `to:` leaves out undated events, as `from:` does', async () => {
    const ids = async (filter: string) => {
      const response = await suite.api.graphql<any>(`{ consultations(filter: ${filter}, first: 100) { edges { node { id date } } } }`);
      expect(response.errors).toBeUndefined();
      return response.data.consultations.edges.map((e: any) => e.node);
    };
    const undated = (nodes: Array<{ date: string | null }>) => nodes.filter((n) => n.date === null);
    expect(undated(await ids('{}')).length).toBeGreaterThan(0);
    expect(undated(await ids('{ to: "2021-12-31" }'))).toEqual([]);
    expect(undated(await ids('{ from: "2021-01-01" }'))).toEqual([]);
    expect((await ids('{ to: "2021-12-31" }')).map((n: any) => n.id)).toContain('az-lv-political-consultations-2020-10-26');
  });
});
