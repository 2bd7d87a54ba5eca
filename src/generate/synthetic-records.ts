import { allCountryCodes } from '../country-names';

/**
 * Deterministic synthetic consultation records for imports and benchmarks, shaped like the real
 * world at any size: ~200 countries; per country a pool of officials whose activity follows a
 * power law (a few very active deputies, many occasional); country pairs drawn by a power law too,
 * each pair's series numbered in date order (some rounds stated by a source, some not); 1–4
 * sources per event in several languages, each printing names in its own script (Latin,
 * Cyrillic, Arabic). Same options → same records. Names are made of syllables: no real person.
 */
export interface GeneratorOptions {
  events: number;
  seed?: number;
}

const COUNTRY_COUNT = 200;
/** Rounds per pair are capped so twenty years of dates stay plausible (one round every ~4 months). */
const MAX_ROUNDS_PER_PAIR = 60;
const FIRST_DAY = Date.UTC(2005, 0, 1);
const DAY = 86_400_000;

/** One syllable in three scripts, so a name can be printed as a Latin, Cyrillic or Arabic source would. */
const SYLLABLES: Array<[string, string, string]> = [
  ['ka', 'ка', 'كا'], ['lo', 'ло', 'لو'], ['ren', 'рен', 'رين'], ['mi', 'ми', 'مي'], ['sa', 'са', 'سا'], ['dor', 'дор', 'دور'],
  ['vel', 'вел', 'فيل'], ['ta', 'та', 'تا'], ['nu', 'ну', 'نو'], ['bar', 'бар', 'بار'], ['ri', 'ри', 'ري'], ['mon', 'мон', 'مون'],
  ['ga', 'га', 'غا'], ['li', 'ли', 'لي'], ['zen', 'зен', 'زين'], ['hu', 'ху', 'هو'], ['pa', 'па', 'با'], ['sol', 'сол', 'سول'],
  ['ter', 'тер', 'تير'], ['vi', 'ви', 'في'], ['an', 'ан', 'ان'], ['ko', 'ко', 'كو'], ['mar', 'мар', 'مار'], ['do', 'до', 'دو'],
];
const LANGUAGES = ['en', 'de', 'ru', 'ar', 'az', 'es', 'fr', 'tr'] as const;
const SCRIPT: Record<(typeof LANGUAGES)[number], 0 | 1 | 2> = { en: 0, de: 0, az: 0, es: 0, fr: 0, tr: 0, ru: 1, ar: 2 };
const TOPICS = ['trade', 'energy', 'transport corridors', 'education', 'culture', 'security', 'climate', 'tourism', 'consular issues', 'digital economy', 'health', 'agriculture'];
const RANKS = [
  ['DEPUTY_MINISTER', 'Deputy Minister of Foreign Affairs'],
  ['DIRECTOR_GENERAL', 'Director-General for Bilateral Affairs'],
  ['STATE_SECRETARY', 'State Secretary for Foreign Affairs'],
  ['AMBASSADOR', 'Ambassador-at-Large'],
] as const;
const CITIES = ['Baku', 'Brussels', 'Astana', 'Riga', 'Ankara', 'Berlin', 'Paris', 'Madrid', 'Tokyo', 'Cairo', 'Vienna', 'Warsaw'];

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

/** Index drawn with probability ∝ (i + 1)^-exponent: a power law over a ranked list. */
function zipfSampler(size: number, exponent: number, rnd: () => number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let i = 0; i < size; i += 1) cumulative[i] = total += (i + 1) ** -exponent;
  return () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

interface Person {
  /** Syllable indices of given name and surname. */
  given: number[];
  family: number[];
  rank: number;
}

function spell(syllables: number[], script: 0 | 1 | 2): string {
  const text = syllables.map((s) => SYLLABLES[s][script]).join('');
  return script === 0 || script === 1 ? text[0].toUpperCase() + text.slice(1) : text;
}

function nameOf(person: Person, script: 0 | 1 | 2): string {
  const suffix = ['ov', 'ов', 'وف'][script];
  return `${spell(person.given, script)} ${spell(person.family, script)}${suffix}`;
}

export function* syntheticRecords({ events, seed = 1 }: GeneratorOptions): Generator<Record<string, unknown>> {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const countries = allCountryCodes().slice(0, COUNTRY_COUNT);
  // Pools grow with the dataset: ~6k officials at 10k events, ~60k at 1M.
  const poolSize = Math.max(5, Math.min(300, Math.round(Math.sqrt(events) / 3)));
  const pools = countries.map((_, c) =>
    Array.from({ length: poolSize }, (_unused, i): Person => ({
      // The pool index is spelled into the surname, so two entries are never one name by accident.
      given: [Math.floor(rnd() * SYLLABLES.length), Math.floor(rnd() * SYLLABLES.length)],
      family: [c % SYLLABLES.length, Math.floor(c / SYLLABLES.length) % SYLLABLES.length, i % SYLLABLES.length, Math.floor(i / SYLLABLES.length) % SYLLABLES.length],
      rank: Math.floor(rnd() * RANKS.length),
    })),
  );
  const activeOfficial = zipfSampler(poolSize, 1.1, rnd);
  const pairs: Array<[number, number]> = [];
  for (let a = 0; a < countries.length; a += 1) for (let b = a + 1; b < countries.length; b += 1) pairs.push([a, b]);
  // Shuffle once so popular pairs are spread over countries, then draw by a power law.
  for (let i = pairs.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rnd() * (i + 1));
    [pairs[i], pairs[j]] = [pairs[j], pairs[i]];
  }
  const pairOf = zipfSampler(pairs.length, 0.6, rnd);
  const rounds = new Uint8Array(pairs.length);
  if (events > pairs.length * MAX_ROUNDS_PER_PAIR) throw new Error(`at most ${pairs.length * MAX_ROUNDS_PER_PAIR} events`);

  for (let i = 0; i < events; i += 1) {
    let p = pairOf();
    while (rounds[p] >= MAX_ROUNDS_PER_PAIR) p = (p + 1) % pairs.length;
    const round = (rounds[p] += 1);
    const [a, b] = pairs[p];
    const date = new Date(FIRST_DAY + (round - 1) * 120 * DAY + Math.floor(rnd() * 90) * DAY).toISOString().slice(0, 10);
    const heads = [a, b].map((c) => ({ c, person: pools[c][activeOfficial()] }));
    const sources = Array.from({ length: 1 + Math.floor(rnd() * rnd() * 4) }, (_, j) => {
      const language = pick(LANGUAGES);
      return { id: `gen-${seed}-${i}-${j}`, language, stated: rnd() < 0.5 };
    });
    yield {
      kind: 'POLITICAL_CONSULTATIONS',
      date,
      city: rnd() < 0.7 ? pick(CITIES) : null,
      format: rnd() < 0.85 ? 'IN_PERSON' : 'VIDEO_CONFERENCE',
      countries: [countries[a], countries[b]],
      round: sources.filter((s) => s.stated).map((s) => ({ number: round, statedAs: `round ${round}`, source: s.id })),
      participants: heads.map(({ c, person }) => ({
        name: nameOf(person, 0),
        country: countries[c],
        rank: RANKS[person.rank][0],
        title: RANKS[person.rank][1],
        sources: sources.map((s) => ({ source: s.id, nameAsWritten: [nameOf(person, SCRIPT[s.language])] })),
      })),
      topics: [...new Set([pick(TOPICS), pick(TOPICS), pick(TOPICS)].slice(0, 1 + Math.floor(rnd() * 3)))],
      sources: sources.map((s, j) => ({
        id: s.id,
        language: s.language,
        title: `Synthetic report ${i}.${j} on ${countries[a]}–${countries[b]} consultations`,
        publishedAt: date,
        facts: ['date', 'participants'],
      })),
    };
  }
}
