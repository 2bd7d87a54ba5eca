import { countryName } from '../../country-names';
import { ConsultationRecord } from '../../domain/consultation-record';
import { ConsultationStatus, DatePrecision } from '../../domain/enums';
import { consultationId, ministryId, seriesId, slug, topicKey } from '../../domain/ids';
import { isPartialDate, parsePartialDate } from '../../domain/partial-date';
import { resolveSeriesRounds, RoundStatement } from '../../domain/rounds';
import { bestNameScore, lookupKeys, NAME_MATCH_THRESHOLD, nameKeys } from '../../name-matching';
import { Graph, Params } from '../graph';
import * as Q from './record-consultation.cypher';

export interface RecordedConsultation {
  id: string;
  seriesId: string;
  /** Officials of this record: matched to an existing person, or created. */
  officials: Array<{ id: string; name: string; created: boolean }>;
}

type Run = <T>(cypher: string, params?: Params) => Promise<T[]>;

/**
 * Writes one validated record in ONE transaction: either every fact of the record is stored,
 * with its sources, and the series renumbered, or nothing is. Recording the same event again
 * (same id, or same series, kind and date) updates it and never duplicates.
 */
export async function recordConsultation(graph: Graph, record: ConsultationRecord): Promise<RecordedConsultation> {
  const id = record.id ?? consultationId(record.countries, record.kind, record.date, record.sources[0].id);
  const series = seriesId(record.countries, record.kind);
  return graph.writeTransaction(async (run) => {
    await run(Q.UPSERT_CONSULTATION, { seriesId: series, consultation: consultationProperties(id, record), countries: countriesOf(record) });
    await run(Q.UPSERT_MINISTRIES, {
      consultationId: id,
      ministries: record.ministries.map((m) => ({ ...m, id: ministryId(m.country, m.name) })),
    });
    await run(Q.UPSERT_SOURCES, { consultationId: id, sources: sourcesOf(record) });
    const officials = await resolveOfficials(run, record);
    await run(Q.UPSERT_OFFICIALS, { officials: officials.filter((o) => o.spellings.length > 0 || o.created) });
    await run(Q.UPSERT_PARTICIPATIONS, {
      consultationId: id,
      participations: record.participants.map((p, i) => ({
        id: `${id}|${officials[i].id}`,
        officialId: officials[i].id,
        country: p.country,
        title: p.title,
        rank: p.rank,
        role: p.role,
        sources: p.sources.map((s) => ({
          source: s.source,
          title: s.title ?? p.title,
          rank: s.rank ?? p.rank,
          nameAsWritten: s.nameAsWritten,
        })),
      })),
    });
    await run(Q.UPSERT_TOPICS, { consultationId: id, topics: dedupe(record.topics).map((name) => ({ key: topicKey(name), name })) });
    await run(Q.UPSERT_SIDE_MEETINGS, { consultationId: id, sideMeetings: sideMeetingsOf(id, record) });
    await renumberSeries(run, series);
    return { id, seriesId: series, officials: officials.map(({ id: oid, name, created }) => ({ id: oid, name, created })) };
  });
}

/** Recomputes every round of a series inside the caller's transaction (see domain/rounds.ts). */
export async function renumberSeries(run: Run, series: string): Promise<void> {
  const events = await run<{ id: string; status: ConsultationStatus; sortDate: string | null; statements: RoundStatement[] }>(
    Q.SERIES_EVENTS,
    { seriesId: series },
  );
  const resolved = resolveSeriesRounds(
    events.map((e) => ({ ...e, sortDate: e.sortDate === UNKNOWN_SORT_DATE ? null : e.sortDate })),
  );
  await run(Q.SET_SERIES_ROUNDS, {
    seriesId: series,
    rounds: [...resolved.rounds].map(([cid, r]) => ({ id: cid, ...r })),
    current: resolved.currentRoundNumber,
    next: resolved.nextRoundNumber,
  });
}

/** Undated events sort before every real date, and keep the sort-date index usable for range scans. */
export const UNKNOWN_SORT_DATE = '0000-00-00';

function consultationProperties(id: string, record: ConsultationRecord) {
  const date = record.date === null ? null : parsePartialDate(record.date);
  const known = date !== null && isPartialDate(date) ? date : null;
  return {
    id,
    kind: record.kind,
    status: record.status,
    date: known?.value ?? null,
    datePrecision: known?.precision ?? DatePrecision.UNKNOWN,
    sortDate: known?.first ?? null,
    city: record.city,
    format: record.format,
    countryCodes: [...record.countries].sort(),
  };
}

function countriesOf(record: ConsultationRecord) {
  return record.countries.map((code) => ({ code, name: countryName(code, 'en') ?? code }));
}

function sourcesOf(record: ConsultationRecord) {
  return record.sources.map((s) => {
    const statement = record.round.find((r) => r.source === s.id);
    return {
      id: s.id,
      publisher: s.publisher,
      citing: s.citing ?? null,
      language: s.language,
      publishedAt: s.publishedAt,
      title: s.title,
      url: s.url,
      caveats: s.caveats,
      facts: s.facts,
      roundNumber: statement?.number ?? null,
      roundStatedAs: statement?.statedAs ?? null,
    };
  });
}

interface ResolvedOfficial {
  id: string;
  name: string;
  country: string;
  created: boolean;
  /** Spellings to add as aliases, and the name keys of every spelling. */
  spellings: string[];
  keys: string[];
}

/**
 * Each named participant becomes an existing official when the graph's name resolution finds
 * one of the same country above the match threshold (best score wins), or a new official.
 */
async function resolveOfficials(run: Run, record: ConsultationRecord): Promise<ResolvedOfficial[]> {
  const lookups = record.participants.map((p, index) => ({
    index,
    country: p.country,
    keys: p.officialId ? [] : spellingsOf(p).flatMap((s) => lookupKeys(s)),
  }));
  const candidates = await run<{ index: number; id: string; name: string; aliases: string[] }>(Q.FIND_OFFICIAL_CANDIDATES, { lookups });
  const byId = await run<{ id: string; name: string; countryCode: string }>(Q.OFFICIALS_BY_ID, {
    ids: record.participants.flatMap((p) => (p.officialId ? [p.officialId] : [])),
  });
  const usedIds = new Set<string>();
  return record.participants.map((p, index) => {
    const spellings = spellingsOf(p);
    const keys = dedupe(spellings.flatMap((s) => nameKeys(s)));
    if (p.officialId) {
      const known = byId.find((o) => o.id === p.officialId);
      if (!known) throw new UnknownOfficialError(index, p.officialId);
      return { id: known.id, name: known.name, country: known.countryCode, created: false, spellings, keys };
    }
    const name = p.name!;
    const best = candidates
      .filter((c) => c.index === index)
      .map((c) => ({ ...c, score: Math.max(...spellings.map((s) => bestNameScore(s, [c.name, ...c.aliases]))) }))
      .filter((c) => c.score >= NAME_MATCH_THRESHOLD)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))[0];
    if (best) return { id: best.id, name: best.name, country: p.country, created: false, spellings, keys };
    // Two different people with the same transliterated name get distinct ids.
    let id = `${p.country.toLowerCase()}-${slug(name)}`;
    for (let n = 2; usedIds.has(id) || candidates.some((c) => c.id === id); n += 1) id = `${p.country.toLowerCase()}-${slug(name)}-${n}`;
    usedIds.add(id);
    return { id, name, country: p.country, created: true, spellings, keys };
  });
}

function spellingsOf(p: ConsultationRecord['participants'][number]): string[] {
  return dedupe([...(p.name ? [p.name] : []), ...p.sources.flatMap((s) => s.nameAsWritten)]);
}

function sideMeetingsOf(consultation: string, record: ConsultationRecord) {
  return record.sideMeetings.map((sm, i) => {
    const id = `${consultation}#side-${i + 1}`;
    return {
      id,
      kind: sm.kind,
      description: sm.description,
      country: sm.country,
      organisation: sm.organisation && {
        id: `${(sm.organisation.country ?? 'xx').toLowerCase()}-${slug(sm.organisation.name, 80)}`,
        ...sm.organisation,
      },
      participants: sm.participants.map((p, j) => ({ id: `${id}|${j + 1}`, name: p.name ?? null, country: p.country, title: p.title, rank: p.rank })),
    };
  });
}

function dedupe<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

export class UnknownOfficialError extends Error {
  constructor(readonly participantIndex: number, readonly officialId: string) {
    super(`participants.${participantIndex}.officialId: no official has id "${officialId}"`);
    this.name = 'UnknownOfficialError';
  }
}
