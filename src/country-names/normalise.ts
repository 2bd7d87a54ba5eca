/**
 * One comparable form for a country name in any script: lower case, Latin diacritics removed,
 * Turkish dotless i and Azerbaijani schwa merged, Arabic letter variants and marks unified.
 */
export function normaliseCountryText(text: string): string {
  return text
    .normalize('NFD')
    // Only Latin letters lose their accents: Cyrillic й and ё are letters of their own.
    .replace(/([a-zA-Z])[\u0300-\u036f]+/g, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ə/g, 'e')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '') // harakat, dagger alef, tatweel
    .replace(/[’'`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
