import { Evidence, Span } from './draft';
import { Language, LanguageProfile, PROFILES } from './languages';
import { parseOrdinal } from './ordinals';
import { matchesIn, wordMatchesIn } from './text';

export interface RoundReading {
  number: number | null;
  statedAs: string | null;
  evidence: Evidence | null;
  warnings: string[];
}

/** How far a round word may stand from the word "consultations" and still be its round. */
const NEAR = 90;
const TOKEN = /[\p{L}\p{M}\p{N}ªº°'’.-]+/gu;

/** A round number written in Chinese, Japanese or Korean: "第23次", "第十五轮", "4回目", "제5차", "1차". */
const CJK_ROUND = /第\s?([0-9０-９〇零一二两兩三四五六七八九十百]{1,5})\s?(?:次|轮|輪|届|屆|回)|([0-9]{1,3})\s?回目|(?:제\s?)?([0-9]{1,3})\s?차(?!관)|(初)の/gu;

/** Words saying that a number belongs to an earlier or a later round ("since their 7th consultation"). */
const OTHER_ROUND = /(?:previous|last|since|prior|depuis|pr[ée]c[ée]dent\p{L}*|derni[eè]re?|предыдущ\p{L}*|прошл\p{L}*|anterior\p{L}*|pasad[oa]|vorige[nrs]?|letzte[nrs]?|seit|önceki|geçen|əvvəlki|ötən|السابق\p{L}*|الماضي\p{L}*|قبلی|گذشته|poprzedni\p{L}*|ostatni\p{L}*|precedente|passat[oa]|попередн\p{L}*|上次|上一|前回|지난|lần\s+trước|पिछल\p{M}*)\s+(?:\S+\s+){0,3}$/iu;

/**
 * The round of the consultations, as the article states it: an ordinal (word, digits or Roman)
 * next to a round word ("fünfte Runde", "الجولة الخامسة", "2-ci raund", "round 5", "第23次") that
 * stands near "consultations" with no other event ("commission") in between. A number said of an
 * earlier or later round is not this one. "Next round" is a stated round without a number.
 * Different numbers in one article become a warning, not a choice.
 */
export function findRound(sentences: Span[], language: Language): RoundReading {
  const profile = PROFILES[language];
  const found: Array<{ number: number | null; span: Span }> = [];
  for (const sentence of sentences) {
    const others = wordMatchesIn(profile.otherEvents, sentence, profile.spaced);
    const overlapsOther = (s: Span) => others.some((o) => s.start < o.end && o.start < s.end);
    const consultations = matchesIn(profile.consultations, sentence).filter((c) => !overlapsOther(c));
    if (consultations.length === 0) continue;
    const near = (word: Span, reach = NEAR) =>
      consultations.some((c) => {
        const [from, to] = c.start < word.start ? [c.end, word.start] : [word.end, c.start];
        return to - from <= reach && !others.some((o) => o.start >= from && o.end <= to);
      });
    if (!profile.spaced || language === 'ko') {
      for (const m of matchesIn(CJK_ROUND, sentence)) {
        if (!near(m, 40) || overlapsOther(m)) continue;
        const raw = /[0-9０-９〇零一二两兩三四五六七八九十百]+|初/u.exec(m.text)![0];
        const number = raw === '初' ? 1 : parseOrdinal(raw.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)), language) ?? (/^\d+$/.test(raw) ? Number(raw) : null);
        if (number !== null && !aboutOtherRound(sentence, m)) found.push({ number, span: m });
      }
      if (!profile.spaced) continue;
    }
    // The ordinal may stand before the word "consultations" itself ("the ninth political consultations").
    const words = [...matchesIn(profile.roundWords, sentence), ...consultations.map((c) => ({ ...c, consultation: true }))];
    for (const word of words) {
      if (!near(word) || overlapsOther(word)) continue;
      if ('consultation' in word) {
        const reading = ordinalBefore(sentence, word, language);
        if (reading && !aboutOtherRound(sentence, reading.span)) found.push(reading);
        continue;
      }
      const reading = ordinalAround(sentence, word, language, profile);
      if (reading && !(reading.number !== null && aboutOtherRound(sentence, reading.span))) found.push(reading);
    }
  }
  const numbered = found.filter((f) => f.number !== null);
  const numbers = [...new Set(numbered.map((f) => f.number))];
  const warnings: string[] = [];
  if (numbers.length > 1) {
    warnings.push(`The article states different round numbers (${numbers.join(', ')}); none was chosen.`);
    return { number: null, statedAs: null, evidence: null, warnings };
  }
  const best = numbered[0] ?? found[0];
  if (!best) return { number: null, statedAs: null, evidence: null, warnings };
  if (best.number === null) warnings.push(`"${best.span.text}" states a round without its number; the number is left unknown.`);
  return {
    number: best.number,
    statedAs: best.span.text,
    evidence: { field: 'round', ...best.span, confidence: best.number === null ? 0.6 : 0.9 },
    warnings,
  };
}

function aboutOtherRound(sentence: Span, span: Span): boolean {
  return OTHER_ROUND.test(sentence.text.slice(Math.max(0, span.start - sentence.start - 40), span.start - sentence.start));
}

function ordinalBefore(sentence: Span, word: Span, language: Language): { number: number; span: Span } | null {
  const before = tokens(sentence, Math.max(sentence.start, word.start - 60), word.start).slice(-3);
  for (let n = Math.min(3, before.length); n >= 1; n -= 1) {
    const phrase = before.slice(-n);
    // Only right before the word: "the ninth political consultations", not "in 2023 consultations".
    if (word.start - phrase[n - 1].end > 2) break;
    const value = parseOrdinal(phrase.map((t) => t.text).join(' '), language);
    if (value !== null && !/^\d+$/.test(phrase[n - 1].text)) return { number: value, span: join(sentence, phrase[0].start, word.end) };
  }
  return null;
}

/** The ordinal right before the round word (most languages) or right after it (Arabic, "round 5", "lần thứ 12"). */
function ordinalAround(sentence: Span, word: Span, language: Language, profile: LanguageProfile): { number: number | null; span: Span } | null {
  // A window of words either side: the whole sentence would cost quadratic time on a long one.
  const before = tokens(sentence, Math.max(sentence.start, word.start - 60), word.start).slice(-3);
  const after = tokens(sentence, word.end, Math.min(sentence.end, word.end + 60)).slice(0, 3);
  // Longest phrase first: "двадцать первый", "بیست و ششمین", then one word.
  for (let n = Math.min(3, before.length); n >= 1; n -= 1) {
    const phrase = before.slice(-n);
    const value = parseOrdinal(phrase.map((t) => t.text).join(' '), language);
    if (value !== null) return { number: value, span: join(sentence, phrase[0].start, word.end) };
  }
  for (let n = Math.min(2, after.length); n >= 1; n -= 1) {
    const phrase = after.slice(0, n);
    const text = phrase.map((t) => t.text).join(' ');
    const value = parseOrdinal(text, language) ?? (n === 1 && /^\d{1,3}$/.test(text) ? Number(text) : null);
    if (value !== null) return { number: value, span: join(sentence, word.start, phrase[n - 1].end) };
  }
  const next = [...before.slice(-2), ...after.slice(0, 1)].find((t) => new RegExp(`^(?:${profile.nextWords.source})$`, 'iu').test(t.text));
  if (next) return { number: null, span: join(sentence, Math.min(next.start, word.start), Math.max(next.end, word.end)) };
  return null;
}

function tokens(sentence: Span, from: number, to: number): Span[] {
  const slice = { start: from, text: sentence.text.slice(from - sentence.start, to - sentence.start) };
  return matchesIn(TOKEN, slice).map((t) => ({ ...t, text: t.text.replace(/^[.'’-]+|[,'’-]+$/g, '') }));
}

function join(sentence: Span, start: number, end: number): Span {
  return { start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start) };
}
