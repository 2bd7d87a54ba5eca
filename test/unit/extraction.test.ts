import fs from 'node:fs';
import path from 'node:path';
import { ExpectedArticle } from '../../src/extraction/evaluate';
import { extractDraft } from '../../src/extraction/extract-draft';

/**
 * The extractor alone (no graph): the five real seed articles field by field, then the traps of
 * the genre in small sentences of our own.
 */
const SEEDS = path.join(__dirname, '..', '..', '..', 'shared', 'seeds');
const seedsAvailable = fs.existsSync(path.join(SEEDS, 'answers.json'));
const answers: ExpectedArticle[] = seedsAvailable ? JSON.parse(fs.readFileSync(path.join(SEEDS, 'answers.json'), 'utf8')) : [];
const FORMATS = { in_person: 'IN_PERSON', video: 'VIDEO_CONFERENCE', phone: 'PHONE' } as const;
/**
 * Seeds whose answer dates the meeting although neither the text nor a publication date gives
 * the year (the answer took it from the trade figures): by issue 18 the extractor proposes no
 * date there rather than a guessed year.
 */
const YEAR_NOT_STATED = new Set(['001_9003eafc1a33b890.txt']);

(seedsAvailable ? describe : describe.skip)('the five seed articles', () => {
  it.each(answers.map((a) => [a.file, a] as const))('%s: every stated field', (_file, expected) => {
    const draft = extractDraft(fs.readFileSync(path.join(SEEDS, expected.file), 'utf8'), { publishedAt: expected.published });
    expect({
      language: draft.language,
      countries: draft.countries,
      date: draft.date,
      city: draft.city,
      format: draft.format,
      round: draft.round.number,
      heads: draft.heads.map((h) => ({ nameAsWritten: h.nameAsWritten, country: h.country, rank: h.rank })),
    }).toEqual({
      language: expected.language,
      countries: [...expected.countries].sort(),
      date: YEAR_NOT_STATED.has(expected.file) ? null : expected.date,
      city: expected.city,
      format: expected.format === null ? null : FORMATS[expected.format],
      round: expected.round,
      heads: expected.heads.map((h) => ({ nameAsWritten: h.nameAsWritten, country: h.country, rank: h.rank.toUpperCase() })),
    });
    // Every proposed value points at the text it came from.
    for (const e of draft.evidence) expect(e.end).toBeGreaterThan(e.start);
    for (const h of draft.heads) expect(fs.readFileSync(path.join(SEEDS, expected.file), 'utf8').slice(h.start, h.end)).toBe(h.nameAsWritten);
  });
});

describe('traps of the genre', () => {
  it('a dateline city is not the venue, and says so', () => {
    const draft = extractDraft(
      'Madrid, 3 de mayo (EFE)\nEl 2 de mayo de 2023 se celebraron consultas políticas entre los Ministerios de Asuntos Exteriores de España y Georgia. La delegación española estaba encabezada por la secretaria de Estado, Ana López Ruiz, y la georgiana por el viceministro de Asuntos Exteriores, Levan Beridze.',
      { publishedAt: '2023-05-03' },
    );
    expect(draft.city).toBeNull();
    expect(draft.format).toBeNull();
    expect(draft.date).toBe('2023-05-02');
    expect(draft.countries).toEqual(['ES', 'GE']);
    expect(draft.warnings.join(' ')).toMatch(/Madrid \(dateline\)/);
    expect(draft.heads.map((h) => [h.nameAsWritten, h.country, h.rank])).toEqual([
      ['Ana López Ruiz', 'ES', 'STATE_SECRETARY'],
      ['Levan Beridze', 'GE', 'DEPUTY_MINISTER'],
    ]);
  });

  it.each([
    ['de', 'In Wien fand die fünfte Runde der politischen Konsultationen zwischen Österreich und Georgien statt.', 5],
    ['az', 'Bakıda Azərbaycan və Gürcüstan arasında siyasi məsləhətləşmələrin 2-ci raundu keçirilib.', 2],
    ['ar', 'عقدت في الرياض الجولة الخامسة من المشاورات السياسية بين السعودية والأردن.', 5],
    ['es', 'En Lima se celebró la quinta ronda de consultas políticas entre Perú y Chile.', 5],
    ['ru', 'В Астане состоялся пятый раунд политических консультаций между Казахстаном и Венгрией.', 5],
    ['fr', 'Le cinquième cycle de consultations politiques entre la France et le Maroc s’est tenu à Rabat.', 5],
    ['tr', 'Türkiye ile Macaristan arasındaki siyasi istişarelerin dördüncü turu Ankara’da yapıldı.', 4],
    ['en', 'The 5th round of political consultations between Japan and Poland was held in Tokyo.', 5],
  ] as const)('reads the round in %s', (language, text, round) => {
    const draft = extractDraft(text);
    expect(draft.language).toBe(language);
    expect(draft.round.number).toBe(round);
    expect(draft.countries).toHaveLength(2);
  });

  it.each([
    [
      'Political consultations between Belgium and Kazakhstan were held in Astana on 4 May 2023. The delegations were led by Jeroen Cooreman, Director-General for Bilateral Affairs of Belgium, and Roman Vassilenko, Deputy Minister of Foreign Affairs of Kazakhstan.',
      [['Jeroen Cooreman', 'BE', 'DIRECTOR_GENERAL'], ['Roman Vassilenko', 'KZ', 'DEPUTY_MINISTER']],
    ],
    [
      'Политические консультации между МИД России и Азербайджана прошли в Москве 12 мая 2023 года. Делегации возглавили Михаил Галузин, заместитель министра иностранных дел России, и Халаф Халафов, заместитель министра иностранных дел Азербайджана.',
      [['Михаил Галузин', 'RU', 'DEPUTY_MINISTER'], ['Халаф Халафов', 'AZ', 'DEPUTY_MINISTER']],
    ],
  ])('reads heads named before their titles: %s', (text, heads) => {
    expect(extractDraft(text).heads.map((h) => [h.nameAsWritten, h.country, h.rank])).toEqual(heads);
  });

  it('skips official forms between title and name ("of the Republic of Azerbaijan")', () => {
    const draft = extractDraft(
      'On 12 September 2023, Deputy Minister of Foreign Affairs of the Republic of Azerbaijan Elnur Mammadov held political consultations with Deputy Minister of Foreign Affairs of Hungary Levente Magyar in Budapest.',
    );
    expect(draft.heads.map((h) => [h.nameAsWritten, h.country])).toEqual([['Elnur Mammadov', 'AZ'], ['Levente Magyar', 'HU']]);
    expect(draft.city).toBe('Budapest');
  });

  it('reads the venue from the sentence after the one naming the consultations, with a warning', () => {
    const draft = extractDraft(
      'Состоялись политические консультации между МИД Казахстана и Японии. Заместитель министра иностранных дел Казахстана Алибек Бакаев провел переговоры с заместителем министра иностранных дел Японии Кэндзи Ямадой в Токио 3 апреля 2024 года.',
    );
    expect([draft.city, draft.date]).toEqual(['Tokyo', '2024-04-03']);
    expect(draft.warnings.join(' ')).toMatch(/Venue Tokyo read from a sentence after/);
  });

  it('splits hyphenated pairs ("Türkiye-Azerbaycan") and proposes heads whose side is not stated', () => {
    const tr = extractDraft(
      'Dışişleri Bakan Yardımcısı Mehmet Kemal Bozay, 15 Ocak 2024 tarihinde Ankara’da Azerbaycan Dışişleri Bakan Yardımcısı Elnur Memmedov ile Türkiye-Azerbaycan siyasi istişarelerinin 10. turunu gerçekleştirdi.',
    );
    expect([tr.countries, tr.round.number, tr.heads.map((h) => [h.nameAsWritten, h.country])]).toEqual([
      ['AZ', 'TR'],
      10,
      [['Mehmet Kemal Bozay', 'TR'], ['Elnur Memmedov', 'AZ']],
    ]);
    const fr = extractDraft(
      'Le 7 février 2024, des consultations politiques se sont tenues à Paris entre le ministère de l’Europe et des Affaires étrangères et le ministère des Affaires étrangères d’Ouzbékistan, sous la présidence de Mme Anne Martin, directrice générale, et de M. Bakhrom Aloev, vice-ministre des Affaires étrangères.',
    );
    expect(fr.heads.map((h) => [h.nameAsWritten, h.country, h.rank])).toEqual([
      ['Anne Martin', null, 'DIRECTOR_GENERAL'],
      ['Bakhrom Aloev', null, 'DEPUTY_MINISTER'],
    ]);
    expect(fr.warnings.join(' ')).toMatch(/Only one country could be read/);
  });

  it('does not take the number of another body (a commission) as the round', () => {
    const draft = extractDraft(
      'Political consultations between Azerbaijan and Latvia were held by video conference on 26 October 2020. The sides hoped that the 8th meeting of the intergovernmental commission would take place in 2021.',
    );
    expect(draft.round).toEqual({ number: null, statedAs: null });
    expect(draft.format).toBe('VIDEO_CONFERENCE');
    expect(draft.date).toBe('2020-10-26');
  });

  it('"next round" is a stated round without a number, with a warning', () => {
    const draft = extractDraft('The next round of political consultations between Belgium and Kazakhstan took place in Brussels on 4 April 2022.');
    expect(draft.round).toEqual({ number: null, statedAs: 'next round' });
    expect(draft.warnings.join(' ')).toMatch(/without its number/);
  });

  it('two different round numbers for the talks are a warning, not a choice', () => {
    const draft = extractDraft('The fifth round of political consultations between Japan and Poland was held in Tokyo. Officials called it the sixth round of consultations.');
    expect(draft.round.number).toBeNull();
    expect(draft.warnings.join(' ')).toMatch(/different round numbers \(5, 6\)/);
  });

  it('takes the year of a date written without one from the publication date, the year before when needed', () => {
    expect(extractDraft('Political consultations between Georgia and Austria were held in Vienna on 28 December.', { publishedAt: '2021-01-04' }).date).toBe('2020-12-28');
    expect(extractDraft('Political consultations between Georgia and Austria were held in Vienna on 14 March.', { publishedAt: '2021-03-15' }).date).toBe('2021-03-14');
  });

  it('no date is a warning, never a guess', () => {
    const draft = extractDraft('Political consultations between Georgia and Austria were held in Vienna recently.');
    expect(draft.date).toBeNull();
    expect(draft.datePrecision).toBe('UNKNOWN');
    expect(draft.warnings.join(' ')).toMatch(/no date, only "recently"/);
  });

  it('an article about something else says so', () => {
    const draft = extractDraft('The weather in Paris was sunny and warm all week, with light winds from the south.');
    expect(draft.kind).toBe('OTHER');
    expect(draft.warnings.join(' ')).toMatch(/never names consultations/);
  });
});
