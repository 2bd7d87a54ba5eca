import { extractDraft } from '../../src/extraction/extract-draft';

/**
 * Issue 18, second round: rules for reports the extractor has never seen, each on short sentences
 * of our own (no report's text). Titles outside the first lexicons, the "Name, Title" order in a
 * pair of heads, sides told before the name, countries joined by "and" that are no side, and
 * venues in the locative after a Slavic preposition.
 */
const heads = (text: string, publishedAt = '2024-03-01') => extractDraft(text, { publishedAt }).heads.map((h) => [h.nameAsWritten, h.country, h.title, h.rank]);

describe('titles outside the first lexicons', () => {
  it('reads Foreign Secretary, Permanent Secretary, Deputy Secretary of State and Secretary General', () => {
    expect(heads('Nepal and India held Foreign Office Consultations in Kathmandu. The Indian side was led by Foreign Secretary Arun Mehta, the Nepalese one by Foreign Secretary Bina Thapa.')).toEqual([
      ['Arun Mehta', 'IN', 'Foreign Secretary', 'OTHER'],
      ['Bina Thapa', 'NP', 'Foreign Secretary', 'OTHER'],
    ]);
    expect(heads('Egypt and Kenya held political consultations in Nairobi. The Kenyan delegation was headed by Principal Secretary Otieno Kamau, the Egyptian one by Deputy Minister Hossam Fathy.')[0]).toEqual(['Otieno Kamau', 'KE', 'Permanent Secretary', 'OTHER']);
    expect(heads('Japan and the United States held consultations in Tokyo. The American delegation was led by Deputy Secretary of State Mark Dalton, the Japanese one by Vice-Minister for Foreign Affairs Ken Mori.')[0]).toEqual(['Mark Dalton', 'US', 'Deputy Secretary of State', 'DEPUTY_MINISTER']);
  });

  it('a name that begins like a country ("Armen" for Armenia) is a name, not a side', () => {
    expect(heads('Armenia and Greece held political consultations in Athens. The Armenian delegation was led by Secretary General of the Ministry of Foreign Affairs Armen Petrosyan.')).toEqual([['Armen Petrosyan', 'AM', 'Secretary-General', 'OTHER']]);
  });

  it('an office before a courtesy Ambassador is the rank, even across a portfolio or a comma', () => {
    expect(heads('Egypt and Kenya held political consultations in Cairo. The Egyptian delegation was headed by Assistant Minister of Foreign Affairs for African Affairs Ambassador Samir Adel.')).toEqual([['Samir Adel', 'EG', 'Assistant Foreign Minister', 'OTHER']]);
    expect(heads('O Brasil e Angola realizaram consultas políticas em Brasília. A delegação brasileira foi chefiada pela Secretária-Geral das Relações Exteriores, embaixadora Ana Lúcia Prado.')).toEqual([['Ana Lúcia Prado', 'BR', 'Secretary-General', 'OTHER']]);
  });
});

describe('who holds which title', () => {
  it('"X, Title …, and Y, Title …": each name before its own title', () => {
    expect(heads('The third political consultations between South Korea and Australia were co-chaired by Lee Min-ho, Deputy Minister for Political Affairs of the Ministry of Foreign Affairs, and Sarah Quinn, Secretary of the Department of Foreign Affairs and Trade of Australia.')).toEqual([
      ['Lee Min-ho', 'KR', 'Deputy Minister of Foreign Affairs', 'DEPUTY_MINISTER'],
      ['Sarah Quinn', 'AU', 'Secretary of the Department of Foreign Affairs and Trade', 'OTHER'],
    ]);
  });

  it('the side named before "Name, title" ("la délégation marocaine … par X, ministre")', () => {
    expect(heads('Le Maroc et la Hongrie ont tenu des consultations politiques à Budapest. La délégation marocaine était conduite par M. Karim Alami, ministre des Affaires étrangères, et la délégation hongroise par M. László Kovács, ministre des Affaires étrangères.')).toEqual([
      ['Karim Alami', 'MA', 'Minister of Foreign Affairs', 'MINISTER'],
      ['László Kovács', 'HU', 'Minister of Foreign Affairs', 'MINISTER'],
    ]);
  });

  it('"between A and B" names the parties, not the side of the head after it; no side is guessed', () => {
    const draft = extractDraft('La reunión de consultas políticas entre Chile y Nepal se celebró en Santiago, presidida por la viceministra Rosa Vidal y el viceministro Hari Sharma.');
    expect(draft.heads.map((h) => [h.nameAsWritten, h.country])).toEqual([
      ['Rosa Vidal', null],
      ['Hari Sharma', null],
    ]);
  });

  it('two heads whose sides are nowhere stated are not given the countries in alphabetical order', () => {
    const draft = extractDraft('Consultations between Japan and the United States will be held next week. Deputy Secretary Paul Grant will meet Vice-Minister Ken Mori.');
    expect(draft.heads.map((h) => h.country)).toEqual([null, null]);
  });
});

describe('venues in the locative after a Slavic preposition', () => {
  it.each([
    ['pl', 'W Warszawie odbyły się konsultacje polityczne między Polską a Litwą.', 'Warsaw'],
    ['pl', 'W Wilnie odbyły się konsultacje polityczne między Polską a Litwą.', 'Vilnius'],
    ['cs', 'V Praze se konaly politické konzultace mezi Českem a Slovenskem.', 'Prague'],
    ['uk', 'У Києві відбулися політичні консультації між Україною та Литвою.', 'Kyiv'],
  ] as const)('%s: %s', (language, text, city) => {
    const draft = extractDraft(text);
    expect(draft.language).toBe(language);
    expect(draft.city).toBe(city);
    expect(draft.format).toBe('IN_PERSON');
  });
});

describe('names and places around the heads', () => {
  it('a Turkish name ending in a vowel keeps it: only Turkic case endings after their stems are taken off', () => {
    const draft = extractDraft('Türkiye ile Gürcistan arasında siyasi istişareler Ankara’da yapıldı. Gürcü heyetine Dışişleri Bakan Yardımcısı Nika Gelovania başkanlık etti.');
    expect(draft.heads.map((h) => h.name)).toEqual(['Nika Gelovania']);
  });

  it('a city in front of a name is the place, and a park named after someone is no person', () => {
    const draft = extractDraft('Xarici işlər nazirinin müavini Elçin Məmmədov Gürcüstana səfərdədir. Nazir müavini səfərinə Tbilisidə Nizami Gəncəvi adına parkı ziyarət edərək başlayıb. Səfər çərçivəsində siyasi məsləhətləşmələr keçiriləcək.');
    expect(draft.heads.map((h) => h.nameAsWritten)).toEqual(['Elçin Məmmədov']);
    expect(draft.city).toBe('Tbilisi');
  });

  it('Persian words of the genre are not a name ("در این نشست", "ریاست هیئت‌ها")', () => {
    const draft = extractDraft('دور سوم رایزنی‌های سیاسی ایران و ترکیه در تهران برگزار شد. در این نشست رضا نجفی معاون وزیر امور خارجه و احمد یلماز معاون وزیر امور خارجه ترکیه ریاست هیئت‌ها را بر عهده داشتند.');
    expect(draft.heads.map((h) => [h.nameAsWritten, h.country])).toEqual([
      ['رضا نجفی', 'IR'],
      ['احمد یلماز', 'TR'],
    ]);
  });

  it('an abbreviation ("ds.", "ks.") does not end the sentence; a country after "w" is a place, not a side', () => {
    const draft = extractDraft('Wiceminister Anna Lis spotkała się z przebywającym w Polsce podsekretarzem ds. Stosunków Zagranicznych ks. prałatem Tomaszem Nowickim.', { language: 'pl' });
    const named = draft.heads.find((h) => h.nameAsWritten === 'Tomaszem Nowickim');
    expect(named?.name).toBe('Tomasz Nowicki');
    expect(named?.country).toBeNull();
  });
});

describe('more titles and tenses', () => {
  it('a State Secretary who is Deputy Minister ranks as Deputy Minister; vice-ministers in Ukrainian, Secretary-General in German', () => {
    expect(heads('Статс-секретарь – заместитель министра иностранных дел России Олег Смирнов провел консультации с заместителем министра иностранных дел Грузии Ираклием Беридзе в Вене.')[0]).toEqual(['Олег Смирнов', 'RU', 'State Secretary – Deputy Minister of Foreign Affairs', 'DEPUTY_MINISTER']);
    expect(heads('У Києві відбулися політичні консультації між Україною та Литвою. Українську делегацію очолив заступник міністра закордонних справ Андрій Коваль, литовську — віцеміністр закордонних справ Йонас Петраускас.')[1]).toEqual(['Йонас Петраускас', 'LT', 'Vice Minister of Foreign Affairs', 'DEPUTY_MINISTER']);
    expect(heads('In Wien fanden politische Konsultationen zwischen Deutschland und Österreich statt. Die österreichische Delegation leitete der Generalsekretär Johann Berger.')).toEqual([['Johann Berger', 'AT', 'Secretary-General', 'OTHER']]);
  });

  it('a Portuguese past tense ("realizaram") is not a future ("realizará")', () => {
    expect(extractDraft('O Brasil e Angola realizaram em Brasília a terceira reunião de consultas políticas.').status).toBe('HELD');
    expect(extractDraft('O Brasil e Angola realizarão em Brasília a terceira reunião de consultas políticas.').status).toBe('PLANNED');
  });

  it('a Belgian delegation is Belgium\'s side in French ("la délégation belge")', () => {
    expect(heads('Des consultations politiques entre la Belgique et le Sénégal se sont tenues à Dakar. La délégation belge était conduite par Marc Peeters, directeur général, et la délégation sénégalaise par Awa Diop, directrice générale.')).toEqual([
      ['Marc Peeters', 'BE', 'Director-General', 'DIRECTOR_GENERAL'],
      ['Awa Diop', 'SN', 'Director-General', 'DIRECTOR_GENERAL'],
    ]);
  });
});

describe('offices that name their country', () => {
  it('a Deputy Secretary of State is the United States\' head; the other side follows by elimination', () => {
    const draft = extractDraft('Consultations between Japan and the United States will be held next week. Deputy Secretary of State Paul Grant will meet Vice-Minister Ken Mori.');
    expect(draft.heads.map((h) => [h.nameAsWritten, h.country])).toEqual([
      ['Paul Grant', 'US'],
      ['Ken Mori', 'JP'],
    ]);
  });
});
