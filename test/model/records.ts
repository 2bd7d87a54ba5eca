import fc from 'fast-check';
import { CITIES, DATES, FACTS, FORMATS, KIND, PAIRS, PEOPLE, RANKS, SOURCES, STATUSES, TITLES } from './world';

/**
 * What a generated report says, as indices into the world (world.ts). It is turned into a
 * record only when the command runs, because some choices name things that exist by then
 * (an event's id, an official's id): `idPick` and `byId` are resolved against the model.
 */
export interface ParticipantSpec {
  person: number;
  name: number;
  /** Name the person by the official id once the model knows one. */
  byId: boolean;
  alias: number | null;
  title: string | null;
  rank: string | null;
  /** Cite the record's first source with the name as printed (and maybe its own title/rank), or no source at all. */
  cites: { written: number | null; title: string | null; rank: string | null } | null;
}

export interface RecordSpec {
  pair: number;
  date: string | null;
  city: string | null;
  format: string | null;
  status: string;
  sources: number[];
  facts: number;
  /** Round statements: [index into `sources`, number (null: "next round")]. */
  round: Array<[number, number | null]>;
  participants: ParticipantSpec[];
  /** Record it under the id of an existing event (index into the model's ids), as a second report of it. */
  idPick: number | null;
}

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
/** `arbitrary` one time in `every`, else null. */
export const sometimes = <T>(arbitrary: fc.Arbitrary<T>, every: number): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: every - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });

const participantSpec: fc.Arbitrary<ParticipantSpec> = fc.record({
  person: fc.nat(PEOPLE.length - 1),
  name: fc.nat(4),
  byId: fc.boolean(),
  alias: sometimes(fc.nat(6), 4),
  title: pick(TITLES),
  rank: pick(RANKS),
  cites: fc.option(fc.record({ written: fc.option(fc.nat(6), { freq: 2 }), title: pick(TITLES), rank: pick(RANKS) }), { freq: 3 }),
});

export const recordSpec: fc.Arbitrary<RecordSpec> = fc
  .record({
    pair: fc.nat(PAIRS.length - 1),
    date: pick(DATES),
    city: pick(CITIES),
    format: pick(FORMATS),
    status: pick(STATUSES),
    sources: fc.uniqueArray(fc.nat(SOURCES.length - 1), { minLength: 1, maxLength: 2 }),
    facts: fc.nat(FACTS.length - 1),
    round: fc.array(fc.tuple(fc.nat(1), fc.option(fc.integer({ min: 1, max: 4 }), { freq: 4 })), { maxLength: 1 }),
    participants: fc.array(participantSpec, { maxLength: 2 }),
    idPick: sometimes(fc.nat(5), 6),
  })
  .map((spec) => ({
    ...spec,
    // Only people of the pair's countries can take part; a round statement cites one of the sources.
    participants: spec.participants.filter((p) => PAIRS[spec.pair].codes.includes(PEOPLE[p.person].country)),
    round: spec.round.filter(([i]) => i < spec.sources.length).slice(0, 1),
  }));

/** Ways a line or input is invalid: each is refused whole, and nothing of it is written. */
export const BAD_KINDS = ['json', 'country', 'round0', 'emptyName', 'undeclaredSource', 'unknownOfficial'] as const;
export type BadKind = (typeof BAD_KINDS)[number];
export const badKind: fc.Arbitrary<BadKind> = fc.constantFrom(...BAD_KINDS);

export interface Resolver {
  eventIds(): string[];
  officialIdOf(personKey: string): string | undefined;
}

/** The record a spec stands for, in the input format (what the API and the import take). */
export function renderRecord(spec: RecordSpec, model: Resolver): Record<string, unknown> {
  const pair = PAIRS[spec.pair];
  const sources = spec.sources.map((i) => SOURCES[i]);
  const ids = model.eventIds();
  const record: Record<string, unknown> = {
    kind: KIND,
    status: spec.status,
    countries: pair.written,
    sources: sources.map((s) => ({ ...s, facts: FACTS[spec.facts] })),
  };
  if (spec.idPick !== null && ids.length > 0) record.id = ids[spec.idPick % ids.length];
  if (spec.date !== null) record.date = spec.date;
  if (spec.city !== null) record.city = spec.city;
  if (spec.format !== null) record.format = spec.format;
  if (spec.round.length > 0) {
    record.round = spec.round.map(([i, number]) => ({ number, statedAs: number === null ? 'the next round' : `round ${number}`, source: sources[i].id }));
  }
  record.participants = spec.participants.map((p) => {
    const person = PEOPLE[p.person];
    const spellings = [...person.names, ...person.written];
    const known = p.byId ? model.officialIdOf(person.key) : undefined;
    const participant: Record<string, unknown> = known ? { officialId: known } : { name: person.names[p.name % person.names.length] };
    participant.country = person.country;
    if (p.alias !== null) participant.aliases = [spellings[p.alias % spellings.length]];
    if (p.title !== null) participant.title = p.title;
    if (p.rank !== null) participant.rank = p.rank;
    if (p.cites) {
      const cite: Record<string, unknown> = { source: sources[0].id };
      if (p.cites.written !== null) cite.nameAsWritten = [spellings[p.cites.written % spellings.length]];
      if (p.cites.title !== null) cite.title = p.cites.title;
      if (p.cites.rank !== null) cite.rank = p.cites.rank;
      participant.sources = [cite];
    }
    return participant;
  });
  return record;
}

/** A record made invalid in one way (the JSON case is a line that is not JSON at all). */
export function spoil(record: Record<string, unknown>, kind: BadKind): Record<string, unknown> | string {
  switch (kind) {
    case 'json':
      return JSON.stringify(record).slice(0, 25);
    case 'country':
      return { ...record, countries: [(record.countries as string[])[0], 'Atlantis'] };
    case 'round0':
      return { ...record, round: [{ number: 0, statedAs: 'round zero', source: (record.sources as Array<{ id: string }>)[0].id }] };
    case 'emptyName':
      return { ...record, participants: [{ name: '', country: (record.countries as string[])[0] === 'Georgia' ? 'GE' : 'AZ' }] };
    case 'undeclaredSource':
      return { ...record, round: [{ number: 2, statedAs: 'round 2', source: 'src-not-declared' }] };
    case 'unknownOfficial':
      return { ...record, participants: [{ officialId: 'az-nobody-at-all', country: 'AZ' }] };
  }
}
