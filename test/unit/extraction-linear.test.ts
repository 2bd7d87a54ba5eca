import fs from 'node:fs';
import path from 'node:path';
import { extractDraft } from '../../src/extraction/extract-draft';
import { PROFILES, SUPPORTED_LANGUAGES } from '../../src/extraction/languages';
import { readReportFile } from '../../src/extraction/report-file';

/**
 * Issue 16, item 1: the extractor's matching is linear. 50,000 characters of each language — a
 * report repeated as it is, and the same with every sentence end removed (one endless sentence,
 * where a quadratic look-back shows) — are read within a generous bound for a loaded machine.
 * Reports come from our own test articles (eight languages) and, where ../shared is present,
 * from the development set for the other languages.
 */
const LENGTH = 50_000;
const BOUND_MS = 15_000;
const OWN = path.join(__dirname, '..', 'articles');
const DEVSET = path.join(__dirname, '..', '..', '..', 'shared', 'devset', 'articles');

function reports(): Array<[string, string]> {
  const byLanguage = new Map<string, string>();
  for (const file of fs.readdirSync(OWN).filter((f) => f.endsWith('.txt')).sort()) byLanguage.set(file.slice(0, 2), fs.readFileSync(path.join(OWN, file), 'utf8'));
  if (fs.existsSync(DEVSET)) {
    for (const file of fs.readdirSync(DEVSET).sort()) {
      const language = file.slice(3, 5);
      if (!byLanguage.has(language) && language in PROFILES) byLanguage.set(language, readReportFile(fs.readFileSync(path.join(DEVSET, file), 'utf8')).text);
    }
  }
  return [...byLanguage.entries()].filter(([language]) => (SUPPORTED_LANGUAGES as readonly string[]).includes(language));
}

const fill = (text: string) => text.repeat(Math.ceil(LENGTH / text.length)).slice(0, LENGTH);

describe('linear-time reading of long input', () => {
  beforeAll(() => extractDraft('Political consultations were held.', {}));

  it.each(reports())('%s: 50,000 characters, with and without sentence ends', (language, text) => {
    for (const long of [fill(text), fill(text.replace(/[.!?。！？\n։।؟]/gu, ' '))]) {
      const started = Date.now();
      const draft = extractDraft(long, { publishedAt: '2024-01-01', language: language as (typeof SUPPORTED_LANGUAGES)[number] });
      expect(Date.now() - started).toBeLessThan(BOUND_MS);
      expect(draft.kind).toBe('POLITICAL_CONSULTATIONS');
    }
  });
});
