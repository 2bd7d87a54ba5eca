import { extractDraft } from '../../src/extraction/extract-draft';

/**
 * The extractor in the languages added for issue 18, on short sentences of our own (no report's
 * text): detection, the round (ordinal words, digits, Roman and CJK numerals), the heads with their
 * Latin names and dictionary forms, the dates it may and may not propose, and the status.
 */
describe('languages', () => {
  it.each([
    ['uk', 'У Києві відбувся п’ятий раунд політичних консультацій між Україною та Польщею.', 5],
    ['pl', 'W Warszawie odbyła się czwarta runda konsultacji politycznych między Polską a Litwą.', 4],
    ['it', 'A Roma si è svolta la terza riunione del Meccanismo di Consultazioni Politiche tra Italia e Perù.', 3],
    ['pt', 'Em Lisboa realizou-se a segunda reunião do Mecanismo de Consultas Políticas entre Portugal e Angola.', 2],
    ['cs', 'V Praze se uskutečnilo šesté kolo politických konzultací mezi Českem a Rakouskem.', 6],
    ['fa', 'دور ششم رایزنی‌های سیاسی ایران و ژاپن در تهران برگزار شد.', 6],
    ['zh', '中国外交部副部长孙卫东在北京同日本外务审议官共同主持第十五轮中日外交磋商。', 15],
    ['ja', '第3回日韓政策協議が東京で開催された。', 3],
    ['ko', '한일 국장급 협의 제4차 회의가 서울에서 열렸다.', 4],
    ['vi', 'Phiên tham vấn chính trị lần thứ 7 giữa Việt Nam và Lào diễn ra tại Hà Nội.', 7],
    ['hy', 'Երևանում կայացել են Հայաստանի և Իրանի միջև քաղաքական խորհրդակցությունների երրորդ փուլը։', 3],
    ['es', 'Se celebró la X Reunión del Mecanismo de Consultas Políticas entre México y Perú en Lima.', 10],
  ] as const)('reads the round in %s', (language, text, round) => {
    const draft = extractDraft(text);
    expect(draft.language).toBe(language);
    expect(draft.round.number).toBe(round);
  });

  it('gives each head the side of his own clause, not the next clause\'s past a semicolon', () => {
    const draft = extractDraft(
      'Tayikistán y Azerbaiyán mantuvieron consultas políticas en Dusambé el 14 de febrero de 2023. Al frente de la parte azerbaiyana estuvo el viceministro de Asuntos Exteriores, Khalaf Khalafov; al frente de la parte tayika, el viceministro de Asuntos Exteriores, Sodiq Imomi.',
    );
    expect(draft.heads.map((h) => [h.name, h.country])).toEqual([
      ['Khalaf Khalafov', 'AZ'],
      ['Sodiq Imomi', 'TJ'],
    ]);
  });

  it('detects Uzbek in Latin letters, which the language detector does not know', () => {
    const draft = extractDraft('Toshkentda o‘zbek-afg‘on siyosiy maslahatlarining ikkinchi bosqichi bo‘lib o‘tadi, deb xabar qilmoqda O‘zbekiston Tashqi ishlar vazirligi.');
    expect(draft.language).toBe('uz');
    expect(draft.countries).toEqual(['AF', 'UZ']);
    expect(draft.round.number).toBe(2);
    expect(draft.city).toBe('Tashkent');
    expect(draft.status).toBe('PLANNED');
  });

  it('gives Chinese heads their pinyin and a printed Latin spelling, the side from the title', () => {
    const draft = extractDraft('中国外交部副部长谢锋在北京与美国助理国务卿康达(Daniel Kritenbrink)举行会谈。', { publishedAt: '2023-05-02' });
    expect(draft.heads.map((h) => [h.nameAsWritten, h.latinName, h.country, h.rank])).toEqual([
      ['谢锋', 'Xie Feng', 'CN', 'DEPUTY_MINISTER'],
      ['康达', 'Daniel Kritenbrink', 'US', 'DIRECTOR_GENERAL'],
    ]);
    expect(draft.city).toBe('Beijing');
  });

  it('returns an inflected name in the nominative, the name as written kept', () => {
    const draft = extractDraft('В Москве прошли политические консультации. Заместитель министра иностранных дел России Андрей Руденко встретился с заместителем министра иностранных дел Индии Сергеем Варгизом.');
    const india = draft.heads.find((h) => h.country === 'IN')!;
    expect([india.nameAsWritten, india.name]).toEqual(['Сергеем Варгизом', 'Сергей Варгиз']);
    expect(india.latinName).toBe('Sergey Vargiz');
  });

  it('takes a Korean head before the title and a Japanese head before the ministry', () => {
    const ko = extractDraft('김철수 외교부 아태국장은 다나카 이치로 일본 외무성 아시아대양주국장과 한일 국장 협의를 가졌다.');
    expect(ko.heads.map((h) => [h.nameAsWritten, h.country])).toEqual([['김철수', 'KR'], ['다나카 이치로', 'JP']]);
    const ja = extractDraft('日中協議には、我が国から佐藤一郎外務省アジア大洋州局長、中国から王明外交部アジア司長が出席した。');
    expect(ja.heads.map((h) => [h.nameAsWritten, h.country])).toEqual([['佐藤一郎', 'JP'], ['王明', 'CN']]);
  });
});

describe('dates: never invented', () => {
  it('proposes no date for a day and month without a year when no publication date is given', () => {
    const draft = extractDraft('Political consultations between Georgia and Austria were held in Vienna on 14 March.');
    expect(draft.date).toBeNull();
    expect(draft.warnings.join(' ')).toMatch(/no year and no publication date/);
  });

  it('counts relative days from the publication date, and proposes none without it', () => {
    const text = 'Political consultations between Georgia and Austria were held in Vienna yesterday.';
    expect(extractDraft(text, { publishedAt: '2024-03-15' }).date).toBe('2024-03-14');
    expect(extractDraft(text).date).toBeNull();
    expect(extractDraft(text, { publishedAt: '2024-03' }).date).toBeNull();
    expect(extractDraft('Ayer se celebraron en Madrid consultas políticas entre España y Chile.', { publishedAt: '2023-06-09' }).date).toBe('2023-06-08');
  });

  it('reads a weekday as the last one before publication, or the next one for planned talks', () => {
    // 15 March 2024 was a Friday.
    expect(extractDraft('Political consultations between Georgia and Austria were held in Vienna on Tuesday.', { publishedAt: '2024-03-15' }).date).toBe('2024-03-12');
    const planned = extractDraft('Political consultations between Georgia and Austria will be held in Vienna next Tuesday.', { publishedAt: '2024-03-15' });
    expect([planned.status, planned.date]).toEqual(['PLANNED', '2024-03-19']);
  });

  it('a weekday that disagrees with a relative day gives no date', () => {
    // 15 March 2024 was a Friday: "yesterday, Wednesday" cannot be.
    const draft = extractDraft('عقدت في الرياض أمس الأربعاء الجولة الخامسة من المشاورات السياسية بين السعودية والأردن.', { publishedAt: '2024-03-15' });
    expect(draft.date).toBeNull();
    expect(draft.warnings.join(' ')).toMatch(/disagree/);
  });

  it('a planned meeting after publication keeps the publication year; a held one before it may take the year before', () => {
    expect(extractDraft('Политические консультации между Грузией и Болгарией пройдут 17 ноября в Софии.', { publishedAt: '2011-11-15' }).date).toBe('2011-11-17');
    expect(extractDraft('Political consultations between Georgia and Austria were held in Vienna on 28 December.', { publishedAt: '2021-01-04' }).date).toBe('2020-12-28');
  });

  it('reads Chinese, Japanese (era years) and Korean dates', () => {
    expect(extractDraft('令和2年9月8日、日中政策企画協議がテレビ会議形式で開催されました。').date).toBe('2020-09-08');
    expect(extractDraft('中方与菲方3月23日在马尼拉举行第23次中菲外交磋商。', { publishedAt: '2023-03-24' }).date).toBe('2023-03-23');
    expect(extractDraft('한국과 미국의 외교당국 간 국장급 협의가 19일 서울에서 열렸다고 외교부가 밝혔다.', { publishedAt: '2021-03-19' }).date).toBe('2021-03-19');
  });

  it('a date told of another event in the sentence is not the meeting date', () => {
    const draft = extractDraft('The political consultations, agreed at the summit on 5 May 2023, were held in Riga.', { publishedAt: '2023-06-01' });
    expect(draft.date).toBeNull();
  });
});

describe('status, venue and format', () => {
  it.each([
    ['fr', 'Le premier cycle de consultations politiques entre la Tunisie et la Jordanie débutera jeudi à Amman.'],
    ['tr', 'Türkiye ile Rusya arasında siyasi istişareler 8-9 Aralık 2022 tarihlerinde İstanbul’da yapılacaktır.'],
    ['zh', '外交部副部长乐玉成将于1月14日同日本外务事务次官在西安举行第十五轮中日战略对话。'],
    ['ar', 'ستستضيف وزارة الخارجية السودانية اجتماعات الدورة الثانية للجنة التشاور السياسي بين السودان ومصر.'],
  ] as const)('announced talks are PLANNED (%s)', (language, text) => {
    const draft = extractDraft(text);
    expect(draft.language).toBe(language);
    expect(draft.status).toBe('PLANNED');
  });

  it('a capital named as a government ("Tokyo attaches importance to") is not the venue; "in Tokyo" is', () => {
    expect(extractDraft('Political consultations between Japan and Iran: Tokyo attaches importance to the consultations with Tehran.').city).toBeNull();
    expect(extractDraft('Political consultations between Japan and Iran were held in Tokyo.').city).toBe('Tokyo');
  });

  it('a visit states a meeting in person', () => {
    const draft = extractDraft('During the visit of the Azerbaijani delegation to Guinea-Bissau, the first political consultations between Azerbaijan and Guinea-Bissau were held.');
    expect([draft.city, draft.format]).toEqual([null, 'IN_PERSON']);
  });
});
