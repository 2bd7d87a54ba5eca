import { cleanName, hasLetter, hasLoneSurrogate, normaliseText } from '../../src/domain/text-hygiene';

it('finds lone surrogates, and only those', () => {
  expect(hasLoneSurrogate('\ud800X')).toBe(true);
  expect(hasLoneSurrogate('X\udc00')).toBe(true);
  expect(hasLoneSurrogate('\udc00\ud800')).toBe(true);
  expect(hasLoneSurrogate('Emoji 😀 and 𠜎')).toBe(false);
  expect(hasLoneSurrogate('Халаф Халафов')).toBe(false);
});

it('normalises to NFC', () => {
  expect(normaliseText('Jose\u0301')).toBe('José');
  expect(normaliseText('Jose\u0301')).toHaveLength(4);
});

it('strips bidi controls and invisible format characters from names, keeping ZWNJ', () => {
  expect(cleanName('\u202eAli\u200b Aliyev\u2066\u2069 ')).toBe('Ali Aliyev');
  expect(cleanName('\ufeffJeroen\u00ad Cooreman\u200e')).toBe('Jeroen Cooreman');
  expect(cleanName('مهدی\u200cزاده')).toBe('مهدی\u200cزاده');
  expect(cleanName('  Khalaf   Khalafov ')).toBe('Khalaf Khalafov');
});

it('asks a name for a letter in any script', () => {
  expect(hasLetter('-.- ,,, ..')).toBe(false);
  expect(hasLetter('123')).toBe(false);
  expect(hasLetter('خلف')).toBe(true);
  expect(hasLetter('王毅')).toBe(true);
});
