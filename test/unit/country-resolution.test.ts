import { countryName, findCountriesInText, resolveCountries, resolveCountry } from '../../src/country-names';

describe('resolveCountry', () => {
  it.each([
    ['AZ', ['Aserbaidschan', 'Aserbaidschans', 'aserbaidschanischen', 'Azerbaiyán', 'Azerbaiyan', 'Azərbaycan', 'Azərbaycanın', 'أذربيجان', 'الأذربيجانية', 'Азербайджана', 'Republik Aserbaidschan', 'az', 'AZE']],
    ['BE', ['Belçika', 'Belçikanın', 'Belçikada', 'بلجيكا', 'Бельгия', 'Бельгии', 'Бельгией', 'Belgique', 'Belgien', 'belgischer', 'Kingdom of Belgium', 'Königreich Belgien', 'BE', 'bel']],
    ['KZ', ['Qazaxıstan', 'Qazaxıstanın', 'Kazakhstan', 'Казахстан']],
    ['TJ', ['Tayikistán', 'Tadschikistan', 'tadschikische']],
    ['IQ', ['Irak', 'Iraq', 'العراق', 'irakischen']],
    ['LV', ['Lettland', 'Letonia', 'Latvija', 'لاتفيا', 'اللاتفية', 'lettische']],
    ['TR', ['Türkiye', 'Turkey']],
  ])('resolves every form of %s', (code, forms) => {
    for (const form of forms) expect([form, resolveCountry(form)?.code]).toEqual([form, code]);
  });

  it.each([
    ['Iran', 'IR'], ['Iraq', 'IQ'], ['Niger', 'NE'], ['Nigeria', 'NG'], ['Guinea', 'GN'], ['Guinea-Bissau', 'GW'], ['Equatorial Guinea', 'GQ'],
    ['Austria', 'AT'], ['Australia', 'AU'], ['Dominica', 'DM'], ['Dominican Republic', 'DO'], ['Sudan', 'SD'], ['South Sudan', 'SS'],
  ])('keeps near names apart: %s is %s', (name, code) => expect(resolveCountry(name)?.code).toBe(code));

  it('returns both Congos for "Congo", and nothing for junk', () => {
    expect(resolveCountries('Congo').map((m) => m.code).sort()).toEqual(['CD', 'CG']);
    for (const junk of ['', '   ', 'Atlantis', '🙂🙂', 'x'.repeat(10_000), '\u0000\u0007', 'ile']) expect(resolveCountry(junk)).toBeNull();
  });

  it('names countries in a language from CLDR', () => {
    expect(countryName('BE', 'de')).toBe('Belgien');
    expect(countryName('AZ', 'az')).toBe('Azərbaycan');
    expect(countryName('AZ', 'ar')).toBe('أذربيجان');
    expect(countryName('XX')).toBeNull();
  });
});

describe('findCountriesInText', () => {
  const codes = (text: string) => findCountriesInText(text).map((m) => m.code);
  it.each([
    ['Am 4. April fanden in Brüssel Konsultationen zwischen Aserbaidschan und Belgien statt.', ['AZ', 'BE']],
    ['Qazaxıstan və Belçika arasında məsləhətləşmələr Brüsseldə keçirilib.', ['KZ', 'BE']],
    ['عقدت وزارتا الخارجية الأذربيجانية واللاتفية مشاورات عبر الفيديو', ['AZ', 'LV']],
    ['Se celebraron consultas entre Azerbaiyán y Tayikistán en junio de 2022.', ['AZ', 'TJ']],
    ['В Брюсселе прошли консультации между Казахстаном и Бельгией.', ['KZ', 'BE']],
    ['Deputy ministers of Iraq and Azerbaijan met in Baghdad.', ['IQ', 'AZ']],
    ["Des consultations entre la Lettonie et l'Azerbaïdjan ont eu lieu.", ['LV', 'AZ']],
    ['Türkiye ile Gürcistan arasında siyasi istişareler yapıldı.', ['TR', 'GE']],
  ])('%s', (text, expected) => expect(codes(text)).toEqual(expected));

  // Names of several words take a case ending on every word; the Holy See goes by its diplomatic name.
  it.each([
    ['współpraca ze Stolicą Apostolską', 'VA'],
    ['podsekretarz ds. Relacji z Państwami Stolicy Apostolskiej', 'VA'],
    ['переговоры со Святым Престолом', 'VA'],
    ['визит в Королевство Саудовской Аравии', 'SA'],
    ['rozmowy ze Stanami Zjednoczonymi', 'US'],
    ['ambasador Zjednoczonych Emiratów Arabskich', 'AE'],
    ['konsultacje z Koreą Południową', 'KR'],
    ['Gespräche mit dem Heiligen Stuhl', 'VA'],
    ['les relations avec le Saint-Siège', 'VA'],
  ])('%s names %s', (text, code) => expect(codes(text)).toEqual([code]));

  it('gives the span of each first mention', () => {
    const text = 'Talks between Saudi Arabia and Belgium; Belgium hosted.';
    const mentions = findCountriesInText(text);
    expect(mentions.map((m) => [m.code, text.slice(m.start, m.end)])).toEqual([['SA', 'Saudi Arabia'], ['BE', 'Belgium']]);
  });
});
