/**
 * Deterministic synthetic consultation records (import tests, benchmarks): plausible country
 * pairs, dated rounds of each series, a pool of officials who recur across events (so name
 * resolution and the series renumbering have real work), topics, one source per record.
 * Same `seed` → same records. Names are made of syllables, so no real person is implied.
 */
const COUNTRIES = ['AZ', 'BE', 'KZ', 'LV', 'TJ', 'IQ', 'GE', 'UZ', 'TR', 'DE', 'FR', 'ES', 'IT', 'PL', 'HU', 'RO', 'BG', 'GR', 'AT', 'CZ', 'SK', 'FI', 'SE', 'NO', 'EE', 'LT', 'JP', 'KR', 'IN', 'PK', 'EG', 'MA', 'SA', 'AE', 'QA', 'KW', 'JO', 'BR', 'AR', 'MX'];
const SYLLABLES = ['ka', 'lo', 'ren', 'mi', 'sa', 'dor', 'vel', 'ta', 'nu', 'bar', 'es', 'ri', 'mon', 'ga', 'li', 'zen', 'hu', 'pa', 'sol', 'ter', 'vi', 'an', 'ko', 'mar'];
const TOPICS = ['trade', 'energy', 'transport corridors', 'education', 'culture', 'security', 'climate', 'tourism', 'consular issues', 'digital economy', 'health', 'agriculture'];
const RANKS = ['DEPUTY_MINISTER', 'DEPUTY_MINISTER', 'DIRECTOR_GENERAL', 'STATE_SECRETARY'] as const;
const TITLES: Record<(typeof RANKS)[number], string> = {
  DEPUTY_MINISTER: 'Deputy Minister of Foreign Affairs',
  DIRECTOR_GENERAL: 'Director-General for Bilateral Affairs',
  STATE_SECRETARY: 'State Secretary for Foreign Affairs',
};

/** mulberry32: tiny, fast, good enough for test data; not for anything secret. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratorOptions {
  records: number;
  seed?: number;
  /** Officials per country in the pool. */
  officialsPerCountry?: number;
}

export function* syntheticRecords({ records, seed = 1, officialsPerCountry = 25 }: GeneratorOptions): Generator<Record<string, unknown>> {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const word = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i += 1) s += pick(SYLLABLES);
    return s[0].toUpperCase() + s.slice(1);
  };
  // Names unique per pool index (the index is spelled into the surname), so two pool entries
  // are never the same person by accident of the syllable draw.
  const pool = new Map(
    COUNTRIES.map((c) => [c, Array.from({ length: officialsPerCountry }, (_, i) => `${word(2)} ${word(2)}${SYLLABLES[i % SYLLABLES.length]}${SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length]}ov`)]),
  );
  const rounds = new Map<string, number>();
  for (let i = 0; i < records; i += 1) {
    const a = pick(COUNTRIES);
    let b = pick(COUNTRIES);
    while (b === a) b = pick(COUNTRIES);
    const key = [a, b].sort().join('-');
    const round = (rounds.get(key) ?? 0) + 1;
    rounds.set(key, round);
    // Round n of a pair falls in year 1990 + n, so dates and round numbers agree.
    const year = 1990 + Math.min(round, 34);
    const date = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    const source = `synthetic-${seed}-${i}`;
    const stated = rnd() < 0.6;
    const head = (country: string) => {
      const rank = pick(RANKS);
      return { name: pick(pool.get(country)!), country, title: TITLES[rank], rank, sources: [{ source }] };
    };
    yield {
      kind: 'POLITICAL_CONSULTATIONS',
      date,
      city: rnd() < 0.7 ? pick(['Baku', 'Brussels', 'Astana', 'Riga', 'Ankara', 'Berlin', 'Paris', 'Madrid', 'Tokyo', 'Cairo']) : null,
      format: pick(['IN_PERSON', 'IN_PERSON', 'IN_PERSON', 'VIDEO_CONFERENCE']),
      countries: [a, b],
      round: stated ? [{ number: round, statedAs: `round ${round}`, source }] : [],
      participants: [head(a), head(b)],
      topics: [pick(TOPICS), pick(TOPICS)],
      sources: [{ id: source, language: 'en', title: `Synthetic report ${i} on ${a}-${b} consultations`, publishedAt: date, facts: ['date', 'participants'] }],
    };
  }
}
