import { resetToSeed } from '../support/seeded-graph';
import { startTestApi, TestApi } from '../support/test-api';

/**
 * The eight questions of the product, over real HTTP against the real service and Neo4j,
 * loaded with the curated seed only.
 */
describe('the questions the graph answers', () => {
  let api: TestApi;
  beforeAll(async () => {
    await resetToSeed();
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  const ask = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const response = await api.graphql<T>(query, variables);
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
    return response.data!;
  };

  const idOf = async (name: string): Promise<string> => {
    const data = await ask<{ officials: { edges: Array<{ node: { id: string } }> } }>(
      'query($name: String!) { officials(name: $name, first: 1) { edges { node { id } } } }',
      { name },
    );
    return data.officials.edges[0].node.id;
  };

  describe('1. which deputy ministers met Jeroen Cooreman', () => {
    const QUERY = `query($name: String!) {
      officials(name: $name, first: 5) {
        totalCount
        edges { matchScore node { name country { code }
          counterparts(rank: DEPUTY_MINISTER) {
            official { name country { code } }
            consultations { date city round { number origin statedAs } sources { publisher language publishedAt } }
          } } }
      } }`;

    it.each(['Cooreman', 'Koreman', 'J. Koreman', 'Jeroen Cooreman', 'jeroen koreman'])('asked as "%s"', async (name) => {
      const data = await ask<any>(QUERY, { name });
      expect(data.officials.totalCount).toBe(1);
      const cooreman = data.officials.edges[0].node;
      expect(cooreman.name).toBe('Jeroen Cooreman');
      expect(cooreman.country.code).toBe('BE');
      const met = cooreman.counterparts.map((c: any) => ({
        name: c.official.name,
        country: c.official.country.code,
        meetings: c.consultations.map((m: any) => ({ date: m.date, city: m.city, round: m.round.number, origin: m.round.origin })),
      }));
      expect(met).toEqual([
        { name: 'Khalaf Khalafov', country: 'AZ', meetings: [{ date: '2022-04-04', city: 'Brussels', round: null, origin: 'UNKNOWN' }] },
        { name: 'Roman Vassilenko', country: 'KZ', meetings: [{ date: '2024-10-18', city: 'Brussels', round: 5, origin: 'STATED' }] },
      ]);
      const kz = cooreman.counterparts[1].consultations[0];
      expect(kz.round.statedAs).toBe('beşinci raund');
      expect(kz.sources).toEqual([{ publisher: 'EU Reporter', language: 'az', publishedAt: null }]);
    });

    it('does not count Cooreman, a director-general, among the deputies Vassilenko met', async () => {
      const data = await ask<any>(
        `{ officials(name: "Vassilenko") { edges { node { deputies: counterparts(rank: DEPUTY_MINISTER) { official { name } }
             directors: counterparts(rank: DIRECTOR_GENERAL) { official { name } } } } } }`,
      );
      const node = data.officials.edges[0].node;
      expect(node.deputies).toEqual([]);
      expect(node.directors).toEqual([{ official: { name: 'Jeroen Cooreman' } }]);
    });
  });

  describe('2. what round a pair is on', () => {
    const QUERY = `query($between: [String!]!) {
      consultationSeries(between: $between) {
        kind countries { code } currentRoundNumber nextRoundNumber
        rounds { date city status round { number origin statedAs } }
      } }`;

    it.each([[['KZ', 'BE']], [['BE', 'KZ']], [['Belçika', 'Qazaxıstan']], [['Бельгия', 'Казахстан']]])(
      'Kazakhstan–Belgium is on round 5, next 6 (asked as %j)',
      async (between) => {
        const { consultationSeries: s } = await ask<any>(QUERY, { between });
        expect(s.countries.map((c: any) => c.code)).toEqual(['BE', 'KZ']);
        expect(s.currentRoundNumber).toBe(5);
        expect(s.nextRoundNumber).toBe(6);
        expect(s.rounds).toEqual([
          { date: '2024-10-18', city: 'Brussels', status: 'HELD', round: { number: 5, origin: 'STATED', statedAs: 'beşinci raund' } },
        ]);
      },
    );

    it.each([[['AZ', 'IQ']], [['Irak', 'Aserbaidschan']], [['العراق', 'أذربيجان']]])('Azerbaijan–Iraq held round 2 in Baghdad, next 3 (%j)', async (between) => {
      const { consultationSeries: s } = await ask<any>(QUERY, { between });
      expect(s.currentRoundNumber).toBe(2);
      expect(s.nextRoundNumber).toBe(3);
      expect(s.rounds).toEqual([
        {
          date: '2025-04-20',
          city: 'Baghdad',
          status: 'HELD',
          round: { number: 2, origin: 'STATED', statedAs: 'zweite Sitzung der politischen Konsultationen' },
        },
      ]);
    });

    it.each([[['AZ', 'BE']], [['بلجيكا', 'Azərbaycan']], [['Belgien', 'Aserbaidschans']]])(
      'Azerbaijan–Belgium is honestly unknown, with the April 2022 event listed (%j)',
      async (between) => {
        const { consultationSeries: s } = await ask<any>(QUERY, { between });
        expect(s.currentRoundNumber).toBeNull();
        expect(s.nextRoundNumber).toBeNull();
        expect(s.rounds).toEqual([
          { date: '2022-04-04', city: 'Brussels', status: 'HELD', round: { number: null, origin: 'UNKNOWN', statedAs: 'nächste Runde' } },
        ]);
      },
    );
  });

  it('3. the Azerbaijan–Latvia intergovernmental commission plans its 8th meeting for 2021', async () => {
    const { consultationSeries: s } = await ask<any>(`{
      consultationSeries(between: ["Latvija", "Azerbaijan"], kind: INTERGOVERNMENTAL_COMMISSION) {
        kind currentRoundNumber nextRoundNumber
        rounds { status date datePrecision round { number origin } sources { publisher language publishedAt } }
      } }`);
    expect(s.kind).toBe('INTERGOVERNMENTAL_COMMISSION');
    expect(s.rounds).toEqual([
      {
        status: 'PLANNED',
        date: '2021',
        datePrecision: 'YEAR',
        round: { number: 8, origin: 'STATED' },
        sources: [{ publisher: 'AzVision', language: 'ar', publishedAt: '2020-10-26' }],
      },
    ]);
    expect(s.currentRoundNumber).toBeNull();
    expect(s.nextRoundNumber).toBe(8);
  });

  describe('4. whom Khalaf Khalafov met', () => {
    it.each(['خلف خلفوف', 'Chalaf Chalafov', 'Xələf Xələfov', 'Халаф Халафов', 'Ch. Chalafov', 'Khalafov'])('asked as "%s"', async (name) => {
      const data = await ask<any>(
        `query($name: String!) { officials(name: $name) { edges { node { name
            counterparts { official { name country { code } } consultations { date format } } } } } }`,
        { name },
      );
      const [first] = data.officials.edges;
      expect(first.node.name).toBe('Khalaf Khalafov');
      const met = first.node.counterparts
        .map((c: any) => ({ name: c.official.name, country: c.official.country.code, ...c.consultations[0] }))
        .sort((a: any, b: any) => a.country.localeCompare(b.country));
      expect(met).toEqual([
        { name: 'Jeroen Cooreman', country: 'BE', date: '2022-04-04', format: 'IN_PERSON' },
        { name: 'Jānis Mažeiks', country: 'LV', date: '2020-10-26', format: 'VIDEO_CONFERENCE' },
        { name: 'Sodiq Imomi', country: 'TJ', date: '2022-06-09', format: null },
      ]);
    });
  });

  it('5. only Azerbaijan–Latvia (2020-10-26) was held by video conference', async () => {
    const data = await ask<any>(`{ consultations(filter: { format: VIDEO_CONFERENCE }) {
      totalCount edges { node { date format countries { code } sources { publisher } } } } }`);
    expect(data.consultations.totalCount).toBe(1);
    expect(data.consultations.edges[0].node).toEqual({
      date: '2020-10-26',
      format: 'VIDEO_CONFERENCE',
      countries: [{ code: 'AZ' }, { code: 'LV' }],
      sources: [{ publisher: 'AzVision' }, { publisher: 'Ministry of Foreign Affairs of Latvia' }],
    });
  });

  it.each(['AZ', 'Aserbaidschan', 'أذربيجان', 'Azerbaiyán'])('6. Azerbaijan\'s partners, with dates (asked as "%s")', async (name) => {
    const data = await ask<any>(
      `query($name: String!) { countries(name: $name) { code name(lang: "de")
         partners { country { code name } diplomaticRelationsSince consultations { date status kind } } } }`,
      { name },
    );
    const [az] = data.countries;
    expect(az.code).toBe('AZ');
    expect(az.name).toBe('Aserbaidschan');
    const partners = az.partners.map((p: any) => [p.country.code, p.consultations.filter((c: any) => c.kind === 'POLITICAL_CONSULTATIONS').map((c: any) => c.date)]);
    expect(partners).toEqual([
      ['BE', ['2022-04-04']],
      ['IQ', ['2025-04-20']],
      ['LV', ['2020-10-26']],
      ['TJ', ['2022-06-09']],
    ]);
    expect(az.partners.find((p: any) => p.country.code === 'BE').diplomaticRelationsSince).toBe(1992);
    expect(az.partners.find((p: any) => p.country.code === 'TJ').diplomaticRelationsSince).toBe(1992);
  });

  it('7. the shortest meeting path from Vassilenko to Imomi runs through Cooreman and Khalafov', async () => {
    const [from, to] = [await idOf('Roman Vassilenko'), await idOf('Sodiq Imomi')];
    const data = await ask<any>('query($from: ID!, $to: ID!) { meetingPath(from: $from, to: $to) { name } }', { from, to });
    expect(data.meetingPath.map((o: any) => o.name)).toEqual(['Roman Vassilenko', 'Jeroen Cooreman', 'Khalaf Khalafov', 'Sodiq Imomi']);
    const short = await ask<any>('query($from: ID!, $to: ID!) { meetingPath(from: $from, to: $to, maxHops: 2) { name } }', { from, to });
    expect(short.meetingPath).toEqual([]);
  });

  it('8. every answer shows its sources, and the garbles and corrections beside each other', async () => {
    const data = await ask<any>(`{ consultations(first: 50) { totalCount edges { node { id
        sources { publisher language publishedAt title }
        citations { facts source { id caveats } }
        participants { official { name aliases } title rank statements { title rank nameAsWritten source { publisher language } } }
        sideMeetings { kind description organisation { name country { code } } participants { title rank official { id } country { code } } }
      } } } }`);
    expect(data.consultations.totalCount).toBe(7);
    for (const { node } of data.consultations.edges) {
      expect(node.sources.length).toBeGreaterThan(0);
      for (const source of node.sources) expect(source.language).toMatch(/^[a-z]{2}$/);
      for (const p of node.participants) expect(p.statements.length).toBeGreaterThan(0);
    }
    const iraq = data.consultations.edges.find((e: any) => e.node.id === 'az-iq-political-consultations-2').node;
    expect(iraq.sources.map((s: any) => s.publisher)).toEqual(['AZERTAC', null]);
    const head = iraq.participants.find((p: any) => p.official.name === 'Mohammed Hussein Bahr al-Uloom');
    expect(head.official.aliases).toContain('Mohammed Hussein Bahr al-ustroom');
    expect(head.statements.map((s: any) => s.nameAsWritten[0]).sort()).toEqual(['Mohammed Hussein Bahr al-Uloom', 'Mohammed Hussein Bahr al-ustroom']);
    expect(iraq.sideMeetings.map((m: any) => m.kind)).toEqual(['MEETING', 'MEETING', 'ROUNDTABLE']);
    expect(iraq.sideMeetings[0].participants).toEqual([{ title: 'Minister of Communications', rank: 'MINISTER', official: null, country: { code: 'IQ' } }]);
    expect(iraq.sideMeetings[2].organisation).toEqual({ name: 'Rewaq Baghdad Center for Public Policy', country: { code: 'IQ' } });

    const latvia = data.consultations.edges.find((e: any) => e.node.id === 'az-lv-political-consultations-2020-10-26').node;
    const mazeiks = latvia.participants.find((p: any) => p.official.name === 'Jānis Mažeiks');
    expect(mazeiks.rank).toBe('DEPUTY_MINISTER');
    expect(mazeiks.statements.map((s: any) => s.title).sort()).toEqual([
      'Deputy Minister of Foreign Affairs and Political Director',
      'Political Director, Deputy State Secretary',
    ]);

    const kazakh = data.consultations.edges.find((e: any) => e.node.id === 'be-kz-political-consultations-2024-10-18').node;
    expect(kazakh.citations[0].source.caveats.join(' ')).toMatch(/trade figures are garbled/);
  });

  it('finds nothing for an unknown name and refuses an unknown country, naming the argument', async () => {
    expect((await ask<any>('{ officials(name: "Zzyzx Qwerty") { totalCount edges { node { id } } } }')).officials).toEqual({ totalCount: 0, edges: [] });
    const bad = await api.graphql('{ officials(country: "Atlantis") { totalCount } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toMatch(/^country:/);
    const pair = await api.graphql('{ consultationSeries(between: ["AZ"]) { id } }');
    expect(pair.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(pair.errors?.[0].message).toMatch(/^between/);
  });
});
