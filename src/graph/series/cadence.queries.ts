import { SeriesCadence } from '../../analysis';
import { Graph } from '../graph';

/** The stored cadence of a series (variable `s`; see derived-values.ts), in SeriesCadence's shape. */
const CADENCE_FIELDS = `{ intervalsDays: coalesce(s.intervalsDays, []), medianIntervalDays: s.medianIntervalDays, lastHeldDate: s.lastHeldDate,
  expectedNextDate: s.expectedNextDate, expectedFrom: s.expectedFrom, toleranceDays: coalesce(s.cadenceToleranceDays, 30), quietAfter: s.quietAfter }`;

/** Cadences by series id, for DataLoader batches (unique-constraint index on Series.id). */
export const CADENCE_BY_SERIES = `
UNWIND $ids AS id
MATCH (s:Series {id: id})
RETURN id, s ${CADENCE_FIELDS} AS cadence`;

export async function cadencesBySeries(graph: Graph, ids: readonly string[]): Promise<Map<string, SeriesCadence>> {
  const rows = await graph.read<{ id: string; cadence: SeriesCadence }>(CADENCE_BY_SERIES, { ids });
  return new Map(rows.map((r) => [r.id, r.cadence]));
}

/**
 * Series no longer on time on `$asOf`: a range seek on the quietAfter index (migration 4), or the
 * series of one country. Every overdue series comes back (one small row each); the caller orders
 * them by the rule in src/analysis/quiet-series.ts and keeps the first page.
 */
export const QUIET_SERIES = `
MATCH (s:Series) WHERE s.quietAfter < $asOf
RETURN s.id AS id, s ${CADENCE_FIELDS} AS cadence`;

export const QUIET_SERIES_OF_COUNTRY = `
MATCH (:Country {code: $country})<-[:BETWEEN]-(s:Series) WHERE s.quietAfter < $asOf
RETURN s.id AS id, s ${CADENCE_FIELDS} AS cadence`;

export async function quietSeriesCandidates(graph: Graph, asOf: string, country: string | null): Promise<Array<{ id: string; cadence: SeriesCadence }>> {
  return graph.read(country ? QUIET_SERIES_OF_COUNTRY : QUIET_SERIES, { asOf, country });
}
