import { capitaliseWords } from './words';

/**
 * Arabic and Persian letters in the style of BGN/PCGN, for names. The script writes long vowels
 * only, so short ones are guessed the way names are usually spelled: an "a" after a bare first
 * consonant and inside a run of three consonants ("غندور" → Ghandur, "شكري" → Shakri). Persian
 * reads ق as gh and و as v or o, and has پ چ ژ گ.
 */
const COMMON: Record<string, string> = {
  ب: 'b', ت: 't', ث: 's', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'z', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'z', ط: 't', ظ: 'z', غ: 'gh', ف: 'f', ك: 'k', ک: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g', ق: 'gh',
};
const ARABIC: Record<string, string> = { ...COMMON, ث: 'th', ذ: 'dh', ض: 'd', ق: 'q' };

const WHOLE_WORDS: Record<string, Record<string, string>> = {
  ar: { بن: 'bin', ابن: 'ibn', بنت: 'bint', الله: 'Allah', سيد: 'Sayyid', محمد: 'Muhammad', أحمد: 'Ahmed', احمد: 'Ahmed' },
  fa: { بن: 'bin', سید: 'Seyed', سيد: 'Seyed', محمد: 'Mohammad', احمد: 'Ahmad', علی: 'Ali', علي: 'Ali' },
};
const VOWEL_LETTERS = new Set(['ا', 'آ', 'أ', 'إ', 'ى', 'و', 'ي', 'ی', 'ة', 'ع', 'ء', 'ئ', 'ؤ']);

export function romaniseArabicScript(text: string, language: 'ar' | 'fa'): string {
  const words = text
    .normalize('NFC')
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '') // vowel marks and tatweel
    .replace(/\u200c/g, '')
    .split(/\s+/)
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    // "عبد الله", "عبد الرحمن": one name, "Abdullah", "Abdulrahman".
    if (word === 'عبد' && words[i + 1]) {
      const rest = words[i + 1].replace(/^ال/, '');
      out.push(rest === 'له' || rest === 'لله' ? 'Abdullah' : `Abdul${romaniseWord(rest, language)}`);
      i += 1;
      continue;
    }
    out.push(WHOLE_WORDS[language][word] ?? romaniseWord(word, language));
  }
  return capitaliseWords(out.join(' '));
}

function romaniseWord(word: string, language: 'ar' | 'fa'): string {
  if (language === 'ar' && /^(?:ال|لل)/.test(word) && word.length > 3) return `al-${romaniseWord(word.replace(/^(?:ال|لل)/, ''), language)}`;
  const consonants = language === 'fa' ? COMMON : ARABIC;
  const letters = [...word];
  let out = '';
  let consonantRun = 0;
  for (let i = 0; i < letters.length; i += 1) {
    const ch = letters[i];
    const next = letters[i + 1];
    // After a word-initial ع (written as nothing before a long vowel) و and ي are vowels.
    const previousIsVowel = i > 0 && consonantRun === 0 && !(i === 1 && letters[0] === 'ع');
    let piece = '';
    let isVowel = true;
    switch (ch) {
      case 'ا':
      case 'آ':
      case 'أ':
      case 'ى':
        piece = 'a';
        break;
      case 'إ':
        piece = 'i';
        break;
      case 'ع':
        piece = next !== undefined && VOWEL_LETTERS.has(next) && next !== 'ع' ? '' : 'a';
        break;
      case 'ء':
        piece = '';
        break;
      case 'ئ':
        piece = language === 'fa' ? 'e' : 'i';
        if (next === 'ي' || next === 'ی') i += 1;
        break;
      case 'ؤ':
        piece = language === 'fa' ? 'o' : 'u';
        break;
      case 'ة':
      case 'ۀ':
        piece = 'a';
        break;
      case 'و':
        if (i === 0 || (previousIsVowel && next !== undefined)) {
          piece = language === 'fa' ? 'v' : 'w';
          isVowel = false;
        } else piece = language === 'fa' && next !== undefined ? 'o' : 'u';
        break;
      case 'ي':
      case 'ی':
        if (i === 0 || (previousIsVowel && next !== undefined)) {
          piece = 'y';
          isVowel = false;
        } else piece = 'i';
        break;
      default:
        if (ch === 'ه' && next === undefined && i > 0 && language === 'fa' && consonantRun > 0) {
          piece = 'e';
          break;
        }
        isVowel = false;
        piece = consonants[ch] ?? ch;
    }
    if (!isVowel) {
      // A bare first consonant, or a third consonant in a row, gets the short "a" the script leaves out.
      if ((i === 1 && consonantRun === 1) || consonantRun >= 2) out += 'a';
      consonantRun = (i === 1 && consonantRun === 1) || consonantRun >= 2 ? 1 : consonantRun + 1;
    } else consonantRun = 0;
    out += piece;
  }
  return out;
}
