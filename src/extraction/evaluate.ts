import { bestNameScore, NAME_MATCH_THRESHOLD } from '../name-matching';
import { ArticleDraft } from './read-article';

/** One article's expected facts, in the format of ../shared/seeds/answers.json. */
export interface ExpectedArticle {
  file: string;
  language: string;
  published: string | null;
  kind: string;
  date: string | null;
  countries: string[];
  city: string | null;
  format: 'in_person' | 'video' | 'phone' | null;
  round: number | null;
  heads: Array<{ name: string; nameAsWritten: string; country: string; title: string; rank: string }>;
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

const FORMATS: Record<string, string> = { in_person: 'IN_PERSON', video: 'VIDEO_CONFERENCE', phone: 'PHONE' };
const FIELDS = ['language', 'kind', 'countries', 'date', 'city', 'format', 'round', 'heads.count', 'heads.nameAsWritten', 'heads.name', 'heads.country', 'heads.title', 'heads.rank'];

/**
 * Per-field accuracy of drafts against expected answers. Every field counts, including the ones
 * an article does not state: proposing a city where the answer is null is wrong. A head's name is
 * right when it is the same person by the graph's name resolution; a title when it is the
 * expected English title or its beginning ("Deputy Minister of Foreign Affairs" for
 * "… and Political Director").
 */
export function evaluate(results: Array<{ expected: ExpectedArticle; draft: ArticleDraft }>): { scores: FieldScore[]; mismatches: Mismatch[] } {
  const scores = new Map(FIELDS.map((f) => [f, { field: f, right: 0, total: 0 }]));
  const mismatches: Mismatch[] = [];
  const check = (file: string, field: string, expected: unknown, got: unknown, right = JSON.stringify(expected) === JSON.stringify(got)) => {
    const score = scores.get(field)!;
    score.total += 1;
    if (right) score.right += 1;
    else mismatches.push({ file, field, expected, got });
  };
  for (const { expected: e, draft: d } of results) {
    check(e.file, 'language', e.language, d.language);
    check(e.file, 'kind', e.kind, d.kind);
    check(e.file, 'countries', [...e.countries].sort(), [...d.countries].sort());
    check(e.file, 'date', e.date, d.date);
    check(e.file, 'city', e.city, d.city);
    check(e.file, 'format', e.format === null ? null : FORMATS[e.format], d.format);
    check(e.file, 'round', e.round, d.round.number);
    check(e.file, 'heads.count', e.heads.length, d.heads.length);
    for (const head of e.heads) {
      // The same person first (by spelling, then by name resolution), so a wrong side shows as a wrong country.
      const got =
        d.heads.find((h) => normalise(h.nameAsWritten) === normalise(head.nameAsWritten)) ??
        d.heads.find((h) => bestNameScore(h.name, [head.name, head.nameAsWritten]) >= NAME_MATCH_THRESHOLD) ??
        d.heads.find((h) => h.country === head.country);
      const label = (f: string) => `heads.${f}`;
      check(e.file, label('country'), head.country, got?.country ?? null);
      check(e.file, label('nameAsWritten'), head.nameAsWritten, got?.nameAsWritten ?? null, !!got && normalise(got.nameAsWritten) === normalise(head.nameAsWritten));
      check(e.file, label('name'), head.name, got?.name ?? null, !!got && bestNameScore(got.name, [head.name]) >= NAME_MATCH_THRESHOLD);
      check(e.file, label('title'), head.title, got?.title ?? null, !!got && !!got.title && normalise(head.title).startsWith(normalise(got.title)));
      check(e.file, label('rank'), head.rank.toUpperCase(), got?.rank ?? null);
    }
  }
  return { scores: [...scores.values()], mismatches };
}

function normalise(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}
