import { extractDraft } from '../../src/extraction/extract-draft';

/**
 * Issue 18, third round: general rules for real reports never seen here, each on short
 * sentences of our own (no report's text).
 */
const draft = (text: string, publishedAt: string | null = '2024-03-01') => extractDraft(text, { publishedAt });
const heads = (text: string, publishedAt?: string | null) => draft(text, publishedAt).heads.map((h) => [h.nameAsWritten, h.latinName, h.country, h.title, h.rank]);

describe('the press of a one-state language leaves its own country out', () => {
  it('an Azerbaijani release naming only Georgia: the talks are Azerbaijan\'s, and so is its unsided head', () => {
    const d = draft('Xarici işlər nazirinin müavini Rauf Məmmədov Tbilisiyə səfər edəcək. Səfər çərçivəsində Gürcüstan ilə siyasi məsləhətləşmələr keçiriləcək.');
    expect(d.countries).toEqual(['AZ', 'GE']);
    expect(d.heads.map((h) => [h.nameAsWritten, h.country])).toEqual([['Rauf Məmmədov', 'AZ']]);
  });

  it('a language of several states adds no country', () => {
    expect(draft('Le vice-ministre Paul Martin a tenu des consultations politiques avec la Géorgie.').countries).toEqual(['GE']);
  });
});

describe('the Holy See as a party', () => {
  it('a Polish under-secretary of the Holy See, in the instrumental, is the Vatican head in the nominative', () => {
    expect(heads('Wiceminister Anna Nowak spotkała się z podsekretarzem ds. Relacji z Państwami Stolicy Apostolskiej ks. prałatem Tomaszem Rossim w ramach polsko-watykańskich konsultacji politycznych.')).toEqual([
      ['Anna Nowak', 'Anna Nowak', 'PL', 'Deputy Minister', 'DEPUTY_MINISTER'],
      ['Tomaszem Rossim', 'Tomasz Rossi', 'VA', 'Under-Secretary', 'DEPUTY_MINISTER'],
    ]);
  });
});

describe('capitals for their states, and a dual title before two names', () => {
  it('"between Khartoum and Cairo" names the two parties', () => {
    expect(draft('The foreign ministry said the second round of political consultations between Khartoum and Cairo will open next week.').countries).toEqual(['EG', 'SD']);
    // Without "between" a capital is a place only.
    expect(draft('Political consultations were held in Cairo with Kenya.').countries).toEqual(['KE']);
  });

  it('Arabic "وزيري الخارجية في البلدين، X، وY": both names, the sides unstated', () => {
    expect(heads('قالت الوزارة إن المشاورات السياسية بين الخرطوم والقاهرة ستكون برئاسة وزيري الخارجية في البلدين، أحمد سالم، ومحمود فريد.').map((h) => [h[0], h[2], h[4]])).toEqual([
      ['أحمد سالم', null, 'MINISTER'],
      ['محمود فريد', null, 'MINISTER'],
    ]);
  });
});

describe('a plural title before two names, each with its demonym', () => {
  it('"les vice-ministres … chilien X et indien Y": the second name past its adjective, with its side', () => {
    expect(heads('Les vice-ministres des Affaires étrangères chilien Pablo Rojas et indien Arjun Mehta ont coprésidé la 3e consultation politique Chili-Inde.').map((h) => [h[0], h[2]])).toEqual([
      ['Pablo Rojas', 'CL'],
      ['Arjun Mehta', 'IN'],
    ]);
  });
});
