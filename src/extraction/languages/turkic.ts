/**
 * A name with a Turkic case or possessive suffix ("Önal'ın", "Xələfovun", "Karzayga") in its
 * plain form: after an apostrophe everything goes; without one, only a genitive or dative ending
 * after a surname's typical ending (-ov, -ev, -yev, -li, -lu).
 */
export function turkicNominative(word: string): string {
  const apostrophe = /^(\p{L}{2,})['’]\p{L}+$/u.exec(word);
  if (apostrophe) return apostrophe[1];
  const surname = /^(\p{L}+(?:ov|ev|yev|ova|eva|yeva|li|lı|lu|lü))(?:un|ün|in|ın|nun|nün|nin|nın|a|ə|ya|yə|ga|ge|ning|ga)$/u.exec(word);
  return surname ? surname[1] : word;
}
