import { ConsultationKind, ConsultationStatus, DatePrecision } from '../domain/enums';
import { detectLanguage } from './detect-language';
import { ExtractedDraft, Span } from './draft';
import { findCity } from './find-city';
import { findCountries } from './find-countries';
import { findDate } from './find-date';
import { findFormat } from './find-format';
import { findHeads } from './find-heads';
import { findRound } from './find-round';
import { findStatus } from './find-status';
import { Language, PROFILES, SUPPORTED_LANGUAGES, TOPICS } from './languages';
import { MAX_ARTICLE_CHARS } from './limits';
import { matchesIn, sentences as splitSentences } from './text';

export interface ExtractOptions {
  /** The report's publication date (YYYY, YYYY-MM or YYYY-MM-DD): the year of a date written without one, the day relative days count from. */
  publishedAt?: string | null;
  /** Skip detection (tests, a caller who knows). */
  language?: Language;
}

/**
 * Reads one news report about bilateral consultations and proposes a draft. Pure and
 * synchronous, plain data in and out (it may run in a worker thread): no database — matching
 * heads to known officials is done by the caller through the graph's name resolution. Every
 * value comes with the span it was read from; doubts become warnings; nothing is guessed.
 */
export function extractDraft(article: string, options: ExtractOptions = {}): ExtractedDraft {
  const text = article.slice(0, MAX_ARTICLE_CHARS);
  const warnings: string[] = [];
  const detected = options.language ? { language: options.language, detected: options.language, confidence: 1 } : detectLanguage(text);
  if (!detected.language) {
    return { ...empty(null), warnings: [`The language could not be detected (${detected.detected || 'none'}); supported: ${SUPPORTED_LANGUAGES.join(', ')}.`] };
  }
  const language = detected.language;
  if (detected.detected && detected.detected !== language) warnings.push(`The text looks like "${detected.detected}", which has no lexicon here; read as ${language}.`);
  const evidence: ExtractedDraft['evidence'] = [{ field: 'language', start: 0, end: Math.min(text.length, 200), text: text.slice(0, 200), confidence: detected.confidence }];

  const profile = PROFILES[language];
  const sentences = splitSentences(text);
  const consultations = matchesIn(profile.consultations, { start: 0, text });
  if (consultations.length === 0) warnings.push('The text never names consultations; is this a report of consultations?');
  const countries = findCountries(text, sentences, language);
  const status = findStatus(sentences, language);
  const planned = status.status === ConsultationStatus.PLANNED;
  const date = findDate(text, sentences, language, options.publishedAt ?? null, planned);
  const city = findCity(sentences, language);
  const round = findRound(sentences, language);
  const heads = findHeads(sentences, language, countries.codes);
  const format = findFormat(sentences, language, city.evidence);

  for (const e of [date.evidence, city.evidence, round.evidence, format.evidence, status.evidence]) if (e) evidence.push(e);
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
    status: status.status,
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

function findTopics(text: string, language: Language): Array<{ topic: string; span: Span }> {
  const words = PROFILES[language].topics;
  return TOPICS.flatMap((topic) => {
    const pattern = words[topic];
    const span = pattern ? matchesIn(topicPattern(pattern), { start: 0, text })[0] : undefined;
    return span ? [{ topic, span }] : [];
  });
}

const topicPatterns = new Map<string, RegExp>();
function topicPattern(source: string): RegExp {
  let re = topicPatterns.get(source);
  if (!re) topicPatterns.set(source, (re = new RegExp(source, 'giu')));
  return re;
}

function empty(language: string | null): Omit<ExtractedDraft, 'warnings'> {
  return {
    language,
    kind: ConsultationKind.OTHER,
    status: ConsultationStatus.HELD,
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
