import { capitaliseWords } from './words';

const CONSONANTS: Record<string, string> = {
  क: 'k', ख: 'kh', ग: 'g', घ: 'gh', ङ: 'n', च: 'ch', छ: 'chh', ज: 'j', झ: 'jh', ञ: 'n', ट: 't', ठ: 'th', ड: 'd', ढ: 'dh', ण: 'n', त: 't', थ: 'th', द: 'd', ध: 'dh', न: 'n', प: 'p', फ: 'ph', ब: 'b', भ: 'bh', म: 'm', य: 'y', र: 'r', ल: 'l', व: 'v', श: 'sh', ष: 'sh', स: 's', ह: 'h',
};
const NUKTA: Record<string, string> = { क: 'q', ख: 'kh', ग: 'gh', ज: 'z', फ: 'f', ड: 'r', ढ: 'rh' };
const VOWELS: Record<string, string> = { अ: 'a', आ: 'a', इ: 'i', ई: 'i', उ: 'u', ऊ: 'u', ऋ: 'ri', ए: 'e', ऐ: 'ai', ओ: 'o', औ: 'au', ऑ: 'o' };
const SIGNS: Record<string, string> = { 'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'ृ': 'ri', 'े': 'e', 'ै': 'ai', 'ो': 'o', 'ौ': 'au', 'ॉ': 'o', 'ॅ': 'e' };
const VIRAMA = '्';
const NASAL: Record<string, string> = { 'ं': 'n', 'ँ': 'n', 'ः': 'h' };

interface Syllable {
  consonant: string;
  vowel: string;
  inherent: boolean;
}

/**
 * Devanagari (Hindi) in a plain Latin spelling as Indian names are written: each consonant with
 * its vowel sign or the inherent "a", which Hindi drops at a word's end and between a vowel and
 * a consonant that has its own vowel ("विक्रम मिसरी" → "Vikram Misri").
 */
export function romaniseDevanagari(text: string): string {
  return capitaliseWords(text.split(/\s+/).map(romaniseWord).join(' '));
}

function romaniseWord(word: string): string {
  const chars = [...word];
  const syllables: Syllable[] = [];
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i];
    if (CONSONANTS[ch]) {
      let consonant = CONSONANTS[ch];
      if (chars[i + 1] === '़') {
        consonant = NUKTA[ch] ?? consonant;
        i += 1;
      }
      const next = chars[i + 1];
      if (next === VIRAMA) {
        syllables.push({ consonant, vowel: '', inherent: false });
        i += 1;
      } else if (next !== undefined && SIGNS[next] !== undefined) {
        syllables.push({ consonant, vowel: SIGNS[next], inherent: false });
        i += 1;
      } else syllables.push({ consonant, vowel: 'a', inherent: true });
    } else if (VOWELS[ch]) syllables.push({ consonant: '', vowel: VOWELS[ch], inherent: false });
    else if (NASAL[ch] && syllables.length > 0) syllables[syllables.length - 1].vowel += NASAL[ch];
    else if (ch !== '़') syllables.push({ consonant: '', vowel: ch, inherent: false });
  }
  const last = syllables[syllables.length - 1];
  if (syllables.length > 1 && last?.inherent) last.vowel = '';
  for (let i = syllables.length - 2; i >= 1; i -= 1) {
    const [before, s, after] = [syllables[i - 1], syllables[i], syllables[i + 1]];
    if (s.inherent && s.consonant && before.vowel !== '' && after.consonant && after.vowel !== '') s.vowel = '';
  }
  return syllables.map((s) => s.consonant + s.vowel).join('');
}
