import { createHash } from 'node:crypto';
import { consultationRecord } from '../../src/domain/consultation-record';
import { syntheticRecords } from '../../src/generate/synthetic-records';

describe('the synthetic dataset generator', () => {
  const records = [...syntheticRecords({ events: 3000, seed: 11 })];

  it('is deterministic for a seed and differs across seeds', () => {
    const digest = (rs: unknown[]) => createHash('sha256').update(JSON.stringify(rs)).digest('hex');
    expect(digest([...syntheticRecords({ events: 3000, seed: 11 })])).toBe(digest(records));
    expect(digest([...syntheticRecords({ events: 3000, seed: 12 })])).not.toBe(digest(records));
  });

  it('writes records the importer accepts', () => {
    for (const r of records) expect(consultationRecord.safeParse(r).success).toBe(true);
  });

  it("numbers each pair's rounds in date order", () => {
    const byPair = new Map<string, Array<{ date: string; round: number | undefined }>>();
    for (const r of records as Array<{ countries: string[]; date: string; round: Array<{ number: number }> }>) {
      const key = [...r.countries].sort().join('-');
      byPair.set(key, [...(byPair.get(key) ?? []), { date: r.date, round: r.round[0]?.number }]);
    }
    for (const events of byPair.values()) {
      const stated = events.filter((e) => e.round !== undefined);
      for (let i = 1; i < stated.length; i += 1) {
        expect(stated[i].round!).toBeGreaterThan(stated[i - 1].round!);
        expect(stated[i].date > stated[i - 1].date).toBe(true);
      }
    }
  });

  it('has power-law activity: the busiest official is in far more events than the median one', () => {
    const counts = new Map<string, number>();
    for (const r of records as Array<{ participants: Array<{ name: string; country: string }> }>) {
      for (const p of r.participants) counts.set(`${p.country}|${p.name}`, (counts.get(`${p.country}|${p.name}`) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThan(5 * sorted[Math.floor(sorted.length / 2)]);
  });

  it('prints names in Latin, Cyrillic and Arabic script across 1–4 sources in several languages', () => {
    const written = records.flatMap((r) => (r as { participants: Array<{ sources: Array<{ nameAsWritten: string[] }> }> }).participants.flatMap((p) => p.sources.flatMap((s) => s.nameAsWritten)));
    expect(written.some((n) => /[\u0400-\u04FF]/.test(n))).toBe(true);
    expect(written.some((n) => /[\u0600-\u06FF]/.test(n))).toBe(true);
    const sourceCounts = new Set(records.map((r) => (r as { sources: unknown[] }).sources.length));
    expect([...sourceCounts].every((n) => n >= 1 && n <= 4)).toBe(true);
    expect(sourceCounts.size).toBeGreaterThan(2);
  });
});
