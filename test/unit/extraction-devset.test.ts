import fs from 'node:fs';
import path from 'node:path';
import { evaluate, ExpectedArticle, overall } from '../../src/extraction/evaluate';
import { extractDraft } from '../../src/extraction/extract-draft';
import { readReportFile } from '../../src/extraction/report-file';

/**
 * The development set (../shared/devset: 50 real reports in 21 languages, with answers): a floor
 * on the share of fields right that may only rise, and no date proposed where the answer has none.
 * Heads are scored by their Latin rendering (no graph here; `npm run eval:extract` matches them
 * against the graph's officials too). Skipped where ../shared is absent.
 */
const DEVSET = path.join(__dirname, '..', '..', '..', 'shared', 'devset');
const available = fs.existsSync(path.join(DEVSET, 'answers.json'));
/** Raise these when the extractor improves; never lower them. */
const FLOOR_ALL_FIELDS = 95;
const FLOOR_PER_FIELD: Record<string, number> = { language: 100, kind: 100, date: 100, round: 98, countries: 100, format: 98, city: 96, 'heads.count': 96, 'heads.name': 81, 'heads.country': 94, 'heads.title': 94, 'heads.rank': 94 };
/** Every language of the set, all fields of its articles. */
const FLOOR_PER_LANGUAGE = 80;

(available ? describe : describe.skip)('the development set', () => {
  const answers: ExpectedArticle[] = available ? JSON.parse(fs.readFileSync(path.join(DEVSET, 'answers.json'), 'utf8')) : [];
  const results = answers.map((expected) => {
    const { text } = readReportFile(fs.readFileSync(path.join(DEVSET, 'articles', expected.file), 'utf8'));
    const draft = extractDraft(text, { publishedAt: expected.published ?? expected.pageDate ?? null });
    return { expected, draft: { ...draft, heads: draft.heads.map((h) => ({ ...h, name: h.latinName })) } };
  });
  const evaluation = available ? evaluate(results) : { scores: [], languages: [], mismatches: [], inventedDates: [], wrongDates: [] };

  it(`gets at least ${FLOOR_ALL_FIELDS}% of all fields right`, () => {
    expect(overall(evaluation.scores)).toBeGreaterThanOrEqual(FLOOR_ALL_FIELDS);
  });

  it.each(Object.entries(FLOOR_PER_FIELD))('%s: at least %d%%', (field, floor) => {
    const score = evaluation.scores.find((s) => s.field === field)!;
    expect((score.right / score.total) * 100).toBeGreaterThanOrEqual(floor);
  });

  it(`gets at least ${FLOOR_PER_LANGUAGE}% of the fields of every language right`, () => {
    const below = evaluation.languages.filter((l) => (l.right / l.total) * 100 < FLOOR_PER_LANGUAGE).map((l) => `${l.field} ${l.right}/${l.total}`);
    expect(below).toEqual([]);
  });

  it('invents no date and proposes no wrong one', () => {
    expect(evaluation.inventedDates).toEqual([]);
    expect(evaluation.wrongDates).toEqual([]);
  });

  it('reads every language of the set', () => {
    for (const { expected, draft } of results) expect([expected.file, draft.language]).toEqual([expected.file, expected.language]);
  });
});
