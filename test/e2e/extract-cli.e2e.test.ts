import fs from 'node:fs';
import path from 'node:path';
import { compileProject, runCli } from '../support/cli';
import { resetToSeed } from '../support/seeded-graph';

/**
 * `npm run eval:extract` and `npm run extract` as users run them, against the seeded graph:
 * every stated field of the five real articles right, and of our own test articles (written for
 * this project in each supported language, with their expected drafts).
 */
const SEEDS = path.join(__dirname, '..', '..', '..', 'shared', 'seeds');
const OWN = path.join(__dirname, '..', 'articles');
/**
 * Sixteen more reports written for this project by a second author (a separate session that never
 * saw the extractor), kept as a check of how it does on text it was not written against: a floor
 * on the overall accuracy that may only rise, not a demand that every field be right.
 */
const SECOND_AUTHOR = path.join(__dirname, '..', 'articles-second-author');
const SECOND_AUTHOR_FLOOR = 97;
/** The development set of real reports (../shared/devset), as it is stored. */
const DEVSET = path.join(__dirname, '..', '..', '..', 'shared', 'devset');

beforeAll(async () => {
  compileProject();
  await resetToSeed();
});

describe('npm run eval:extract', () => {
  (fs.existsSync(SEEDS) ? it : it.skip)('gets every field of the five seed articles right but a year the text never states', async () => {
    const run = await runCli('eval-extract', [SEEDS, path.join(SEEDS, 'answers.json')]);
    // Seed 001's answer dates the meeting in 2024 from its trade figures; issue 18 wants no guessed year.
    expect(run.output.split('\n').filter((line) => line.includes('✗'))).toEqual(['  ✗ 001_9003eafc1a33b890.txt date: expected "2024-10-18", got null']);
    expect(run.output).toMatch(/Dates invented \(proposed where the answer has none\): 0/);
  });

  it('gets every field of our own articles in eight languages right', async () => {
    const run = await runCli('eval-extract', [OWN, path.join(OWN, 'answers.json')]);
    expect(run.output).toMatch(/Extraction accuracy on \d+ articles/);
    expect(run.output).not.toMatch(/✗/);
    expect(run.code).toBe(0);
  });

  it(`stays at or above ${SECOND_AUTHOR_FLOOR}% of all fields on the second author's articles`, async () => {
    const run = await runCli('eval-extract', [SECOND_AUTHOR, path.join(SECOND_AUTHOR, 'answers.json')]);
    const overall = Number(/all fields\s+([\d.]+)%/.exec(run.output)?.[1]);
    expect(overall).toBeGreaterThanOrEqual(SECOND_AUTHOR_FLOOR);
    for (const field of ['language', 'kind', 'round', 'date']) expect(run.output).toMatch(new RegExp(`${field.replace('.', '\\.')}\\s+100%`));
  });

  (fs.existsSync(DEVSET) ? it : it.skip)('reads the development set as it is (URL and language header) and prints fields, languages and invented dates', async () => {
    const run = await runCli('eval-extract', [path.join(DEVSET, 'articles'), path.join(DEVSET, 'answers.json')]);
    expect(run.output).toMatch(/Per language \(all fields of its articles\)/);
    for (const language of ['ar', 'de', 'en', 'fa', 'hy', 'ja', 'ko', 'zh']) expect(run.output).toMatch(new RegExp(`\\n  ${language} \\(\\d+\\)\\s+\\d+%`));
    expect(run.output).toMatch(/Dates invented \(proposed where the answer has none\): 0/);
    expect(Number(/all fields\s+([\d.]+)%/.exec(run.output)?.[1])).toBeGreaterThanOrEqual(91);
  });

  it('names a missing answers file', async () => {
    const run = await runCli('eval-extract', [OWN, path.join(OWN, 'nope.json')]);
    expect(run.code).toBe(2);
    expect(run.output).toMatch(/nope\.json: no such file/);
  });
});

describe('npm run extract', () => {
  (fs.existsSync(SEEDS) ? it : it.skip)('prints the draft of one article as JSON', async () => {
    const run = await runCli('extract', [path.join(SEEDS, '001_9003eafc1a33b890.txt')]);
    expect(run.code).toBe(0);
    const draft = JSON.parse(run.output.slice(run.output.indexOf('{')));
    expect(draft).toMatchObject({ language: 'az', countries: ['BE', 'KZ'], city: 'Brussels', round: { number: 5, origin: 'STATED' } });
    expect(draft.heads.map((h: { matchedOfficial: { id: string } | null }) => h.matchedOfficial?.id)).toEqual(['kz-roman-vassilenko', 'be-jeroen-cooreman']);
    expect(draft.date).toBeNull();
    expect(draft.warnings.join(' ')).toMatch(/has no year and no publication date gives one/);
  });
});
