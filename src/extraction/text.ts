import { Span } from './draft';

/**
 * Sentences with their offsets in the article. A line break also ends a sentence (headlines,
 * datelines); so do the Chinese and Japanese full stops, the Hindi danda and the Armenian full
 * stop, which need no space after them. Linear: one pass of a regex whose alternatives start
 * with disjoint characters.
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  // A terminator ends a sentence only before white space: "AzVision.az", "1.7" stay inside.
  const re = /(?:[^.!?؟\n。！？।։]|[.!?؟](?!\s|$))+(?:[.!?؟]+(?=\s|$)|[。！？।։]+|\n|$)/gu;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length === 0) continue;
    out.push({ start: m.index! + lead, end: m.index! + lead + body.length, text: body });
  }
  return mergeAbbreviations(out, text);
}

/**
 * "4. April", "J. Koreman", "Ch. Chalafov", "la 13ra. reunión": a period after a number, an
 * initial or an abbreviation does not end a sentence, nor one the next word continues in lower case.
 */
/** Abbreviations before a name or a portfolio ("Mrs.", "Prof.", "ks. prałat", "ds. Stosunków", "Excmo."), never a sentence's end. */
const ABBREVIATION = /(?:^|[\s(])(?:Mrs|Prof|Hon|Amb|Sen|Gen|Sra|Srta|Dña|Mme|Mlle|Exmo|Exma|Excmo|Excma|Sig|Dott|Dipl|ds|ks|abp|kard|prof|np|tzw|m\.in|г-н|г-жа|проф|акад)\.$/u;

function mergeAbbreviations(parts: Span[], text: string): Span[] {
  const merged: Span[] = [];
  for (const part of parts) {
    const previous = merged[merged.length - 1];
    const joinable =
      previous &&
      text[previous.end - 1] === '.' &&
      !text.slice(previous.end, part.start).includes('\n') &&
      (/(?:^|\s)(?:\d{1,3}\p{L}{0,3}|\p{Lu}\p{Ll}?)\.$/u.test(previous.text) || ABBREVIATION.test(previous.text) || /^\p{Ll}/u.test(part.text));
    if (joinable) {
      previous.end = part.end;
      previous.text = text.slice(previous.start, part.end);
    } else merged.push({ ...part });
  }
  return merged;
}

/** All matches of a global regex inside a span, with article offsets. */
export function matchesIn(pattern: RegExp, span: { start: number; text: string }): Span[] {
  let re = globals.get(pattern);
  if (!re) {
    re = pattern.flags.includes('g') ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
    globals.set(pattern, re);
  }
  return [...span.text.matchAll(re)].map((m) => ({ start: span.start + m.index!, end: span.start + m.index! + m[0].length, text: m[0] }));
}

/** Whether a pattern matches inside a span (no allocation of the matches). */
export function hasMatch(pattern: RegExp, span: { text: string }): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(span.text);
  pattern.lastIndex = 0;
  return found;
}

const globals = new WeakMap<RegExp, RegExp>();

/**
 * A dateline or header line: short, at the top or standing alone, made of a place, a date and an
 * agency ("Bakú, 10 de junio, AZERTAC", "05 April 2022    Gelesen: 345"). Its place is where the
 * report was filed, not where the talks were held.
 */
export function isDatelineLike(sentence: Span): boolean {
  const text = sentence.text.trim();
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text)) {
    // Chinese, Japanese, Korean: a short line with a digit, or "[서울=뉴스핌]", "東京:" standing alone.
    return (text.length <= 20 && /\d/.test(text)) || /^[[(（【]?[^\s:：=]{1,12}[=:：][^\s]{0,12}[\])）】]?$/u.test(text);
  }
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length > 8 || !/\d/.test(text)) return false;
  // "Bakı, 3 fevral (AZERTAC).", "Warsaw, March 15 –": a place, a comma and a date open it.
  const placeThenDate = /^\p{Lu}[\p{L}\p{M}' .-]{1,30},\s*(?:\d{1,2}(?!\d)|\p{L}+\.?\s+\d{1,2}(?!\d))/u.test(text);
  return placeThenDate || !/[.!?؟。։।]$/.test(text);
}

/**
 * Where a dateline that opens a sentence ends: "Jakarta, 23 August (ANTARA) – Indonesia and …",
 * "Prague, 10 novembre (ČTK) – La 4e session …". Its place and date are the report's, not the
 * meeting's; 0 when the sentence has none.
 */
export function datelinePrefixEnd(sentence: Span): number {
  // "[서울=뉴스핌] 이영태 기자 =", "(VOVWORLD) -", "中新社馬尼拉3月23日電 (記者 張興龍)", "東京:", "مسقط ـ العمانية:".
  const bracketed = /^(?:\[[^\]]{1,40}\](?:\s*[^\s=]{1,12}\s기자\s*=)?|\([^)]{1,30}\)\s*[-–—]|[^\s:：]{1,12}[:：](?!\d)|\p{Script=Han}{2,12}\d{1,2}月\d{1,2}日[電电](?:\s*[(（][^)）]{1,30}[)）])?|[\u0600-\u06FF]{2,20}\s*[-–—ـ]\s*[\u0600-\u06FF]{2,20}\s*:)\s*/u.exec(sentence.text);
  if (bracketed) return sentence.start + bracketed[0].length;
  const m = /^[\p{Lu}\u0600-\u06FF][\p{L}\p{M}' .-]{1,30}?(?:,|\s+في)?\s*(\d{1,2}\.?\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2})?(?:,?\s*\d{4})?\s*(\([^)]{1,40}\)|\/[^/]{1,20}\/)?\s*[-–—ـ]\s+/u.exec(sentence.text);
  // A place alone before a dash is not a dateline ("Belgique – Côte d'Ivoire"): a date or an agency must follow it.
  return m && (m[1] || m[2]) ? sentence.start + m[0].length : sentence.start;
}

/**
 * Matches that start a word: in spaced scripts "конференции" inside "видеоконференции" is not the
 * word "conference". Chinese and Japanese have no word starts to check.
 */
export function wordMatchesIn(pattern: RegExp, span: { start: number; text: string }, spaced: boolean): Span[] {
  const all = matchesIn(pattern, span);
  return spaced ? all.filter((m) => !/[\p{L}\p{M}]/u.test(span.text[m.start - span.start - 1] ?? '')) : all;
}
