import DataLoader from 'dataloader';
import {
  citationsByConsultation,
  consultationsById,
  participationsByConsultation,
  sideMeetingsByConsultation,
  statementsByParticipation,
  topicsByConsultation,
} from './consultations/consultation.queries';
import { ConsultationBundleRow } from './consultations/consultation-bundle';
import { partnersOf } from './countries/country.queries';
import { Graph } from './graph';
import { CounterpartRequest, counterparts, officialsById, participationsByOfficial, possibleDuplicatesByOfficial } from './officials/official.queries';
import { CitationRow, ConsultationRow, CounterpartRow, OfficialRow, ParticipationRow, PartnerRow, SeriesRow, SideMeetingRow, SourceRow } from './rows';
import { seriesById } from './series/series.queries';
import { cadencesBySeries } from './series/cadence.queries';
import { LevelParityRow, levelParityByConsultation } from './consultations/level-parity.queries';
import { SeriesCadence } from '../analysis';
import { consultationsCiting, sourcesById } from './sources/source.queries';

/**
 * Per-request batch loaders: every relationship field of a GraphQL response is answered by one
 * Cypher query per level of the response, however many parents that level has (no N+1). They
 * are created for each request and never shared, so no user sees another's cache.
 */
// Dispatch after the current macrotask, not the current microtask: resolvers of one response
// level reach their loads through promise chains of different lengths, and should share a batch.
const batchScheduleFn = (dispatch: () => void) => setImmediate(dispatch);

export function createLoaders(graph: Graph) {
  const byId = <R extends { id: string }>(fetch: (ids: readonly string[]) => Promise<R[]>) =>
    new DataLoader<string, R | null>(async (ids) => {
      const found = new Map((await fetch(ids)).map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    }, { batchScheduleFn });
  const grouped = <R>(fetch: (keys: readonly string[]) => Promise<Map<string, R[]>>) =>
    new DataLoader<string, R[]>(async (keys) => {
      const found = await fetch(keys);
      return keys.map((key) => found.get(key) ?? []);
    }, { batchScheduleFn });

  const loaders = {
    consultation: byId<ConsultationRow>((ids) => consultationsById(graph, ids)),
    official: byId<OfficialRow>((ids) => officialsById(graph, ids)),
    source: byId<SourceRow>((ids) => sourcesById(graph, ids)),
    series: byId<SeriesRow>((ids) => seriesById(graph, ids)),
    levelParity: byId<LevelParityRow>((ids) => levelParityByConsultation(graph, ids)),
    cadence: new DataLoader<string, SeriesCadence | null>(async (ids) => {
      const found = await cadencesBySeries(graph, ids);
      return ids.map((id) => found.get(id) ?? null);
    }, { batchScheduleFn }),
    participationsOfConsultation: grouped<ParticipationRow>(async (ids) => {
      const found = await participationsByConsultation(graph, ids);
      // Officials came with their participations: resolving `official` needs no round trip.
      for (const list of found.values()) for (const p of list) if (p.official) loaders.official.prime(p.official.id, p.official);
      return found;
    }),
    participationsOfOfficial: grouped<ParticipationRow>((ids) => participationsByOfficial(graph, ids)),
    possibleDuplicatesOfOfficial: grouped<OfficialRow>(async (ids) => {
      const found = await possibleDuplicatesByOfficial(graph, ids);
      for (const list of found.values()) for (const o of list) loaders.official.prime(o.id, o);
      return found;
    }),
    statementsOfParticipation: grouped<ParticipationRow['statements'][number]>((ids) => statementsByParticipation(graph, ids)),
    topicsOfConsultation: grouped<string>((ids) => topicsByConsultation(graph, ids)),
    citationsOfConsultation: grouped<CitationRow>((ids) => citationsByConsultation(graph, ids)),
    sideMeetingsOfConsultation: grouped<SideMeetingRow>((ids) =>
      sideMeetingsByConsultation(graph, ids),
    ),
    partnersOfCountry: grouped<PartnerRow>((codes) => partnersOf(graph, codes)),
    consultationIdsCitingSource: grouped<string>((ids) => consultationsCiting(graph, ids)),
    counterparts: new DataLoader<CounterpartRequest, CounterpartRow[], string>(
      async (requests) => {
        const found = await counterparts(graph, requests);
        // The counterparts query already read the people and events: the next level needs no round trip.
        for (const rows of found.values()) {
          for (const row of rows) {
            if (row.official) loaders.official.prime(row.official.id, row.official);
            for (const c of row.consultations ?? []) loaders.consultation.prime(c.id, c);
          }
        }
        return requests.map((r) => found.get(r.key) ?? []);
      },
      { cacheKeyFn: (r) => r.key, batchScheduleFn },
    ),
  };
  return loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Rows a root resolver read ahead (one round trip for a whole headline question) go into the
 * loaders the child resolvers read from, in the shape each loader's own query would return.
 */
export function primeConsultations(loaders: Loaders, rows: readonly ConsultationBundleRow[]): ConsultationRow[] {
  return rows.map(({ citations, participants, ...consultation }) => {
    loaders.consultation.prime(consultation.id, consultation);
    if (citations) {
      loaders.citationsOfConsultation.prime(consultation.id, citations.map(({ source, ...citation }) => citation));
      for (const { source } of citations) loaders.source.prime(source.id, source);
    }
    if (participants) {
      loaders.participationsOfConsultation.prime(consultation.id, participants as ParticipationRow[]);
      for (const p of participants) if (p.official) loaders.official.prime(p.official.id, p.official);
    }
    return consultation;
  });
}
