import { Evidence, Span } from './draft';
import { Language } from './languages';
import { LEXICONS } from './lexicon';
import { parseOrdinal } from './ordinals';
import { matchesIn } from './text';

export interface RoundReading {
  number: number | null;
  statedAs: string | null;
  evidence: Evidence | null;
  warnings: string[];
}

/** How far a round word may stand from the word "consultations" and still be its round. */
const NEAR = 90;
const TOKEN = /[\p{L}\p{M}\p{N}ªº°'’.-]+/gu;

/**
 * The round of the consultations, as the article states it: an ordinal (word, digits or Roman)
 * next to a round word ("fünfte Runde", "الجولة الخامسة", "2-ci raund", "round 5") that stands
 * near "consultations" with no other event ("commission") in between. "Next round" is a stated
 * round without a number. Different numbers in one article become a warning, not a choice.
 */
export function findRound(sentences: Span[], language: Language): RoundReading {
  const lex = LEXICONS[language];
  const found: Array<{ number: number | null; span: Span }> = [];
  for (const sentence of sentences) {
    const consultations = matchesIn(lex.consultations, sentence);
    if (consultations.length === 0) continue;
    const others = matchesIn(lex.otherEvents, sentence);
    for (const word of matchesIn(lex.roundWords, sentence)) {
      const near = consultations.some((c) => {
        const [from, to] = c.start < word.start ? [c.end, word.start] : [word.end, c.start];
        return to - from <= NEAR && !others.some((o) => o.start >= from && o.end <= to);
      });
      if (!near) continue;
      const reading = ordinalAround(sentence, word, language);
      if (reading) found.push(reading);
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

/** The ordinal right before the round word (most languages) or right after it (Arabic, "round 5"). */
function ordinalAround(sentence: Span, word: Span, language: Language): { number: number | null; span: Span } | null {
  const before = tokens(sentence, sentence.start, word.start).slice(-3);
  const after = tokens(sentence, word.end, sentence.end).slice(0, 3);
  const lex = LEXICONS[language];
  // Longest phrase first: "двадцать первый", then one word.
  for (let n = Math.min(2, before.length); n >= 1; n -= 1) {
    const phrase = before.slice(-n);
    const value = parseOrdinal(phrase.map((t) => t.text).join(' '), language);
    if (value !== null) return { number: value, span: join(sentence, phrase[0].start, word.end) };
  }
  if (after[0]) {
    const value = parseOrdinal(after[0].text, language) ?? (/^\d{1,3}$/.test(after[0].text) ? Number(after[0].text) : null);
    if (value !== null) return { number: value, span: join(sentence, word.start, after[0].end) };
  }
  const next = [...before.slice(-2), ...after.slice(0, 1)].find((t) => new RegExp(`^(?:${lex.nextWords.source})$`, 'iu').test(t.text));
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
