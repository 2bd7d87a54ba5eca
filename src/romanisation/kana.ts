let hepburn: { fromKana(text: string): string } | undefined;

/**
 * Japanese kana in Hepburn (the hepburn package), a word per "・"-separated part, long vowels
 * written once ("マジード・タフトラヴァーンチ" → "Majido Tafutoravanchi"). Foreign names in
 * katakana end in a vowel the original lacks; a final "-u" after a consonant other than n is
 * dropped ("サラントゴス" → "Sarantogos").
 */
export function romaniseKana(text: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  hepburn ??= require('hepburn') as { fromKana(text: string): string };
  return text
    .split(/[\s・·=＝]+/u)
    .filter(Boolean)
    .map((part) => {
      const latin = hepburn!
        .fromKana(part.replace(/ー/g, 'ー'))
        .toLocaleLowerCase()
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/-/g, '');
      const trimmed = /[^aeioun]u$/.test(latin) && latin.length > 4 ? latin.slice(0, -1) : latin;
      return trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
    })
    .join(' ');
}
