import { ConsultationRecord, ParticipantRecord } from '../../domain/consultation-record';
import { slug } from '../../domain/ids';
import { bestNameScore, lookupKeys, NAME_MATCH_THRESHOLD, nameKeys } from '../../name-matching';
import { OfficialCandidate as Candidate, OfficialDirectory } from './official-directory';

/** One person as this batch will write them: matched to a stored official, or new. */
export interface ResolvedOfficial {
  id: string;
  name: string;
  country: string;
  created: boolean;
  /** Every spelling this batch saw for the person, and the name keys of all of them. */
  spellings: string[];
  keys: string[];
}

/**
 * Earlier decisions of the same caller (an import run): the official a country's spellings were
 * resolved to in a committed batch. A hit skips the name lookup for that participant.
 */
export interface OfficialHints {
  officialFor(country: string, spellings: readonly string[]): string | undefined;
}

export class UnknownOfficialError extends Error {
  constructor(readonly recordIndex: number, readonly participantIndex: number, readonly officialId: string) {
    super(`participants[${participantIndex}].officialId: no official has id "${officialId}"`);
    this.name = 'UnknownOfficialError';
  }
}

/**
 * Resolves every participant of a batch of records to an official, with two queries for the
 * whole batch. A named participant is the stored or earlier-in-this-batch official of the same
 * country whose name matches best above the threshold (the same name resolution as queries);
 * otherwise a new official. Returns, per record, the official of each participant, and the
 * officials to upsert (one entry per person, all spellings merged).
 */
export async function resolveOfficials(
  directory: OfficialDirectory,
  records: readonly ConsultationRecord[],
  hints?: OfficialHints,
): Promise<{ perRecord: ResolvedOfficial[][]; officials: ResolvedOfficial[] }> {
  const participants = records.flatMap((record, r) =>
    record.participants.map((p, i) => {
      const spellings = spellingsOf(p);
      return { r, i, p, spellings, officialId: p.officialId ?? hints?.officialFor(p.country, spellings) };
    }),
  );
  // Sequential on purpose: statements of one transaction run one at a time.
  const lookups = new Map<string, { key: string; country: string }>();
  for (const x of participants) {
    if (x.officialId) continue;
    for (const key of x.spellings.flatMap((s) => lookupKeys(s))) lookups.set(`${x.p.country}|${key}`, { key, country: x.p.country });
  }
  const stored = await directory.candidates([...lookups.values()]);
  const byId = await directory.byIds([...new Set(participants.flatMap((x) => (x.officialId ? [x.officialId] : [])))]);
  const takenIds = await directory.idsStartingWith([
    ...new Set(participants.filter((x) => x.p.name && !x.officialId).map((x) => newIdBase(x.p.country, x.p.name!))),
  ]);

  const byKey = new Map<string, ResolvedOfficial[]>();
  const index = (official: ResolvedOfficial, keys: readonly string[]) => {
    for (const key of keys) {
      const list = byKey.get(key) ?? [];
      if (!list.includes(official)) byKey.set(key, [...list, official]);
    }
  };
  const all = new Map<string, ResolvedOfficial>();
  const known = (c: Candidate): ResolvedOfficial => {
    let official = all.get(c.id);
    if (!official) {
      official = { id: c.id, name: c.name, country: c.country, created: false, spellings: [c.name, ...c.aliases], keys: [] };
      all.set(c.id, official);
    }
    return official;
  };
  for (const c of stored) index(known(c), [c.key]);
  const used = new Set(takenIds);

  const perRecord: ResolvedOfficial[][] = records.map(() => []);
  for (const { r, i, p, spellings, officialId } of participants) {
    const official = officialId ? byIdOrCreate(r, i, p, officialId) : bestMatch(p.country, spellings, byKey) ?? create(uniqueId(newIdBase(p.country, p.name!), used), p.name!, p.country);
    official.spellings = [...new Set([...official.spellings, ...spellings])];
    const keys = spellings.flatMap((s) => nameKeys(s));
    official.keys = [...new Set([...official.keys, ...keys])];
    index(official, spellings.flatMap((s) => lookupKeys(s)));
    perRecord[r][i] = official;
  }
  return { perRecord, officials: [...all.values()].filter((o) => o.created || o.keys.length > 0) };

  function byIdOrCreate(r: number, i: number, p: ParticipantRecord, id: string): ResolvedOfficial {
    const found = byId.find((o) => o.id === id);
    if (found) return known(found);
    const earlier = all.get(id);
    if (earlier) return earlier;
    if (p.name) return create(id, p.name, p.country);
    throw new UnknownOfficialError(r, i, id);
  }

  function create(id: string, name: string, country: string): ResolvedOfficial {
    const official: ResolvedOfficial = { id, name, country, created: true, spellings: [name], keys: [] };
    all.set(id, official);
    used.add(id);
    return official;
  }
}

function bestMatch(country: string, spellings: readonly string[], byKey: Map<string, ResolvedOfficial[]>): ResolvedOfficial | undefined {
  const candidates = new Set(spellings.flatMap((s) => lookupKeys(s)).flatMap((k) => byKey.get(k) ?? []));
  return [...candidates]
    .filter((c) => c.country === country)
    .map((c) => ({ c, score: Math.max(...spellings.map((s) => bestNameScore(s, c.spellings))) }))
    .filter((x) => x.score >= NAME_MATCH_THRESHOLD)
    .sort((a, b) => b.score - a.score || a.c.id.localeCompare(b.c.id))[0]?.c;
}

/** Two different people with the same transliterated name get distinct ids: base, base-2, … */
function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

export function newIdBase(country: string, name: string): string {
  return `${country.toLowerCase()}-${slug(name)}`;
}

/** Every spelling a participant record gives for the person: name, aliases, names as written. */
export function spellingsOf(p: ParticipantRecord): string[] {
  return [...new Set([...(p.name ? [p.name] : []), ...p.aliases, ...p.sources.flatMap((s) => s.nameAsWritten)])];
}
