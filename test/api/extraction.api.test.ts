import { editorSuite } from '../support/editor-suite';

const EDITOR_KEY = 'editor-key-for-extraction-tests';

/** Reports written for this test (our own words) about officials the seed graph knows, spelled as other sources spell them. */
const GERMAN = `Aserbaidschan und Belgien setzen ihren Dialog fort

Brüssel, 12. Mai (Eigener Bericht)

Am 11. Mai 2023 fand in Brüssel die nächste Runde der politischen Konsultationen zwischen den Außenministerien Aserbaidschans und Belgiens statt. Die aserbaidschanische Delegation leitete der stellvertretende Außenminister Chalaf Chalafov, die belgische der Generaldirektor für bilaterale Angelegenheiten Jeroen Koreman.

Besprochen wurden Energie, Verkehr und Bildung.`;
const ARABIC = `مشاورات سياسية بين أذربيجان ولاتفيا

عقدت وزارتا خارجية أذربيجان ولاتفيا يوم 3 مارس 2021 مشاورات سياسية عبر تقنية الفيديو. وترأس الوفد الأذربيجاني نائب وزير الخارجية خلف خلفوف، وترأس الوفد اللاتفي نائب وزير الخارجية جانيس مازيكس.`;
// Written for this suite (the seed report's facts, our own sentences).
const SPANISH = `Consultas políticas entre Tayikistán y Azerbaiyán

Los ministerios de Asuntos Exteriores de Tayikistán y Azerbaiyán mantuvieron consultas políticas en Dusambé el 14 de febrero de 2023. La delegación de Azerbaiyán la encabezó el viceministro de Asuntos Exteriores, Khalaf Khalafov, y la de Tayikistán, el viceministro de Asuntos Exteriores, Sodiq Imomi.`;

/** extractConsultation over HTTP: a draft matched to the graph's officials, nothing written; then a reviewed draft recorded with its text. */
describe('extractConsultation', () => {
  const suite = editorSuite(EDITOR_KEY);

  const EXTRACT = `query($text: String!, $publishedAt: Date, $sourceUrl: String) {
    extractConsultation(text: $text, publishedAt: $publishedAt, sourceUrl: $sourceUrl) {
      language kind countries { code } date datePrecision city format
      round { number origin statedAs }
      heads { nameAsWritten name matchedOfficial { id name } matchScore country { code } title rank start end confidence }
      topics warnings evidence { field start end text confidence } sourceUrl } }`;
  const counts = async () => (await suite.graph.read<{ n: number }>('MATCH (n) RETURN count(n) AS n'))[0].n;

  it('reads a German report into a draft whose heads are the known officials', async () => {
    const before = await counts();
    const text = GERMAN;
    const response = await suite.api.graphql<{ extractConsultation: any }>(EXTRACT, { text, publishedAt: '2023-05-12', sourceUrl: 'https://example.org/report' });
    expect(response.errors).toBeUndefined();
    const draft = response.data!.extractConsultation;
    expect(draft).toMatchObject({
      language: 'de',
      kind: 'POLITICAL_CONSULTATIONS',
      countries: [{ code: 'AZ' }, { code: 'BE' }],
      date: '2023-05-11',
      datePrecision: 'DAY',
      city: 'Brussels',
      format: 'IN_PERSON',
      round: { number: null, origin: 'UNKNOWN', statedAs: 'nächste Runde' },
      sourceUrl: 'https://example.org/report',
    });
    expect(draft.heads.map((h: any) => [h.nameAsWritten, h.name, h.matchedOfficial?.id, h.country.code, h.rank])).toEqual([
      ['Chalaf Chalafov', 'Khalaf Khalafov', 'az-khalaf-khalafov', 'AZ', 'DEPUTY_MINISTER'],
      ['Jeroen Koreman', 'Jeroen Cooreman', 'be-jeroen-cooreman', 'BE', 'DIRECTOR_GENERAL'],
    ]);
    for (const h of draft.heads) expect(text.slice(h.start, h.end)).toBe(h.nameAsWritten);
    const dateEvidence = draft.evidence.find((e: any) => e.field === 'date');
    expect(text.slice(dateEvidence.start, dateEvidence.end)).toBe(dateEvidence.text);
    expect(dateEvidence.text).toMatch(/11\. Mai 2023/);
    expect(draft.warnings.join(' ')).toMatch(/Brussels \(dateline\)|nächste Runde/);
    expect(draft.warnings.join(' ')).toMatch(/nächste Runde/);
    expect(await counts()).toBe(before);
  });

  it('matches the Arabic spellings to the same officials', async () => {
    const draft = (await suite.api.graphql<{ extractConsultation: any }>(EXTRACT, { text: ARABIC })).data!.extractConsultation;
    expect(draft).toMatchObject({ language: 'ar', date: '2021-03-03', countries: [{ code: 'AZ' }, { code: 'LV' }] });
    expect(draft.format).toBe('VIDEO_CONFERENCE');
    expect(draft.heads.map((h: any) => h.matchedOfficial?.id)).toEqual(['az-khalaf-khalafov', 'lv-janis-mazeiks']);
  });

  it('refuses empty text and a bad date with BAD_USER_INPUT naming the argument (oversized text: QUERY_LIMIT, extraction-pool.api.test.ts)', async () => {
    for (const [variables, field] of [
      [{ text: '' }, 'text'],
      [{ text: 'Consultations were held.', publishedAt: '523' }, 'publishedAt'],
      [{ text: 'Consultations were held.', sourceUrl: 'javascript:alert(1)' }, 'sourceUrl'],
    ] as const) {
      const response = await suite.api.graphql(EXTRACT, variables);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(response.errors)).toContain(field);
    }
  });

  it('records a reviewed draft with the article text stored on its source', async () => {
    const text = SPANISH;
    const draft = (await suite.api.graphql<{ extractConsultation: any }>(EXTRACT, { text })).data!.extractConsultation;
    expect(draft).toMatchObject({ date: '2023-02-14', city: 'Dushanbe', format: 'IN_PERSON' });
    const input = {
      kind: draft.kind,
      date: draft.date,
      city: draft.city,
      format: draft.format,
      countries: draft.countries.map((c: any) => c.code),
      participants: draft.heads.map((h: any) => ({
        officialId: h.matchedOfficial?.id,
        name: h.name,
        country: h.country.code,
        title: h.title,
        rank: h.rank,
        sources: [{ source: 'reviewed-draft-es', nameAsWritten: [h.nameAsWritten] }],
      })),
      topics: draft.topics,
      sideMeetings: [{ kind: 'MEETING', description: 'Met a deputy minister of culture (name not given)', country: 'Azerbaiyán', participants: [{ country: 'AZ', title: 'Deputy Minister of Culture' }] }],
      sources: [{ id: 'reviewed-draft-es', language: draft.language, title: 'Reviewed extraction of a report', publishedAt: '2023-02-15' }],
      sourceText: text,
    };
    const response = await fetch(suite.api.service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY}` },
      body: JSON.stringify({
        query: `mutation($input: RecordConsultationInput!) { recordConsultation(input: $input) {
          id participants { official { id } } sideMeetings { description } sources { id sourceText } } }`,
        variables: { input },
      }),
    });
    const body = (await response.json()) as any;
    expect(body.errors).toBeUndefined();
    const recorded = body.data.recordConsultation;
    expect(recorded.id).toBe('az-tj-political-consultations-2023-02-14');
    expect(recorded.participants.map((p: any) => p.official.id).sort()).toEqual(['az-khalaf-khalafov', 'tj-sodiq-imomi']);
    expect(recorded.sideMeetings.map((s: any) => s.description)).toContain('Met a deputy minister of culture (name not given)');
    expect(recorded.sources.find((s: any) => s.id === 'reviewed-draft-es').sourceText).toBe(text);
  });
});
