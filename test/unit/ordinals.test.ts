import { Language } from '../../src/extraction/languages';
import { parseOrdinal } from '../../src/extraction/ordinals';

describe('ordinal words and digit forms in every language we read', () => {
  const cases: Array<[string, Language, number]> = [
    ['fünfte', 'de', 5], ['zweite', 'de', 2], ['fünften', 'de', 5], ['3.', 'de', 3], ['V', 'de', 5],
    ['beşinci', 'az', 5], ['2-ci', 'az', 2], ['besinci', 'az', 5], ['onuncu', 'az', 10],
    ['الخامسة', 'ar', 5], ['الثانية', 'ar', 2], ['الأولى', 'ar', 1], ['الثامن', 'ar', 8],
    ['quinta', 'es', 5], ['5ª', 'es', 5], ['segunda', 'es', 2], ['tercera', 'es', 3],
    ['пятый', 'ru', 5], ['5-й', 'ru', 5], ['пятого', 'ru', 5], ['второй', 'ru', 2], ['третьего', 'ru', 3], ['двадцать первый', 'ru', 21],
    ['cinquième', 'fr', 5], ['5e', 'fr', 5], ['première', 'fr', 1], ['1er', 'fr', 1],
    ['dördüncü', 'tr', 4], ['5.', 'tr', 5], ['ilk', 'tr', 1],
    ['second', 'en', 2], ['5th', 'en', 5], ['XII', 'en', 12], ['twenty-first', 'en', 21],
  ];
  it.each(cases)('%s (%s) → %d', (token, language, n) => {
    expect(parseOrdinal(token, language)).toBe(n);
  });

  it.each([['nächste', 'de'], ['Runde', 'de'], ['523.7', 'az'], ['0.', 'de'], ['MMXX', 'en'], ['', 'en'], ['political', 'en']] as Array<[string, Language]>)(
    'reads no number from %s (%s)',
    (token, language) => {
      expect(parseOrdinal(token, language)).toBeNull();
    },
  );
});
