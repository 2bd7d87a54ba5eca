import { Rank } from '../../domain/enums';

/**
 * The words of the genre in one language: what no library knows. Patterns are matched
 * case-insensitively on the text as written (Unicode-aware); stems cover inflection
 * ("Konsultationen", "məsləhətləşmələrin", "консультаций"). Every pattern is linear to match:
 * literal words, character classes and bounded repeats, with no repeat inside a repeat.
 */
export interface LanguageProfile {
  code: string;
  /** Words stand between spaces (not in Chinese and Japanese). */
  spaced: boolean;
  /** The script marks names with a capital (Latin, Cyrillic, Armenian, Greek). */
  cased: boolean;
  /** The event itself: "political consultations", "磋商", "협의". */
  consultations: RegExp;
  /** Another kind of meeting whose numbers must not become the consultations' round. */
  otherEvents: RegExp;
  /** Nouns a round number attaches to: "Runde", "raund", "الجولة", "ronda". */
  roundWords: RegExp;
  /** "next"/"another" round: a stated round without a number. */
  nextWords: RegExp;
  video: RegExp;
  phone: RegExp;
  /** A visit or a face-to-face meeting: the talks were held in person. */
  inPerson: RegExp;
  /** Future tense and announcements ("will hold", "is expected", "prévue"): the talks are planned. */
  planned: RegExp;
  /** Vague time words: no date can be read from them ("kürzlich", "recently"). */
  vagueTime: RegExp;
  /** Days counted from the publication date: "yesterday" −1, "today" 0, "tomorrow" +1. */
  relativeDays: Array<{ pattern: RegExp; offset: number }>;
  /** "last"/"this"/"next" before or after a weekday name. */
  weekdayPast: RegExp;
  weekdayNext: RegExp;
  /** Words saying whose side someone is on: "on the Latvian side", "من الجانب". */
  sideWords: RegExp;
  /** Words that may stand between a title and the name: "von Aserbaidschan,", "of Latvia", "Herr". */
  fillers: string;
  /** Honorifics that open or close a name and are not part of it ("Mr.", "H.E.", "博士"). */
  honorifics: RegExp;
  /** "and": joins two titles, or ends a title phrase before the next person. */
  and: RegExp;
  titles: TitleEntry[];
  /** Case endings a city name takes in running text ("Brüsseldə", "в Москве", "Bağdat'ta"). */
  cityEndings: string[];
  ordinals: OrdinalRules;
  /** Adjectives of countries that are not their names' beginnings ("polnisch" PL, "Dutch" NL), as stems. */
  demonyms?: Record<string, string>;
  /** Topic words, named in English in the draft. */
  topics: Partial<Record<Topic, string>>;
  /**
   * One word of a name in its dictionary form, given the title phrase before it (whose ending
   * tells the case): instrumental, genitive, a definite article or a case suffix taken off.
   * Absent: names do not inflect in this language.
   */
  nominative?: (word: string, position: 'given' | 'surname', title: string) => string;
}

export interface OrdinalRules {
  /** to-words locale that spells this language's ordinals. */
  locale?: string;
  /** Other forms of one generated ordinal word, as the language inflects it. */
  inflect?: (word: string, n: number) => string[];
  /** Digit ordinals as the language prints them; the group is the number. */
  digits: RegExp;
  /** Ordinals to-words lacks or spells otherwise in news text. */
  extra?: Record<string, number>;
}

export interface TitleEntry {
  pattern: RegExp;
  title: string;
  rank: Rank;
}

export const TOPICS = [
  'trade and economic cooperation',
  'energy',
  'transport and connectivity',
  'culture and education',
  'regional and international security',
  'humanitarian cooperation',
  'climate',
  'international organisations',
  'post-conflict reconstruction',
  'tourism',
  'investment',
] as const;
export type Topic = (typeof TOPICS)[number];

/** A case-insensitive, Unicode, global pattern. */
export const W = (source: string) => new RegExp(source, 'giu');

/**
 * A title entry. In spaced languages a title ends at a word's end ("Außenminister" must not match
 * inside "Außenministerium"); in Chinese and Japanese the name follows without a space.
 */
export const T = (source: string, title: string, rank: Rank, bounded = true): TitleEntry => ({
  pattern: W(bounded ? `(?:${source})(?![\\p{L}\\p{M}])` : source),
  title,
  rank,
});

/** The title of "his counterpart", "его коллега": the other head's office, filled in once both are read. */
export const COUNTERPART = 'counterpart';
export const DM = 'Deputy Minister of Foreign Affairs';
export const VM = 'Vice Minister of Foreign Affairs';
export const MIN = 'Minister of Foreign Affairs';
export const { DEPUTY_MINISTER, DIRECTOR_GENERAL, STATE_SECRETARY, AMBASSADOR, MINISTER, HEAD_OF_DEPARTMENT, OTHER } = Rank;

/** Relative days of a language: [pattern, offset]. */
export const days = (entries: Array<[string, number]>) => entries.map(([source, offset]) => ({ pattern: W(source), offset }));
