import { hashApiKey } from '../../src/auth/api-keys';
import { resetToSeed } from '../support/seeded-graph';
import { heldRound, RECORD_CONSULTATION, sendWithKey } from '../support/editor';
import { startTestApi, TestApi } from '../support/test-api';

const EDITOR_KEY = 'editor-key-for-names-tests';

const OFFICIALS_OF = `query($country: String!, $name: String) {
  officials(country: $country, name: $name, first: 100) { totalCount edges { node { id name aliases possibleDuplicates { id name } } } } }`;

/** Names on write and on read (issue 15, items 10 and 11): one person stays one, different people stay different. */
describe('names on write and on read', () => {
  let api: TestApi;
  beforeAll(async () => {
    await resetToSeed();
    api = await startTestApi({ EDITOR_API_KEY_HASHES: hashApiKey(EDITOR_KEY) });
  });
  afterAll(() => api.stop());

  const record = async (countries: [string, string], date: string, participants: Array<{ name: string; country: string }>, language = 'en') => {
    const input = heldRound(countries, date, { participants: participants.map((p) => ({ ...p, rank: 'DEPUTY_MINISTER' })) });
    input.sources[0].language = language;
    const response = await sendWithKey(api, EDITOR_KEY, RECORD_CONSULTATION, { input });
    expect(response.errors).toBeUndefined();
  };
  const officialsOf = async (country: string, name?: string) =>
    (await api.graphql<any>(OFFICIALS_OF, { country, name })).data.officials.edges.map((e: any) => e.node);

  it('item 10: an official recorded in Latin and later written in Cyrillic is one official, named in Latin', async () => {
    await record(['GE', 'AM'], '2022-03-01', [{ name: 'Alexander Khvtisiashvili', country: 'GE' }, { name: 'Paruyr Hovhannisyan', country: 'AM' }]);
    await record(['GE', 'AM'], '2023-04-02', [{ name: 'Александр Хвтисиашвили', country: 'GE' }, { name: 'Паруйр Оганнисян', country: 'AM' }], 'ru');
    for (const [country, latin, cyrillic] of [['GE', 'Alexander Khvtisiashvili', 'Александр Хвтисиашвили'], ['AM', 'Paruyr Hovhannisyan', 'Паруйр Оганнисян']]) {
      const officials = await officialsOf(country);
      expect(officials).toEqual([{ id: expect.any(String), name: latin, aliases: [cyrillic], possibleDuplicates: [] }]);
      // Read by either spelling: the same official.
      expect((await officialsOf(country, cyrillic)).map((o: any) => o.id)).toEqual([officials[0].id]);
      expect((await officialsOf(country, latin)).map((o: any) => o.id)).toEqual([officials[0].id]);
    }
  });

  it('a new official first written in Cyrillic, Georgian or Arabic script is named in Latin, the spelling kept as an alias', async () => {
    await record(['UA', 'GE'], '2021-05-05', [{ name: 'Олег Кравченко', country: 'UA' }, { name: 'ლაშა დარსალია', country: 'GE' }], 'uk');
    await record(['IR', 'OM'], '2021-06-06', [{ name: 'عباس عراقچی', country: 'IR' }], 'fa');
    const ua = await officialsOf('UA');
    expect(ua).toEqual([{ id: 'ua-oleh-kravchenko', name: 'Oleh Kravchenko', aliases: ['Олег Кравченко'], possibleDuplicates: [] }]);
    const ge = (await officialsOf('GE', 'Lasha Darsalia')).map((o: any) => [o.name, o.aliases]);
    expect(ge).toEqual([['Lasha Darsalia', ['ლაშა დარსალია']]]);
    // Persian script writes no doubled letter: the rules read "Abas"; the Latin spelling still finds him.
    const [ir] = await officialsOf('IR');
    expect([ir.name, ir.aliases]).toEqual(['Abas Araghchi', ['عباس عراقچی']]);
    expect((await officialsOf('IR', 'Abbas Araghchi')).map((o: any) => o.id)).toEqual([ir.id]);
    // Written later in Latin: still that official.
    await record(['UA', 'GE'], '2022-05-05', [{ name: 'Oleh Kravchenko', country: 'UA' }]);
    expect((await officialsOf('UA')).map((o: any) => o.id)).toEqual(['ua-oleh-kravchenko']);
  });

  it('item 11: "Probe Person 0" … "Probe Person 48" for one country are 49 officials', async () => {
    const participants = Array.from({ length: 49 }, (_, i) => ({ name: `Probe Person ${i}`, country: 'EE' }));
    await record(['EE', 'LV'], '2020-01-01', participants);
    const officials = await officialsOf('EE');
    expect(officials).toHaveLength(49);
    expect(new Set(officials.map((o: any) => o.name))).toEqual(new Set(participants.map((p) => p.name)));
    expect(officials.every((o: any) => o.aliases.length === 0 && o.possibleDuplicates.length === 0)).toBe(true);
  });

  it('a name close to two people makes a new official flagged as a possible duplicate of both, readable from every side', async () => {
    await record(['AZ', 'MD'], '2019-02-02', [{ name: 'Ramiz Hasanov', country: 'AZ' }, { name: 'Ion Popescu', country: 'MD' }]);
    await record(['AZ', 'MD'], '2019-03-03', [{ name: 'Ramil Hasanov', country: 'AZ' }]);
    await record(['AZ', 'MD'], '2019-04-04', [{ name: 'R. Hasanov', country: 'AZ' }]);
    const byName = new Map((await officialsOf('AZ', 'Hasanov')).map((o: any) => [o.name, o]));
    expect([...byName.keys()].sort()).toEqual(['R. Hasanov', 'Ramil Hasanov', 'Ramiz Hasanov']);
    const flagged: any = byName.get('R. Hasanov');
    expect(flagged.possibleDuplicates.map((o: any) => o.name).sort()).toEqual(['Ramil Hasanov', 'Ramiz Hasanov']);
    expect((byName.get('Ramiz Hasanov') as any).possibleDuplicates).toEqual([{ id: flagged.id, name: 'R. Hasanov' }]);
    expect((byName.get('Ramil Hasanov') as any).possibleDuplicates).toEqual([{ id: flagged.id, name: 'R. Hasanov' }]);
    // The same report again finds the flagged official; the full name still finds its own person.
    await record(['AZ', 'MD'], '2019-04-04', [{ name: 'R. Hasanov', country: 'AZ' }]);
    await record(['AZ', 'MD'], '2019-05-05', [{ name: 'Ramiz Hasanov', country: 'AZ' }]);
    expect((await officialsOf('AZ', 'Hasanov')).length).toBe(3);
  });
});
