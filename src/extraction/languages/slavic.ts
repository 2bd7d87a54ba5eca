/**
 * Dictionary forms of inflected names in the Slavic languages we read: the case is told by the
 * title before the name ("с заместителем министра" instrumental, "заместителя министра"
 * genitive, "podsekretarzem" instrumental), and only then are case endings taken off — a name in
 * the nominative is never touched.
 */
export type GrammaticalCase = 'nominative' | 'genitive' | 'dative' | 'instrumental';

/** The case of a title phrase, from the ending of its first word. */
export function cyrillicTitleCase(title: string): GrammaticalCase {
  const first = title.trim().split(/\s+/)[0]?.toLocaleLowerCase() ?? '';
  if (/(?:ем|ом|ым|им|ой|ей|ам|ою|ею)$/u.test(first)) return 'instrumental';
  if (/(?:ю|у|ому|ему)$/u.test(first)) return 'dative';
  if (/(?:я|а|ого|его|ей)$/u.test(first)) return 'genitive';
  return 'nominative';
}

/** Russian, Ukrainian and Belarusian endings: surnames (-ов/-ев/-ин, -ский, -а/-ая) and given names. */
export function cyrillicNominative(word: string, position: 'given' | 'surname', grammaticalCase: GrammaticalCase): string {
  if (grammaticalCase === 'nominative' || word.length < 4) return word;
  const rules: Array<[RegExp, string]> =
    grammaticalCase === 'instrumental'
      ? position === 'surname'
        ? [[/(ск|цк)им$/u, '$1ий'], [/(ов|ев|ёв|ин|ын|ев)ым$/u, '$1'], [/(ов|ев|ин|ын)ой$/u, '$1а'], [/(ск|цк)ой$/u, '$1ая'], [/([^аеёиоуыэюя])ом$/u, '$1'], [/([^аеёиоуыэюя])ем$/u, '$1'], [/ам$/u, 'а'], [/ою$/u, 'а']]
        : [[/ием$/u, 'ий'], [/еем$/u, 'ей'], [/([^аеёиоуыэюя])ом$/u, '$1'], [/([^аеёиоуыэюя])ем$/u, '$1'], [/ей$/u, 'я'], [/ой$/u, 'а'], [/ам$/u, 'а'], [/ою$/u, 'а']]
      : grammaticalCase === 'genitive'
        ? position === 'surname'
          ? [[/(ск|цк)ого$/u, '$1ий'], [/(ов|ев|ёв|ин|ын)а$/u, '$1'], [/(ов|ев|ин|ын)ой$/u, '$1а']]
          : [[/ия$/u, 'ий'], [/ея$/u, 'ей'], [/([^аеёиоуыэюя])а$/u, '$1'], [/ии$/u, 'ия']]
        : position === 'surname'
          ? [[/(ск|цк)ому$/u, '$1ий'], [/(ов|ев|ёв|ин|ын)у$/u, '$1'], [/(ов|ев|ин|ын)ой$/u, '$1а']]
          : [[/ию$/u, 'ий'], [/ею$/u, 'ей'], [/([^аеёиоуыэюя])у$/u, '$1']];
  for (const [ending, replacement] of rules) if (ending.test(word)) return word.replace(ending, replacement);
  return word;
}

/** Polish: "podsekretarzem … Antoine’em Camillerim" → "Antoine Camilleri"; "wiceministrem Joanną Wronecką". */
export function polishTitleCase(title: string): GrammaticalCase {
  const first = title.trim().split(/\s+/)[0]?.toLocaleLowerCase() ?? '';
  if (/(?:em|ą)$/u.test(first)) return 'instrumental';
  if (/(?:a|ego)$/u.test(first) && !/(?:minister|dyrektor|ambasador|sekretarz)$/u.test(first)) return 'genitive';
  return 'nominative';
}

export function polishNominative(word: string, grammaticalCase: GrammaticalCase): string {
  if (grammaticalCase === 'nominative' || word.length < 4) return word;
  const rules: Array<[RegExp, string]> =
    grammaticalCase === 'instrumental'
      ? // Names in -i and -y decline as adjectives ("Rossim", "Camillerim", "Kowalskim", "Chmielnym").
        [[/['’]em$/u, ''], [/(sk|ck|dzk)ą$/u, '$1a'], [/([^aeiouyąę])im$/u, '$1i'], [/([^aeiouyąę])ym$/u, '$1y'], [/ą$/u, 'a'], [/([^aeiouyąę])em$/u, '$1']]
      : [[/['’]a$/u, ''], [/(sk|ck|dzk)iej$/u, '$1a'], [/([^aeiouyąę])iego$/u, '$1i'], [/([^aeiouyąę])ego$/u, '$1y'], [/([^aeiouyąę])a$/u, '$1']];
  for (const [ending, replacement] of rules) if (ending.test(word)) return word.replace(ending, replacement);
  return word;
}
