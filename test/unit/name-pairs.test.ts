import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluatePairs, parsePairs } from '../../src/name-matching';

/**
 * The labelled pair set (test/fixtures/names, built from people.json by
 * tools/names/build-name-pairs.mjs) holds the matcher's precision and recall: a change that
 * merges different people or splits one fails here. Goal P ≥ 0.99, R ≥ 0.95; the recall floor is
 * what the matcher reaches today (`npm run eval:names` lists the pairs it misses) and only rises.
 */
const pairs = parsePairs(readFileSync(join(__dirname, '../fixtures/names/name-pairs.jsonl'), 'utf8'));

describe('labelled name pairs', () => {
  it('has at least 500 pairs, both labels and every hard-negative kind', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(500);
    const kinds = new Set(pairs.filter((p) => !p.same).map((p) => p.kind));
    for (const kind of ['same-family-name', 'relative', 'digit', 'letter']) expect(kinds).toContain(kind);
    expect(pairs.filter((p) => p.same).length).toBeGreaterThanOrEqual(250);
  });

  it('keeps different people apart (precision ≥ 0.99) and finds one person in many spellings (recall ≥ 0.97)', () => {
    const result = evaluatePairs(pairs);
    expect(result.falsePositives.filter((p) => ['digit', 'letter', 'relative'].includes(p.kind))).toEqual([]);
    expect(result.precision).toBeGreaterThanOrEqual(0.99);
    expect(result.recall).toBeGreaterThanOrEqual(0.97);
  });

  it('tells "Probe Person 0" … "Probe Person 48" apart', () => {
    const probes = Array.from({ length: 49 }, (_, i) => `Probe Person ${i}`);
    const merged = probes.flatMap((a, i) => probes.slice(i + 1).map((b) => ({ a, b, same: false, kind: 'digit' })));
    expect(evaluatePairs(merged).falsePositives).toEqual([]);
  });
});
