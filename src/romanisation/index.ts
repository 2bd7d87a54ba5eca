import { romaniseArabicScript } from './arabic';
import { romaniseCyrillic } from './cyrillic';
import { romaniseDevanagari } from './devanagari';
import { romaniseHan } from './han';
import { romaniseHangul } from './hangul';
import { romaniseHangulJapanese } from './hangul-japanese';
import { romaniseJapaneseName } from './japanese-names';
import { romaniseKana } from './kana';
import { romaniseOther } from './other';

export interface RomaniseOptions {
  /** The text's language (ISO 639-1), when known: Cyrillic and Arabic letters are read per language (uk, be, sr; fa). */
  language?: string | null;
  /**
   * The country of the person named, when known (ISO 3166 alpha-2): a Chinese official's name
   * in Japanese kanji is read in pinyin, a Japanese official's in Chinese characters or Hangul
   * by its Japanese reading.
   */
  origin?: string | null;
}

/** Countries whose officials' names in Chinese characters are read in Mandarin. */
const CHINESE_READING = new Set(['CN', 'TW', 'HK', 'MO', 'SG']);

type Script = 'latin' | 'cyrillic' | 'arabic' | 'han' | 'kana' | 'hangul' | 'devanagari' | 'other';

const SCRIPTS: Array<[Script, RegExp]> = [
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}ー]/u],
  ['han', /\p{Script=Han}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['latin', /[\p{Script=Latin}\p{N}]/u],
];

function scriptOf(ch: string): Script | null {
  for (const [script, test] of SCRIPTS) if (test.test(ch)) return script;
  return /\p{L}/u.test(ch) ? 'other' : null;
}

/**
 * A Latin rendering of a name (or any short text) in any script, per script: BGN/PCGN for
 * Russian Cyrillic (iuliia), the national systems for Ukrainian, Belarusian and Serbian, rules for
 * Arabic and Persian, pinyin for Chinese (pinyin-pro), Hepburn for Japanese kana (hepburn), the
 * Revised Romanization for Korean, and any-ascii for Armenian, Georgian and Greek. Latin text is
 * returned as it is. A Japanese name in kanji is read by IPADIC's person names (japanese-names.ts),
 * given name first, and left as written when no family name fits; with the person's `origin`
 * known, a Chinese official in a Japanese text is read in pinyin, and a Japanese official in a
 * Chinese or Korean text by the Japanese reading. Pure; each script's library is loaded on first use.
 */
export function romanise(text: string, options: RomaniseOptions = {}): string {
  const language = options.language ?? null;
  const origin = options.origin ?? null;
  let out = '';
  let run = '';
  let runScript: Script | null = null;
  const flush = () => {
    if (run) out += romaniseRun(run, runScript, language, text, origin);
    run = '';
  };
  // Pinyin printed in parentheses after a character ("孫衛(wèi)東") is markup, not part of the name.
  const source = text.normalize('NFC').replace(/(\p{Script=Han})[(（][\p{Script=Latin}\p{M}\s]{1,12}[)）]/gu, '$1');
  for (const ch of source) {
    const script = scriptOf(ch);
    // Spaces, dots and hyphens stay inside a run so that names are romanised word by word together.
    if (script === null) {
      if (runScript !== null && /[\s.·・'’-]/u.test(ch)) run += ch;
      else {
        flush();
        runScript = null;
        out += ch;
      }
      continue;
    }
    if (script !== runScript) {
      const trailing = /[\s.·・'’-]*$/u.exec(run)![0];
      run = run.slice(0, run.length - trailing.length);
      flush();
      out += trailing;
      runScript = script;
    }
    run += ch;
  }
  flush();
  return out.replace(/\s+/g, ' ').trim();
}

/** True when the text has letters outside the Latin script. */
export function needsRomanising(text: string): boolean {
  return /[^\p{Script=Latin}\P{L}]/u.test(text);
}

function romaniseRun(run: string, script: Script | null, language: string | null, whole: string, origin: string | null): string {
  switch (script) {
    case 'cyrillic':
      return romaniseCyrillic(run, language);
    case 'arabic':
      return romaniseArabicScript(run, language === 'fa' || language === 'ur' ? 'fa' : 'ar');
    case 'han': {
      const japaneseText = language === 'ja' || /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(whole);
      if (origin !== null && CHINESE_READING.has(origin)) return romaniseHan(run);
      if (japaneseText) return romaniseJapaneseName(run) ?? run;
      // Only a full reading: simplified characters a Japanese name does not use ("叶" for "葉") would give a wrong family name alone.
      if (origin === 'JP') return romaniseJapaneseName(run, { whole: true }) ?? romaniseHan(run);
      return romaniseHan(run);
    }
    case 'kana':
      return romaniseKana(run);
    case 'hangul':
      return origin === 'JP' ? romaniseHangulJapanese(run) : romaniseHangul(run);
    case 'devanagari':
      return romaniseDevanagari(run);
    case 'other':
      return romaniseOther(run);
    default:
      return run;
  }
}

