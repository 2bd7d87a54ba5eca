import { CadenceEvent, HeadRank, levelParity, seriesCadence } from '../../analysis';
import { Graph, Params } from '../graph';
import { FALLBACK_SEARCH_LABEL, SEARCH_LABEL_OF_LANGUAGE, SEARCH_LABELS } from '../sources/source-search';

type Run = <T>(cypher: string, params?: Params) => Promise<T[]>;

/**
 * Values derived from the events of a series, kept on the nodes (as the rounds are) so that reads
 * and filters read properties: the series' cadence (src/analysis/cadence.ts), each event's level
 * parity (src/analysis/level-parity.ts), each source's search label (sources/source-search.ts).
 * Recomputed inside the write transaction of every change to a series (renumberSeries calls this),
 * and at start for series stored before this version of the rules (bulk loads, older graphs).
 */
export const DERIVED_VALUES_VERSION = 1;

/** Every event of the given series with what its derived values are computed from. */
export const SERIES_DERIVATION_INPUTS = `
UNWIND $seriesIds AS seriesId
MATCH (s:Series {id: seriesId})
RETURN seriesId, COLLECT {
  MATCH (s)<-[:IN_SERIES]-(c:Consultation)
  RETURN { id: c.id, status: c.status, date: c.date, datePrecision: coalesce(c.datePrecision, 'UNKNOWN'), countryCodes: c.countryCodes,
           heads: [(c)<-[:IN]-(p:Participation) WHERE p.role = 'HEAD_OF_DELEGATION' | { country: p.country, rank: coalesce(p.rank, 'OTHER') }],
           stored: { balanced: c.levelBalanced, gap: c.levelGap, sideCountries: c.levelSideCountries, sideRanks: c.levelSideRanks } }
} AS events`;

export const SET_SERIES_CADENCE = `
UNWIND $series AS row
MATCH (s:Series {id: row.id})
SET s.intervalsDays = row.intervalsDays, s.medianIntervalDays = row.medianIntervalDays, s.lastHeldDate = row.lastHeldDate,
    s.expectedNextDate = row.expectedNextDate, s.expectedFrom = row.expectedFrom, s.cadenceToleranceDays = row.toleranceDays,
    s.quietAfter = row.quietAfter, s.derivedVersion = $version`;

/** Parity sides as two parallel lists (a property holds no maps): the countries whose head is known, and that head's rank. */
export const SET_LEVEL_PARITY = `
UNWIND $events AS row
MATCH (c:Consultation {id: row.id})
SET c.levelBalanced = row.balanced, c.levelGap = row.gap, c.levelSideCountries = row.sideCountries, c.levelSideRanks = row.sideRanks`;

/** Each source of these series' events carries exactly the search label of its language (dynamic labels, Neo4j 5.26). */
export const SET_SOURCE_SEARCH_LABELS = `
UNWIND $seriesIds AS seriesId
MATCH (:Series {id: seriesId})<-[:IN_SERIES]-(:Consultation)-[:SUPPORTED_BY]->(src:Source)
WITH DISTINCT src
WITH src, coalesce($labelOf[toLower(split(coalesce(src.language, ''), '-')[0])], $fallback) AS label
WITH src, label, [l IN labels(src) WHERE l IN $searchLabels AND l <> label] AS stale
WHERE size(stale) > 0 OR NOT label IN labels(src)
REMOVE src:$(stale)
SET src:$(label)`;

interface StoredParity {
  balanced: boolean | null;
  gap: number | null;
  sideCountries: string[] | null;
  sideRanks: string[] | null;
}

interface EventInputs extends CadenceEvent {
  id: string;
  countryCodes: string[];
  heads: HeadRank[];
  stored: StoredParity;
}

/** Recomputes every derived value of the given series and their events, inside the caller's transaction. */
export async function refreshDerivedValues(run: Run, seriesIds: readonly string[]): Promise<void> {
  if (seriesIds.length === 0) return;
  const inputs = await run<{ seriesId: string; events: EventInputs[] }>(SERIES_DERIVATION_INPUTS, { seriesIds });
  const series = inputs.map(({ seriesId, events }) => ({ id: seriesId, ...seriesCadence(events) }));
  // Only events whose parity changed are written: a series' other events stay untouched.
  const events = inputs.flatMap((s) => s.events).flatMap((e) => {
    const parity = levelParity(e.countryCodes, e.heads);
    const known = parity.sides.filter((side) => side.rank !== null);
    const row = { balanced: parity.balanced, gap: parity.gap, sideCountries: known.map((s) => s.country), sideRanks: known.map((s) => s.rank as string) };
    return JSON.stringify(row) === JSON.stringify(e.stored) ? [] : [{ id: e.id, ...row }];
  });
  await run(SET_SERIES_CADENCE, { series, version: DERIVED_VALUES_VERSION });
  await run(SET_LEVEL_PARITY, { events });
  await run(SET_SOURCE_SEARCH_LABELS, { seriesIds, labelOf: SEARCH_LABEL_OF_LANGUAGE, fallback: FALLBACK_SEARCH_LABEL, searchLabels: SEARCH_LABELS });
}

/** Series whose derived values are missing or older than these rules: a label scan of Series, once per start. */
export const STALE_SERIES = `
MATCH (s:Series) WHERE coalesce(s.derivedVersion, 0) < $version
RETURN s.id AS id LIMIT toInteger($limit)`;

/**
 * Brings every series up to the current rules, a few hundred per transaction: after a bulk load
 * (which writes the rounds but not these values) or on a graph stored by an older version.
 * Returns how many series it refreshed.
 */
export async function refreshStaleDerivedValues(graph: Graph, batchSize = 500): Promise<number> {
  let refreshed = 0;
  for (;;) {
    const stale = await graph.read<{ id: string }>(STALE_SERIES, { version: DERIVED_VALUES_VERSION, limit: batchSize });
    if (stale.length === 0) return refreshed;
    await graph.writeTransaction((run) => refreshDerivedValues(run, stale.map((s) => s.id)));
    refreshed += stale.length;
  }
}
