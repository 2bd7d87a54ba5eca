import { bestNameScore, NAME_MATCH_THRESHOLD } from '../name-matching';

/** One article's expected facts, in the format of ../shared/seeds/answers.json (and ../shared/devset/answers.json). */
export interface ExpectedArticle {
  file: string;
  language: string;
  published: string | null;
  /** The date the stored page carries (devset only; may be a month): the publication date when `published` is null. */
  pageDate?: string | null;
  kind: string;
  date: string | null;
  countries: string[];
  city: string | null;
  format: 'in_person' | 'video' | 'phone' | null;
  status?: 'held' | 'planned';
  round: number | null;
  heads: Array<{ name: string; nameAsWritten: string; country: string; title: string; rank: string }>;
}

/** What the evaluator reads of a draft: `readArticle`'s answer, or `extractDraft`'s with each head's Latin name. */
export interface ScoredDraft {
  language: string | null;
  kind: string;
  countries: string[];
  date: string | null;
  city: string | null;
  format: string | null;
  status?: string;
  round: { number: number | null };
  heads: Array<{ name: string; nameAsWritten: string; country: string | null; title: string | null; rank: string | null }>;
}

export interface FieldScore {
  field: string;
  right: number;
  total: number;
}

export interface Mismatch {
  file: string;
  field: string;
  expected: unknown;
  got: unknown;
}

export interface Evaluation {
  scores: FieldScore[];
  /** Every field of the articles of one language, added up. */
  languages: FieldScore[];
  mismatches: Mismatch[];
  /** A date proposed where the answer has none. */
  inventedDates: Mismatch[];
  /** A date proposed that is not the answer's. */
  wrongDates: Mismatch[];
}

const FORMATS: Record<string, string> = { in_person: 'IN_PERSON', video: 'VIDEO_CONFERENCE', phone: 'PHONE' };
const FIELDS = ['language', 'kind', 'countries', 'date', 'city', 'format', 'round', 'heads.count', 'heads.nameAsWritten', 'heads.name', 'heads.country', 'heads.title', 'heads.rank'];

/**
 * Per-field and per-language accuracy of drafts against expected answers. Every field counts,
 * including the ones an article does not state: proposing a city where the answer is null is
 * wrong. A head's name is right when it is the same person by the graph's name resolution; a
 * title when it is the expected English title or its beginning ("Deputy Minister of Foreign
 * Affairs" for "… and Political Director"), hyphens counting as spaces and "Vice" as "Deputy"
 * (the answers translate the same office both ways). A date where the answer
 * has none is counted apart as invented. `status` is not scored (the answers' format leaves it
 * out of the score), but it is reported.
 */
export function evaluate(results: Array<{ expected: ExpectedArticle; draft: ScoredDraft }>): Evaluation {
  const scores = new Map(FIELDS.map((f) => [f, { field: f, right: 0, total: 0 }]));
  const languages = new Map<string, FieldScore>();
  const mismatches: Mismatch[] = [];
  const inventedDates: Mismatch[] = [];
  const wrongDates: Mismatch[] = [];
  for (const { expected: e, draft: d } of results) {
    const language = languages.get(e.language) ?? { field: e.language, right: 0, total: 0 };
    languages.set(e.language, language);
    const check = (field: string, expected: unknown, got: unknown, right = JSON.stringify(expected) === JSON.stringify(got)) => {
      const score = scores.get(field)!;
      score.total += 1;
      language.total += 1;
      if (right) {
        score.right += 1;
        language.right += 1;
      } else mismatches.push({ file: e.file, field, expected, got });
    };
    check('language', e.language, d.language);
    check('kind', e.kind, d.kind);
    check('countries', [...e.countries].sort(), [...d.countries].sort());
    check('date', e.date, d.date);
    if (d.date !== null && e.date === null) inventedDates.push({ file: e.file, field: 'date', expected: null, got: d.date });
    else if (d.date !== null && d.date !== e.date) wrongDates.push({ file: e.file, field: 'date', expected: e.date, got: d.date });
    check('city', e.city, d.city);
    check('format', e.format === null ? null : FORMATS[e.format], d.format);
    check('round', e.round, d.round.number);
    check('heads.count', e.heads.length, d.heads.length);
    const taken = new Set<number>();
    for (const head of e.heads) {
      // The same person first (by spelling, then by name resolution), so a wrong side shows as a wrong country.
      const pick = (test: (h: ScoredDraft['heads'][number]) => boolean) => {
        const i = d.heads.findIndex((h, index) => !taken.has(index) && test(h));
        return i < 0 ? undefined : (taken.add(i), d.heads[i]);
      };
      const got =
        pick((h) => normalise(h.nameAsWritten) === normalise(head.nameAsWritten)) ??
        pick((h) => bestNameScore(h.name, [head.name, head.nameAsWritten]) >= NAME_MATCH_THRESHOLD) ??
        pick((h) => h.country === head.country);
      check('heads.country', head.country, got?.country ?? null);
      check('heads.nameAsWritten', head.nameAsWritten, got?.nameAsWritten ?? null, !!got && normalise(got.nameAsWritten) === normalise(head.nameAsWritten));
      check('heads.name', head.name, got?.name ?? null, !!got && bestNameScore(got.name, [head.name]) >= NAME_MATCH_THRESHOLD);
      check('heads.title', head.title, got?.title ?? null, !!got && !!got.title && titleForm(head.title).startsWith(titleForm(got.title)));
      check('heads.rank', head.rank.toUpperCase(), got?.rank ?? null);
    }
  }
  return { scores: [...scores.values()], languages: [...languages.values()], mismatches, inventedDates, wrongDates };
}

/** All fields right over all fields scored, in percent. */
export function overall(scores: FieldScore[]): number {
  const right = scores.reduce((n, s) => n + s.right, 0);
  const total = scores.reduce((n, s) => n + s.total, 0);
  return total === 0 ? 0 : (right / total) * 100;
}

function normalise(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

/** Titles compared as words: hyphens are spaces, and "Vice Minister" is "Deputy Minister" (one office, two translations). */
function titleForm(s: string): string {
  return normalise(s.replace(/[-‐‑–]/g, ' ')).replace(/\bvice\b/g, 'deputy');
}
