import { ConsultationKind, DatePrecision, MeetingFormat } from '../domain/enums';
import { ExtractedDraft, Span } from './draft';
import { findCity } from './find-city';
import { findCountries } from './find-countries';
import { findDate } from './find-date';
import { findHeads } from './find-heads';
import { findRound } from './find-round';
import { MAX_ARTICLE_CHARS } from './limits';
import { detectLanguage, Language, round2 } from './languages';
import { LEXICONS, TOPICS } from './lexicon';
import { matchesIn, sentences as splitSentences } from './text';

export interface ExtractOptions {
  /** The report's publication date (YYYY, YYYY-MM or YYYY-MM-DD): the year of a date written without one. */
  publishedAt?: string | null;
  /** Skip detection (tests, a caller who knows). */
  language?: Language;
}

/**
 * Reads one news report about bilateral consultations and proposes a draft. Pure: no database
 * (matching heads to known officials is done by the caller through the graph's name
 * resolution). Every value comes with the span it was read from; doubts become warnings.
 */
export function extractDraft(article: string, options: ExtractOptions = {}): ExtractedDraft {
  const text = article.slice(0, MAX_ARTICLE_CHARS);
  const warnings: string[] = [];
  const detected = options.language ? { language: options.language, detected: options.language, confidence: 1 } : detectLanguage(text);
  if (!detected.language) {
    return { ...empty(null), warnings: [`The language could not be detected (${detected.detected || 'none'}); supported: de, az, ar, es, en, ru, fr, tr.`] };
  }
  const language = detected.language;
  if (detected.detected && detected.detected !== language) warnings.push(`The text looks like "${detected.detected}", which has no lexicon here; read as ${language}.`);
  const evidence: ExtractedDraft['evidence'] = [{ field: 'language', start: 0, end: Math.min(text.length, 200), text: text.slice(0, 200), confidence: detected.confidence }];

  const sentences = splitSentences(text);
  const lex = LEXICONS[language];
  const consultations = matchesIn(lex.consultations, { start: 0, text });
  if (consultations.length === 0) warnings.push('The text never names consultations; is this a report of consultations?');
  const countries = findCountries(text, sentences, language);
  const date = findDate(text, sentences, language, options.publishedAt ?? null);
  const city = findCity(sentences, language);
  const round = findRound(sentences, language);
  const heads = findHeads(sentences, language, countries.codes);
  const format = findFormat(text, sentences, language, city.city !== null);

  for (const e of [date.evidence, city.evidence, round.evidence, format.evidence]) if (e) evidence.push(e);
  evidence.push(...countries.evidence);
  heads.heads.forEach((h, i) => {
    evidence.push({ field: `heads.${i}.name`, start: h.start, end: h.end, text: h.nameAsWritten, confidence: h.confidence });
    evidence.push({ field: `heads.${i}.title`, ...h.titleSpan, confidence: 0.85 });
    if (h.countrySpan) evidence.push({ field: `heads.${i}.country`, ...h.countrySpan, text: text.slice(h.countrySpan.start, h.countrySpan.end), confidence: h.confidence });
  });
  const topics = findTopics(text, language);
  for (const t of topics) evidence.push({ field: `topics.${t.topic}`, ...t.span, confidence: 0.6 });
  if (consultations[0]) evidence.push({ field: 'kind', ...consultations[0], confidence: 0.9 });

  return {
    language,
    kind: consultations.length > 0 ? ConsultationKind.POLITICAL_CONSULTATIONS : ConsultationKind.OTHER,
    countries: countries.codes,
    date: date.date,
    datePrecision: date.precision,
    city: city.city,
    format: format.format,
    round: { number: round.number, statedAs: round.statedAs },
    heads: heads.heads,
    topics: topics.map((t) => t.topic),
    warnings: [...warnings, ...countries.warnings, ...date.warnings, ...city.warnings, ...round.warnings, ...heads.warnings, ...format.warnings],
    evidence,
  };
}

function findFormat(text: string, sentences: ReturnType<typeof splitSentences>, language: Language, hasCity: boolean) {
  const lex = LEXICONS[language];
  const video = matchesIn(lex.video, { start: 0, text })[0];
  const phone = matchesIn(lex.phone, { start: 0, text })[0];
  const warnings: string[] = [];
  if (video && phone) warnings.push('Both a video link and a telephone are mentioned; format left to you.');
  else if (video || phone) {
    const span = (video ?? phone)!;
    const format = video ? MeetingFormat.VIDEO_CONFERENCE : MeetingFormat.PHONE;
    const inEvent = sentences.some((s) => span.start >= s.start && span.end <= s.end && matchesIn(lex.consultations, s).length > 0);
    return { format, evidence: { field: 'format', ...span, confidence: round2(inEvent ? 0.9 : 0.6) }, warnings };
  }
  if (hasCity) return { format: MeetingFormat.IN_PERSON, evidence: null, warnings };
  return { format: null, evidence: null, warnings };
}

function findTopics(text: string, language: Language): Array<{ topic: string; span: Span }> {
  return TOPICS.flatMap((t) => {
    const words = t.words[language];
    const span = words ? matchesIn(new RegExp(words, 'iu'), { start: 0, text })[0] : undefined;
    return span ? [{ topic: t.topic, span }] : [];
  });
}

function empty(language: string | null): Omit<ExtractedDraft, 'warnings'> {
  return {
    language,
    kind: ConsultationKind.OTHER,
    countries: [],
    date: null,
    datePrecision: DatePrecision.UNKNOWN,
    city: null,
    format: null,
    round: { number: null, statedAs: null },
    heads: [],
    topics: [],
    evidence: [],
  };
}
