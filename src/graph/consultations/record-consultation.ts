import { ConsultationRecord } from '../../domain/consultation-record';
import { ConsultationStatus } from '../../domain/enums';
import { consultationId, seriesId } from '../../domain/ids';
import { resolveSeriesRounds, RoundStatement } from '../../domain/rounds';
import { sameMeeting, StoredMeeting } from '../../domain/same-meeting';
import { Graph, Params } from '../graph';
import * as Q from './record-consultation.cypher';
import {
  consultationRow,
  countryRows,
  ministryRows,
  participationRows,
  recordFingerprint,
  sideMeetingRows,
  sourceRows,
  topicRows,
  UNKNOWN_SORT_DATE,
} from './record-rows';
import { refreshDerivedValues } from '../series/derived-values';
import { consolidateConsultations } from './consolidate';
import { graphDirectory } from './official-directory';
import { OfficialHints, resolveOfficials, spellingsOf } from './resolve-officials';
import { nameKeys } from '../../name-matching';
import { nameKeyTextParams, REFRESH_NAME_KEY_TEXT } from '../officials/official-fields';

import { UnknownOfficialError } from './resolve-officials';
import { OtherSeriesError } from './other-series-error';

export { UnknownOfficialError, OtherSeriesError };
export type { OfficialHints } from './resolve-officials';
export { spellingsOf } from './resolve-officials';
export { UNKNOWN_SORT_DATE } from './record-rows';

export interface RecordedConsultation {
  id: string;
  seriesId: string;
  /** CREATED: a new event; UPDATED: facts added to a stored one; UNCHANGED: this exact record was the last written. */
  outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED';
  /** Officials of this record: matched to an existing person, or created. */
  officials: Array<{ id: string; name: string; created: boolean }>;
}

type Run = <T>(cypher: string, params?: Params) => Promise<T[]>;

/** One record, one transaction (the mutation and the seed). */
export async function recordConsultation(graph: Graph, record: ConsultationRecord): Promise<RecordedConsultation> {
  return (await recordConsultations(graph, [record]))[0];
}

/**
 * Writes a batch of validated records in ONE transaction: every fact of every record is stored
 * with its sources and the touched series renumbered, or nothing is — so an interrupted import
 * never leaves half a record. Each statement UNWINDs the whole batch. Recording the same event
 * again (same id; same series, kind and date; or same series and source) updates it, never
 * duplicates; a record identical to the one last written for its event is skipped.
 */
export async function recordConsultations(
  graph: Graph,
  records: readonly ConsultationRecord[],
  options: { officialHints?: OfficialHints } = {},
): Promise<RecordedConsultation[]> {
  if (records.length === 0) return [];
  return graph.writeTransaction(async (run) => {
    const results: RecordedConsultation[] = new Array(records.length);
    let pending = records.map((record, index) => ({ record, index }));
    // A record that may refine an event an earlier record of the batch writes is written in a
    // later wave of the same transaction, once that event is stored: a batch then gives the graph
    // that recording its lines one after another gives (same events, same last statements).
    while (pending.length > 0) {
      const { wave: targets, later } = wavesOf(await identify(run, pending));
      const changed = targets.filter((t) => !t.unchanged);
      const { perRecord } = changed.length > 0 ? await writeChanged(run, changed, options.officialHints).catch(inBatch(changed)) : { perRecord: [] };
      const officialsOf = new Map(changed.map((t, i) => [t.index, perRecord[i]]));
      for (const t of targets) {
        results[t.index] = {
          id: t.id,
          seriesId: t.seriesId,
          outcome: t.unchanged ? 'UNCHANGED' : t.existed ? 'UPDATED' : 'CREATED',
          officials: (officialsOf.get(t.index) ?? []).map(({ id, name, created }) => ({ id, name, created })),
        };
      }
      pending = later;
    }
    return results;
  });
}

type Pending = { record: ConsultationRecord; index: number };

/**
 * Splits a batch into the records that can be written together and those to write after them:
 * a record waits when an earlier record of the batch is headed for the same stored event, names
 * the same id (its own or the natural one), or is of its series and shares a source or has a
 * compatible date (either undated, or one date a reduction of the other) — the cases where the
 * earlier record may change which event this one refines. A record also waits behind a waiting
 * one whose source it shares, or a participant who may be the same person (same id, or same side
 * and a shared name key — the only way name resolution finds a candidate): written first, it would
 * create that official (and the spelling the graph names him by) or the source before the line
 * above it does, and a batch must give what recording its lines one after another gives. Usually
 * one wave.
 */
function wavesOf(targets: readonly Target[]): { wave: Target[]; later: Pending[] } {
  const wave: Target[] = [];
  const later: Pending[] = [];
  const seen = new SeenRecords();
  const waiting = new Set<string>();
  for (const t of targets) {
    const marks = orderMarks(t.record);
    if (marks.some((m) => waiting.has(m)) || seen.mayMeet(t)) {
      later.push({ record: t.record, index: t.index });
      marks.forEach((m) => waiting.add(m));
    } else wave.push(t);
    seen.add(t);
  }
  return { wave, later };
}

/** What a record shares with another when their order matters: its sources, and who its participants may be. */
function orderMarks(record: ConsultationRecord): string[] {
  return [
    ...record.sources.map((s) => `source|${s.id}`),
    ...record.participants.flatMap((p) =>
      p.officialId ? [`official|${p.officialId}`] : spellingsOf(p).flatMap((spelling) => nameKeys(spelling).map((key) => `${p.country}|${key}`)),
    ),
  ];
}

/**
 * The earlier records of a batch, indexed so that asking whether one of them may meet a record
 * costs a look at the few of its series, not at every earlier record (a batch of thousands):
 * whether any earlier record has the same id (its own or the natural one), or is of the same
 * series and shares a source or has a compatible date (either undated, or one date a reduction
 * of the other).
 */
class SeenRecords {
  private readonly ids = new Set<string>();
  private readonly naturalIds = new Set<string>();
  private readonly series = new Map<string, { sources: Set<string>; dates: Array<string | null> }>();

  mayMeet(t: Target): boolean {
    const r = t.record;
    if (this.ids.has(t.id) || this.naturalIds.has(naturalIdOf(r))) return true;
    const earlier = this.series.get(t.seriesId);
    if (!earlier) return false;
    if (r.sources.some((s) => earlier.sources.has(s.id))) return true;
    return earlier.dates.some((d) => d === null || r.date === null || d.startsWith(r.date) || r.date.startsWith(d));
  }

  add(t: Target): void {
    this.ids.add(t.id);
    this.naturalIds.add(naturalIdOf(t.record));
    let earlier = this.series.get(t.seriesId);
    if (!earlier) {
      earlier = { sources: new Set(), dates: [] };
      this.series.set(t.seriesId, earlier);
    }
    for (const s of t.record.sources) earlier.sources.add(s.id);
    earlier.dates.push(t.record.date);
  }
}

function naturalIdOf(r: ConsultationRecord): string {
  return r.id ?? consultationId(r.countries, r.kind, r.date, r.sources[0].id);
}

/**
 * Only the changed records are written, so a refused record's index counts those: turn it back
 * into its index in the caller's batch (the import rejects exactly that line, nothing else).
 */
function inBatch(changed: readonly Target[]) {
  return (error: unknown): never => {
    if (error instanceof UnknownOfficialError) throw new UnknownOfficialError(changed[error.recordIndex].index, error.participantIndex, error.officialId);
    throw error;
  };
}

interface Target {
  /** Position in the caller's batch. */
  index: number;
  record: ConsultationRecord;
  id: string;
  seriesId: string;
  fingerprint: string;
  existed: boolean;
  unchanged: boolean;
}

async function identify(run: Run, batch: readonly Pending[]): Promise<Target[]> {
  const records = batch.map((p) => p.record);
  const lookups = records.map((record, index) => {
    const series = seriesId(record.countries, record.kind);
    const naturalId = record.id ?? consultationId(record.countries, record.kind, record.date, record.sources[0].id);
    return { index, naturalId, seriesId: series, sourceId: record.id ? null : record.sources[0].id, date: record.date };
  });
  type Stored = { index: number; id: string | null; fingerprint: string | null; seriesId?: string | null };
  const existing = await run<Stored>(Q.CONSULTATIONS_BY_ID, { lookups });
  for (const e of existing) {
    const lookup = lookups[e.index];
    // Only a caller's own id can name another series' event (a natural id contains the series).
    if (typeof e.seriesId === 'string' && e.seriesId !== lookup.seriesId) throw new OtherSeriesError(batch[e.index].index, lookup.naturalId, e.seriesId, lookup.seriesId);
  }
  const byId = new Set(existing.map((e) => e.index));
  const bySourceLookups = lookups.filter((l) => l.sourceId !== null && !byId.has(l.index));
  if (bySourceLookups.length > 0) existing.push(...(await run<Stored>(Q.CONSULTATIONS_BY_SOURCE, { lookups: bySourceLookups })));
  existing.push(...(await storedMeetings(run, records, lookups, new Set(existing.filter((e) => e.id).map((e) => e.index)))));
  const found = new Map(existing.filter((e) => e.id).map((e) => [e.index, e]));
  return records.map((record, index) => {
    const stored = found.get(index);
    const fingerprint = recordFingerprint(record);
    return {
      index: batch[index].index,
      record,
      id: stored?.id ?? lookups[index].naturalId,
      seriesId: lookups[index].seriesId,
      fingerprint,
      existed: Boolean(stored?.id),
      unchanged: Boolean(stored?.id) && stored?.fingerprint === fingerprint,
    };
  });
}

/** Records no lookup found that tell a stored meeting again, with another date precision (domain/same-meeting.ts). */
async function storedMeetings(
  run: Run,
  records: readonly ConsultationRecord[],
  lookups: ReadonlyArray<{ index: number; seriesId: string; sourceId: string | null; date: string | null }>,
  found: ReadonlySet<number>,
): Promise<Array<{ index: number; id: string; fingerprint: string | null }>> {
  const open = lookups.filter((l) => l.sourceId !== null && !found.has(l.index) && l.date !== null && l.date.length >= 7);
  if (open.length === 0) return [];
  const candidates = await run<StoredMeeting & { index: number; fingerprint: string | null }>(Q.SAME_MEETING_CANDIDATES, { lookups: open });
  return open.flatMap((l) => {
    const match = sameMeeting(records[l.index], candidates.filter((c) => c.index === l.index));
    return match ? [{ index: l.index, id: match.id, fingerprint: match.fingerprint }] : [];
  });
}

async function writeChanged(run: Run, targets: readonly Target[], hints?: OfficialHints) {
  const records = targets.map((t) => t.record);
  const each = <T>(rows: (t: Target, i: number) => T[]) => targets.flatMap(rows);
  await run(Q.UPSERT_COUNTRIES, { countries: countryRows(records) });
  await run(Q.UPSERT_CONSULTATIONS, { consultations: targets.map((t) => consultationRow(t.id, t.seriesId, t.record, t.fingerprint)) });
  await run(Q.UPSERT_MINISTRIES, { ministries: each((t) => ministryRows(t.id, t.record)) });
  await run(Q.UPSERT_SOURCES, { sources: each((t) => sourceRows(t.id, t.record)) });
  const officials = await resolveOfficials(graphDirectory(run), records, hints);
  await run(Q.UPSERT_OFFICIALS, { officials: officials.officials });
  await run(REFRESH_NAME_KEY_TEXT, nameKeyTextParams(officials.officials.map((o) => o.id)));
  await run(Q.UPSERT_PARTICIPATIONS, {
    participations: each((t, i) => participationRows(t.id, t.record, officials.perRecord[i].map((o) => o.id))),
  });
  await run(Q.UPSERT_TOPICS, { topics: each((t) => topicRows(t.id, t.record)) });
  await run(Q.UPSERT_SIDE_MEETINGS, { sideMeetings: each((t) => sideMeetingRows(t.id, t.record)) });
  await consolidateConsultations(run, targets.map((t) => t.id));
  await renumberSeries(run, [...new Set(targets.map((t) => t.seriesId))]);
  return officials;
}

/** Recomputes every round of the given series inside the caller's transaction (see domain/rounds.ts). */
export async function renumberSeries(run: Run, seriesIds: readonly string[]): Promise<void> {
  const events = await run<{ seriesId: string; id: string; status: ConsultationStatus; sortDate: string | null; statements: RoundStatement[] }>(
    Q.SERIES_EVENTS,
    { seriesIds },
  );
  const rounds: Array<Record<string, unknown>> = [];
  const series: Array<{ id: string; current: number | null; next: number | null }> = [];
  for (const id of seriesIds) {
    const resolved = resolveSeriesRounds(
      events.filter((e) => e.seriesId === id).map((e) => ({ ...e, sortDate: e.sortDate === UNKNOWN_SORT_DATE ? null : e.sortDate })),
    );
    rounds.push(...[...resolved.rounds].map(([cid, r]) => ({ id: cid, ...r })));
    series.push({ id, current: resolved.currentRoundNumber, next: resolved.nextRoundNumber });
  }
  await run(Q.SET_ROUNDS, { rounds });
  await run(Q.SET_SERIES_CURRENT_AND_NEXT, { series });
  await refreshDerivedValues(run, seriesIds);
}
