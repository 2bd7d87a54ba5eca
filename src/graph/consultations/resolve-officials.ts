import { ConsultationRecord, ParticipantRecord } from '../../domain/consultation-record';
import { slug } from '../../domain/ids';
import { decideOfficial, lookupKeys, nameKeys, rankByName } from '../../name-matching';
import { needsRomanising, romanise } from '../../romanisation';
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
  /**
   * A new official whose spelling fit these people about equally well (the write did not guess):
   * each with the score of the best fit and the spelling that made it.
   */
  possibleDuplicateOf: PossibleDuplicate[];
}

export interface PossibleDuplicate {
  id: string;
  score: number;
  spelling: string;
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
 * country their name fits (decideOfficial: the same scores as the name search); a name fitting
 * nobody, or several people about equally, is a new official — in the second case flagged as a
 * possible duplicate of each. A new official written in another script is named in Latin
 * (romanised), the spelling as written kept as an alias. Returns, per record, the official of
 * each participant, and the officials to upsert (one entry per person, all spellings merged).
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
    ...new Set(participants.filter((x) => x.p.name && !x.officialId).map((x) => newIdBase(x.p.country, latinName(x.p.name!, languageOf(records[x.r], x.p))))),
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
      official = { id: c.id, name: c.name, country: c.country, created: false, spellings: [c.name, ...c.aliases], keys: [], possibleDuplicateOf: [] };
      all.set(c.id, official);
    }
    return official;
  };
  for (const c of stored) index(known(c), [c.key]);
  const used = new Set(takenIds);

  const perRecord: ResolvedOfficial[][] = records.map(() => []);
  for (const { r, i, p, spellings, officialId } of participants) {
    const official = officialId ? byIdOrCreate(r, i, p, officialId) : byName(p, spellings, languageOf(records[r], p));
    official.spellings = [...new Set([...official.spellings, ...spellings])];
    // A new official named in Latin is found by that name too, not only by the spelling as written.
    const names = official.created ? [official.name, ...spellings] : spellings;
    official.keys = [...new Set([...official.keys, ...names.flatMap((s) => nameKeys(s))])];
    index(official, names.flatMap((s) => lookupKeys(s)));
    perRecord[r][i] = official;
  }
  return { perRecord, officials: [...all.values()].filter((o) => o.created || o.keys.length > 0) };

  function byIdOrCreate(r: number, i: number, p: ParticipantRecord, id: string): ResolvedOfficial {
    const found = byId.find((o) => o.id === id);
    if (found) return known(found);
    const earlier = all.get(id);
    if (earlier) return earlier;
    if (p.name) return create(id, latinName(p.name, languageOf(records[r], p)), p.country);
    throw new UnknownOfficialError(r, i, id);
  }

  function byName(p: ParticipantRecord, spellings: readonly string[], language: string | null): ResolvedOfficial {
    const candidates = [...new Set(spellings.flatMap((s) => lookupKeys(s)).flatMap((k) => byKey.get(k) ?? []))]
      .filter((c) => c.country === p.country)
      .sort((a, b) => a.id.localeCompare(b.id));
    const decision = decideOfficial(rankByName(spellings, candidates, (c) => c.spellings));
    if (decision.kind === 'same') return decision.official;
    const name = latinName(p.name!, language);
    const official = create(uniqueId(newIdBase(p.country, name), used), name, p.country);
    if (decision.kind === 'ambiguous') {
      official.possibleDuplicateOf = decision.closeTo.map(({ candidate, score }) => ({
        id: candidate.id,
        score,
        spelling: p.name!,
      }));
    }
    return official;
  }

  function create(id: string, name: string, country: string): ResolvedOfficial {
    const official: ResolvedOfficial = { id, name, country, created: true, spellings: [name], keys: [], possibleDuplicateOf: [] };
    all.set(id, official);
    used.add(id);
    return official;
  }
}

/** The canonical name of a new official: Latin script, romanised by the language of the source that wrote it. */
function latinName(name: string, language: string | null): string {
  if (!needsRomanising(name)) return name;
  const latin = romanise(name, { language });
  return latin.trim() === '' ? name : latin;
}

/** The language of the first source the participant cites (or of the record's first source). */
function languageOf(record: ConsultationRecord, p: ParticipantRecord): string | null {
  const cited = p.sources.map((s) => s.source);
  const source = record.sources.find((s) => cited.includes(s.id)) ?? record.sources[0];
  return source?.language?.split('-')[0] ?? null;
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
