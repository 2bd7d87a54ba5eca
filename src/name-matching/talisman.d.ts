// talisman ships no type declarations; these are the two functions we use.
declare module 'talisman/phonetics/daitch-mokotoff' {
  export default function daitchMokotoff(word: string): string[];
}
declare module 'talisman/metrics/levenshtein' {
  export default function levenshtein(a: string, b: string): number;
}
