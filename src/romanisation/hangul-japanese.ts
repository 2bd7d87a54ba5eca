/**
 * A Japanese name written in Hangul, back in Hepburn ("후나코시 다케히로" → "Takehiro Funakoshi").
 * Korean spells Japanese by its own rules (the National Institute of Korean Language's table):
 * voiceless k/t are plain ㄱ/ㄷ at a word's start and aspirated ㅋ/ㅌ inside it, ㄱ/ㄷ inside a
 * word are g/d, "tsu" is 쓰 or 츠, "fu" 후, a final ㄴ is n and a final ㅅ doubles the next
 * consonant; long vowels are not written. Reading the Revised Romanization instead would give
 * "Hunakosi Dakehiro". Korean writes family name first; the Latin form puts the given name first.
 */
const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const VOWELS = ['a', 'e', 'ya', 'ye', 'o', 'e', 'yo', 'ye', 'o', 'wa', 'we', 'e', 'yo', 'u', 'wo', 'we', 'i', 'yu', 'u', 'i', 'i'];

function syllable(code: number, first: boolean): { latin: string; final: number } {
  const initial = INITIALS[Math.floor(code / 588)];
  const vowel = VOWELS[Math.floor((code % 588) / 28)];
  const final = code % 28;
  const y = vowel.startsWith('y') && vowel.length > 1;
  const bare = y ? vowel.slice(1) : vowel;
  let consonant: string;
  switch (initial) {
    case 'g':
      consonant = first ? 'k' : 'g';
      break;
    case 'd':
      consonant = first ? 't' : 'd';
      break;
    case 'kk':
      consonant = 'k';
      break;
    case 'tt':
      consonant = 't';
      break;
    case 'pp':
      consonant = 'p';
      break;
    case 'ss':
      // 쓰 is "tsu".
      return { latin: vowel === 'u' ? 'tsu' : `s${vowel}`, final };
    case 's':
      if (vowel === 'i') return { latin: 'shi', final };
      if (y) return { latin: `sh${bare}`, final };
      consonant = 's';
      break;
    case 'j':
      // 즈 "zu", 자 "za", 제 "ze"; 지 "ji", 주 "ju", 조 "jo".
      if (vowel === 'u' && Math.floor((code % 588) / 28) === 18) return { latin: 'zu', final };
      if (y) return { latin: `j${bare}`, final };
      consonant = vowel === 'a' || vowel === 'e' ? 'z' : 'j';
      break;
    case 'ch':
      if (Math.floor((code % 588) / 28) === 18) return { latin: 'tsu', final };
      if (y) return { latin: `ch${bare}`, final };
      consonant = 'ch';
      break;
    case 'h':
      if (vowel === 'u') return { latin: 'fu', final };
      consonant = 'h';
      break;
    default:
      consonant = initial;
  }
  return { latin: consonant + vowel, final };
}

function word(hangul: string): string {
  const out: string[] = [];
  let double = false;
  const chars = [...hangul];
  chars.forEach((ch, i) => {
    const code = ch.codePointAt(0)! - 0xac00;
    if (code < 0 || code > 11171) return;
    const read = syllable(code, i === 0);
    let latin = read.latin;
    const final = read.final;
    if (double) {
      latin = latin.startsWith('ch') ? `t${latin}` : latin.charAt(0) + latin;
      double = false;
    }
    out.push(latin);
    if (final === 4 || final === 21) out.push('n');
    else if (final === 19 || final === 1) double = true;
  });
  const latin = out.join('');
  return latin.charAt(0).toLocaleUpperCase() + latin.slice(1);
}

/** "후나코시 다케히로" → "Takehiro Funakoshi"; one word stays one. */
export function romaniseHangulJapanese(text: string): string {
  const words = text.split(/[\s·・]+/u).filter((w) => /^\p{Script=Hangul}+$/u.test(w)).map(word);
  return words.length === 2 ? `${words[1]} ${words[0]}` : words.join(' ');
}
