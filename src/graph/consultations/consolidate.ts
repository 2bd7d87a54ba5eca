import { consolidateEvent, consolidateParticipation, EventStatement, ParticipationStatementClaim } from '../../domain/claims';
import { isPartialDate, parsePartialDate } from '../../domain/partial-date';
import { Params } from '../graph';
import * as Q from './record-consultation.cypher';
import { UNKNOWN_SORT_DATE } from './record-rows';

type Run = <T>(cypher: string, params?: Params) => Promise<T[]>;

interface StoredClaims {
  id: string;
  statements: EventStatement[];
  participations: Array<{ id: string; title: string | null; rank: string | null; statements: ParticipationStatementClaim[] }>;
}

/**
 * Derives the shown values of the given events and their participations from every source's
 * statement (the claim rule, domain/claims.ts), inside the caller's transaction. Runs after every
 * write that adds or removes a statement, before the series is renumbered (which reads sortDate).
 */
export async function consolidateConsultations(run: Run, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const stored = await run<StoredClaims>(Q.CLAIMS_OF_CONSULTATIONS, { ids });
  const events = stored.map(({ id, statements }) => {
    const shown = consolidateEvent(statements);
    const date = shown.date === null ? null : parsePartialDate(shown.date);
    return { id, ...shown, sortDate: date && isPartialDate(date) ? date.first : UNKNOWN_SORT_DATE };
  });
  // A participation no source speaks for (written before claims were kept) keeps its values.
  const participations = stored.flatMap((e) =>
    e.participations.filter((p) => p.statements.length > 0).map((p) => ({ id: p.id, ...consolidateParticipation(p.statements) })),
  );
  await run(Q.SET_CONSOLIDATED_CONSULTATIONS, { rows: events });
  await run(Q.SET_CONSOLIDATED_PARTICIPATIONS, { rows: participations });
}
