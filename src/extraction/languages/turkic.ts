/**
 * A name with a Turkic case or possessive suffix ("Önal'ın", "Xələfovun", "Karzayga") in its
 * plain form: after an apostrophe everything goes; without one, only a genitive or dative ending
 * after a surname's typical ending (-ov, -ev, -yev, -li, -lu), in the form that ending takes.
 */
export function turkicNominative(word: string): string {
  const apostrophe = /^(\p{L}{2,})['’]\p{L}+$/u.exec(word);
  if (apostrophe) return apostrophe[1];
  // After a consonant the genitive is -un/-in and the dative -a/-ə; after a vowel they take n/y ("Darsalia" stays).
  const consonant = /^(\p{L}+(?:ov|ev|yev))(?:un|ün|in|ın|a|ə|ga|ge|ning)$/u.exec(word);
  if (consonant) return consonant[1];
  const vowel = /^(\p{L}+(?:ova|eva|yeva|li|lı|lu|lü))(?:nun|nün|nin|nın|ya|yə|ga|ge|ning)$/u.exec(word);
  return vowel ? vowel[1] : word;
}
