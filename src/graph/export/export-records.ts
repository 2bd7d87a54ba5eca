import { Graph } from '../graph';
import * as Q from './export.queries';

type Row = Record<string, unknown>;
interface ConsultationRow {
  consultation: Row & { id: string; countryCodes: string[] };
  ministries: Row[];
  sources: Array<Row & { id: string; roundNumber: number | null; roundStatedAs: string | null }>;
  topics: string[];
  participants: Array<Row & { officialId: string; sources: Array<Row & { source: string }> }>;
  sideMeetings: Array<Row & { id: string; participants: Array<Row & { id: string }> }>;
}

/**
 * The graph as import lines: every consultation as a record of the import/mutation format (with
 * its own id and its officials' ids, so a re-import rebuilds the same nodes), then relations and
 * agreements. Deterministic order, so two exports of the same graph are byte-identical.
 */
export async function* exportRecords(graph: Graph): AsyncGenerator<Row> {
  for await (const row of graph.stream<ConsultationRow>(Q.CONSULTATION_RECORDS)) yield toRecord(row);
  for await (const r of graph.stream<Row>(Q.DIPLOMATIC_RELATIONS)) yield { recordType: 'diplomaticRelations', ...r };
  for await (const a of graph.stream<Row>(Q.AGREEMENTS)) yield { recordType: 'agreement', ...a };
}

function toRecord({ consultation: c, ministries, sources, topics, participants, sideMeetings }: ConsultationRow): Row {
  const byId = <T extends Row>(key: keyof T) => (a: T, b: T) => String(a[key]).localeCompare(String(b[key]));
  const sortedSources = [...sources].sort(byId('id'));
  return dropNulls({
    id: c.id,
    kind: c.kind,
    status: c.status,
    date: c.date,
    city: c.city,
    format: c.format,
    countries: c.countryCodes,
    ministries: [...ministries].sort(byId('name')),
    round: sortedSources
      .filter((s) => s.roundStatedAs !== null)
      .map((s) => ({ number: s.roundNumber, statedAs: s.roundStatedAs, source: s.id })),
    // A participant's sources carry each statement; its own title and rank are derived from them,
    // so they are left out (a re-import would otherwise make them every silent source's words).
    participants: [...participants]
      .sort(byId('officialId'))
      .map(({ title, rank, ...p }) => (p.sources.length === 0 ? { ...p, title, rank, sources: [] } : { ...p, sources: [...p.sources].sort(byId('source')) })),
    topics: [...topics].sort(),
    sideMeetings: [...sideMeetings]
      .sort((a, b) => sideIndex(a.id) - sideIndex(b.id))
      .map(({ id: _id, participants: members, ...sm }) => ({
        ...sm,
        participants: [...members].sort(byId('id')).map(({ id: _pid, ...p }) => p),
      })),
    sources: sortedSources.map(({ roundNumber: _n, roundStatedAs: _s, ...s }) => s),
  });
}

/** "…#side-10" after "…#side-9". */
function sideIndex(id: string): number {
  return Number(/#side-(\d+)$/.exec(id)?.[1] ?? 0);
}

/** Absent and null mean the same in the record format; leaving nulls out keeps lines short. Round numbers keep their null ("next round"). */
function dropNulls(value: Row): Row {
  const clean = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(clean);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).filter(([k, x]) => x !== null || k === 'number').map(([k, x]) => [k, clean(x)]));
    }
    return v;
  };
  return clean(value) as Row;
}
