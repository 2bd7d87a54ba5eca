import { consolidateEvent } from '../../src/domain/claims';
import { consultationId, seriesId, slug } from '../../src/domain/ids';
import { consultationRecord } from '../../src/domain/consultation-record';
import { sameMeeting, StoredMeeting } from '../../src/domain/same-meeting';
import { RecordSpec } from './records';
import { KIND, PAIRS, PEOPLE } from './world';

/**
 * The reference model of the write path: every source's statements, kept as plain maps, and the
 * export they must give. It decides on its own which event a report refines, which official a
 * spelling is, and which statements exist; only the derivation of shown values from statements
 * is borrowed from the pure claim rule (src/domain/claims.ts).
 */
interface EventClaim {
  date: string | null;
  city: string | null;
  format: string | null;
  status: string | null;
  facts: string[];
  round: { number: number | null; statedAs: string } | null;
}

interface ParticipantClaim {
  nameAsWritten: string[];
  title: string | null;
  /** OTHER where the record gave none (the record's default); null once retracted. */
  rank: string | null;
}

interface ModelParticipation {
  country: string;
  role: string;
  claims: Map<string, ParticipantClaim>;
}

export interface ModelEvent {
  id: string;
  seriesId: string;
  countries: string[];
  claims: Map<string, EventClaim>;
  participations: Map<string, ModelParticipation>;
}

interface ModelOfficial {
  id: string;
  person: string;
  name: string;
  country: string;
  spellings: string[];
}

type Input = Record<string, any>;

export type EventFact = 'ROUND' | 'DATE' | 'CITY' | 'FORMAT' | 'STATUS';
export type Retraction = { consultationId: string; sourceId: string; fact: EventFact | 'TITLE' | 'RANK'; officialId: string | null };

export class WriteModel {
  events = new Map<string, ModelEvent>();
  officials = new Map<string, ModelOfficial>();
  private byPerson = new Map<string, string>();
  /** The last audited edit while nothing was written after it: its entry, and the model before it. */
  lastEdit: { auditId: string; before: WriteModel } | null = null;
  /** Audit entries already undone: a second undo of one is refused. */
  undone: string[] = [];
  /** Every deleteConsultation with the event as it was: an undo may come after later writes. */
  deletions: Array<{ auditId: string; event: ModelEvent }> = [];

  snapshot(): WriteModel {
    const copy = new WriteModel();
    copy.events = structuredClone(this.events);
    copy.officials = structuredClone(this.officials);
    copy.byPerson = structuredClone(this.byPerson);
    copy.undone = [...this.undone];
    copy.deletions = [...this.deletions];
    return copy;
  }

  restore(before: WriteModel): void {
    this.events = before.events;
    this.officials = before.officials;
    this.byPerson = before.byPerson;
    // What was undone is history, not state: an undo never forgets the undos before it.
    this.undone = [...this.undone, ...before.undone.filter((a) => !this.undone.includes(a))];
    this.lastEdit = null;
  }

  /**
   * Undo of a deletion after later writes, as documented (audit-log.ts, snapshot.ts): refused
   * (CONFLICT, nothing written) when the event exists again or an official it had is gone (merged
   * away); otherwise the event comes back with its statements and participations as they were,
   * and everything written since stays.
   */
  undoDeletion(auditId: string): 'CONFLICT' | 'RESTORED' {
    const { event } = this.deletions.find((d) => d.auditId === auditId)!;
    if (this.events.has(event.id) || [...event.participations.keys()].some((o) => !this.officials.has(o))) return 'CONFLICT';
    this.events.set(event.id, structuredClone(event));
    this.undone.push(auditId);
    return 'RESTORED';
  }

  deleteConsultation(id: string): void {
    this.events.delete(id);
  }

  /** Pairs of events of one series, in a stable order: what mergeConsultations may be given. */
  mergeablePairs(): Array<[string, string]> {
    const ids = this.eventIds();
    return ids.flatMap((a) => ids.filter((b) => b !== a && this.events.get(b)!.seriesId === this.events.get(a)!.seriesId).map((b): [string, string] => [a, b]));
  }

  /**
   * mergeConsultations as documented: a source of `remove` that `keep` also has keeps keep's
   * statements and fills only its silences (facts added); the others move over. A person at both
   * tables sits once, at keep's, with remove's citations folded in the same way; the others move.
   */
  mergeConsultations(keep: string, remove: string): void {
    const kept = this.events.get(keep)!;
    const removed = this.events.get(remove)!;
    for (const [sourceId, r] of removed.claims) {
      const k = kept.claims.get(sourceId);
      if (!k) {
        kept.claims.set(sourceId, structuredClone(r));
        continue;
      }
      k.facts = [...k.facts, ...r.facts.filter((f) => !k.facts.includes(f))];
      k.date ??= r.date;
      k.city ??= r.city;
      k.format ??= r.format;
      k.status ??= r.status;
      k.round ??= r.round;
    }
    for (const [officialId, pa] of removed.participations) {
      const twin = kept.participations.get(officialId);
      if (twin) foldParticipation(pa, twin);
      else kept.participations.set(officialId, structuredClone(pa));
    }
    this.events.delete(remove);
  }

  /** Pairs of officials in a stable order, with whether they are of one country: what mergeOfficials may be given. */
  officialPairs(): Array<{ keep: string; remove: string; sameCountry: boolean }> {
    const ids = [...this.officials.keys()].sort();
    return ids.flatMap((keep) =>
      ids.filter((remove) => remove !== keep).map((remove) => ({ keep, remove, sameCountry: this.officials.get(keep)!.country === this.officials.get(remove)!.country })),
    );
  }

  /**
   * mergeOfficials as documented: remove's spellings become keep's aliases, its participations
   * move to keep (at an event where both sat, folded into keep's as a merge of events does), and
   * remove is gone. Its name keys move too, so a later report of remove's person finds keep.
   */
  mergeOfficials(keep: string, remove: string): void {
    const kept = this.officials.get(keep)!;
    const removed = this.officials.get(remove)!;
    for (const s of removed.spellings) if (!kept.spellings.includes(s)) kept.spellings.push(s);
    for (const [person, id] of this.byPerson) if (id === remove) this.byPerson.set(person, keep);
    for (const event of this.events.values()) {
      const pa = event.participations.get(remove);
      if (!pa) continue;
      const twin = event.participations.get(keep);
      if (twin) foldParticipation(pa, twin);
      else event.participations.set(keep, pa);
      event.participations.delete(remove);
    }
    this.officials.delete(remove);
  }

  /** Every statement a source makes that could be retracted, in a stable order. */
  retractable(): Retraction[] {
    const found: Retraction[] = [];
    for (const id of this.eventIds()) {
      const event = this.events.get(id)!;
      for (const [sourceId, c] of [...event.claims].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const facts: Array<[EventFact, unknown]> = [['ROUND', c.round], ['DATE', c.date], ['CITY', c.city], ['FORMAT', c.format], ['STATUS', c.status]];
        for (const [fact, value] of facts) if (value !== null) found.push({ consultationId: id, sourceId, fact, officialId: null });
      }
      for (const [officialId, pa] of [...event.participations].sort(([a], [b]) => (a < b ? -1 : 1))) {
        for (const [sourceId, c] of [...pa.claims].sort(([a], [b]) => (a < b ? -1 : 1))) {
          if (c.title !== null) found.push({ consultationId: id, sourceId, fact: 'TITLE', officialId });
          if (c.rank !== null && c.rank !== 'OTHER') found.push({ consultationId: id, sourceId, fact: 'RANK', officialId });
        }
      }
    }
    return found;
  }

  retract(r: Retraction): void {
    const event = this.events.get(r.consultationId)!;
    if (r.officialId !== null) {
      const claim = event.participations.get(r.officialId)!.claims.get(r.sourceId)!;
      if (r.fact === 'TITLE') claim.title = null;
      else claim.rank = null;
      return;
    }
    const claim = event.claims.get(r.sourceId)!;
    const key = ({ ROUND: 'round', DATE: 'date', CITY: 'city', FORMAT: 'format', STATUS: 'status' } as const)[r.fact as EventFact];
    (claim as unknown as Record<string, unknown>)[key] = null;
    // The source no longer supports that fact: it leaves the source's list of facts too.
    claim.facts = claim.facts.filter((f) => f !== key);
  }

  /**
   * correctRound as documented: the source states this round of the event (its own earlier round
   * statement replaced, 'round' added to what it supports); a source new to the event states
   * nothing else. No other source's statement changes.
   */
  correctRound(consultationId: string, sourceId: string, number: number, statedAs: string): void {
    const event = this.events.get(consultationId)!;
    let claim = event.claims.get(sourceId);
    if (!claim) {
      claim = { date: null, city: null, format: null, status: null, facts: [], round: null };
      event.claims.set(sourceId, claim);
    }
    claim.round = { number, statedAs };
    if (!claim.facts.includes('round')) claim.facts = [...claim.facts, 'round'];
  }

  eventIds(): string[] {
    return [...this.events.keys()].sort();
  }

  officialIdOf(person: string): string | undefined {
    return this.byPerson.get(person);
  }

  /** Why the write path must refuse this (valid-looking) record, or null. */
  refusal(spec: RecordSpec, record: Input): string | null {
    const id = record.id as string | undefined;
    const stored = id ? this.events.get(id) : undefined;
    if (stored && stored.seriesId !== seriesId(PAIRS[spec.pair].codes, KIND)) return `consultation ${id} is of another pair`;
    return null;
  }

  /** The event a record refines or creates (same rules as the write path's identity). */
  target(spec: RecordSpec, record: Input): string {
    if (record.id) return record.id;
    const codes = PAIRS[spec.pair].codes;
    const date = (record.date as string | undefined) ?? null;
    const first = record.sources[0].id as string;
    const natural = consultationId(codes, KIND, date, first);
    if (this.events.has(natural)) return natural;
    const series = seriesId(codes, KIND);
    const compatible = (shown: string | null) => date === null || shown === null || date.startsWith(shown) || shown.startsWith(date);
    const same = this.eventIds().find((eid) => {
      const e = this.events.get(eid)!;
      return e.seriesId === series && e.claims.has(first) && compatible(shown(e).date);
    });
    if (same) return same;
    return this.sameMeeting(series, record) ?? natural;
  }

  /** One event per meeting (src/domain/same-meeting.ts): a stored event of the series told again with another precision. */
  private sameMeeting(series: string, record: Input): string | null {
    const date = (record.date as string | undefined) ?? null;
    if (date === null || date.length < 7) return null;
    const parsed = consultationRecord.safeParse(record);
    if (!parsed.success) return null;
    const candidates: StoredMeeting[] = this.eventIds().flatMap((eid) => {
      const e = this.events.get(eid)!;
      const view = shown(e);
      if (e.seriesId !== series || view.date === null || view.date.length < 7 || !(view.date.startsWith(date) || date.startsWith(view.date))) return [];
      const statedRounds = [...e.claims.values()].flatMap((c) => (c.round && c.round.number !== null && c.round.statedAs ? [c.round.number] : []));
      const heads = [...e.participations].filter(([, p]) => p.role === 'HEAD_OF_DELEGATION').map(([officialId, p]) => {
        const o = this.officials.get(officialId)!;
        return { officialId, country: p.country, spellings: [o.name, ...o.spellings] };
      });
      return [{ id: eid, date: view.date, city: view.city, statedRounds, heads }];
    });
    return sameMeeting(parsed.data, candidates)?.id ?? null;
  }

  /** Applies a valid record; returns the id of its event. */
  record(spec: RecordSpec, record: Input): string {
    const id = this.target(spec, record);
    const codes = PAIRS[spec.pair].codes;
    let event = this.events.get(id);
    if (!event) {
      event = { id, seriesId: seriesId(codes, KIND), countries: [...codes].sort(), claims: new Map(), participations: new Map() };
      this.events.set(id, event);
    }
    const sources = record.sources as Array<{ id: string; facts: string[] }>;
    for (const s of sources) {
      const round = (record.round ?? []).find((r: Input) => r.source === s.id);
      event.claims.set(s.id, {
        date: record.date ?? null,
        city: record.city ?? null,
        format: record.format ?? null,
        status: record.status ?? 'HELD',
        facts: s.facts ?? [],
        round: round ? { number: round.number, statedAs: round.statedAs } : null,
      });
    }
    (record.participants as Input[]).forEach((p, i) => {
      const official = this.resolve(PEOPLE[spec.participants[i].person].key, p);
      let participation = event!.participations.get(official.id);
      if (!participation) {
        participation = { country: p.country, role: 'HEAD_OF_DELEGATION', claims: new Map() };
        event!.participations.set(official.id, participation);
      }
      const cites = (p.sources ?? []) as Input[];
      const rows: Array<[string, ParticipantClaim]> =
        cites.length > 0
          ? cites.map((c) => [c.source, { nameAsWritten: c.nameAsWritten ?? [], title: c.title ?? p.title ?? null, rank: c.rank ?? p.rank ?? 'OTHER' }])
          : sources.map((s) => [s.id, { nameAsWritten: [], title: p.title ?? null, rank: p.rank ?? 'OTHER' }]);
      for (const [source, claim] of rows) participation.claims.set(source, claim);
    });
    return id;
  }

  /** The official a participant is: by id, the person already known, or a new one named as written. */
  private resolve(person: string, p: Input): ModelOfficial {
    const spellings = [...(p.name ? [p.name] : []), ...(p.aliases ?? []), ...((p.sources ?? []) as Input[]).flatMap((s) => s.nameAsWritten ?? [])];
    const knownId = p.officialId ?? this.byPerson.get(person);
    let official = knownId ? this.officials.get(knownId) : undefined;
    if (!official) {
      const base = `${p.country.toLowerCase()}-${slug(p.name)}`;
      let id = base;
      for (let n = 2; this.officials.has(id); n += 1) id = `${base}-${n}`;
      official = { id, person, name: p.name, country: p.country, spellings: [p.name] };
      this.officials.set(id, official);
      this.byPerson.set(person, id);
    }
    for (const s of spellings) if (!official.spellings.includes(s)) official.spellings.push(s);
    return official;
  }

  /** The JSON Lines export this graph must give (nulls left out, as the export does). */
  expectedExport(): unknown[] {
    return this.eventIds().map((id) => exportOf(this.events.get(id)!, this.officials));
  }
}

/**
 * One person at one table twice (events or officials merged): `from`'s citations fold into
 * `into`'s, names as written added and only `into`'s silences filled.
 */
function foldParticipation(from: ModelParticipation, into: ModelParticipation): void {
  for (const [sourceId, c] of from.claims) {
    const t = into.claims.get(sourceId);
    if (!t) into.claims.set(sourceId, structuredClone(c));
    else {
      t.nameAsWritten = [...t.nameAsWritten, ...c.nameAsWritten.filter((w) => !t.nameAsWritten.includes(w))];
      t.title ??= c.title;
      t.rank ??= c.rank; // only a retracted rank is a silence: an unstated one was written as OTHER
    }
  }
}

export function shown(event: ModelEvent) {
  return consolidateEvent([...event.claims].map(([sourceId, c]) => ({ sourceId, date: c.date, city: c.city, format: c.format, status: c.status })));
}

const byLocale = (a: string, b: string) => a.localeCompare(b);

function exportOf(event: ModelEvent, officials: Map<string, ModelOfficial>): unknown {
  const values = shown(event);
  const sourceIds = [...event.claims.keys()].sort(byLocale);
  return dropNulls({
    id: event.id,
    kind: KIND,
    status: values.status,
    date: values.date,
    city: values.city,
    format: values.format,
    countries: event.countries,
    ministries: [],
    round: sourceIds.flatMap((s) => {
      const r = event.claims.get(s)!.round;
      return r ? [{ number: r.number, statedAs: r.statedAs, source: s }] : [];
    }),
    participants: [...event.participations.keys()].sort(byLocale).map((officialId) => {
      const official = officials.get(officialId)!;
      const pa = event.participations.get(officialId)!;
      return {
        officialId,
        name: official.name,
        aliases: aliasesOf(official),
        country: pa.country,
        role: pa.role,
        sources: [...pa.claims.keys()].sort(byLocale).map((source) => ({ source, ...pa.claims.get(source)! })),
      };
    }),
    topics: [],
    sideMeetings: [],
    sources: sourceIds.map((s) => {
      const c = event.claims.get(s)!;
      return { id: s, language: 'en', title: `Report ${s} written for the model test`, caveats: [], facts: c.facts, claims: { date: c.date, city: c.city, format: c.format, status: c.status } };
    }),
  });
}

/** Aliases are a set: the order they were first seen in is no fact of the graph. */
export function aliasesOf(official: { name: string; spellings: string[] }): string[] {
  return official.spellings.filter((s) => s !== official.name).sort();
}

function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k, v]) => v !== null || k === 'number').map(([k, v]) => [k, dropNulls(v)]));
  }
  return value;
}

/** An export as compared: aliases as a sorted set (see aliasesOf). */
export function comparable(lines: unknown[]): unknown[] {
  return lines.map((line: any) => ({
    ...line,
    participants: (line.participants ?? []).map((p: any) => ({ ...p, aliases: [...(p.aliases ?? [])].sort() })),
  }));
}
