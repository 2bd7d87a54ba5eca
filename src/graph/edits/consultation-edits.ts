import { AuditAction, StatementFact } from '../../domain/enums';
import { BadUserInputError, NotFoundError } from '../../errors';
import { consolidateConsultations } from '../consultations/consolidate';
import { renumberSeries } from '../consultations/record-consultation';
import { Graph, Params } from '../graph';
import { auditedEdit } from './audit-log';
import * as Q from './consultation-edits.queries';
import { FOLD_PARTICIPATIONS, TWINS_IN_MERGED_CONSULTATIONS } from './fold-participations.queries';
import { DELETE_NODES } from './snapshot.queries';

type Run = <T>(cypher: string, params?: Params) => Promise<T[]>;

/** Who asks and why: written on the audit entry. */
export interface EditRequest {
  actor: string | null;
  reason: string;
}

async function lockConsultations(run: Run, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await run<{ id: string; seriesId: string }>(Q.LOCK_CONSULTATIONS, { ids });
  const found = new Map(rows.map((r) => [r.id, r.seriesId]));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw new NotFoundError('Consultation', missing.join(', '));
  return found;
}

async function targetsOf(run: Run, ids: readonly string[]): Promise<string[]> {
  return (await run<{ touched: string[] }>(Q.CONSULTATION_TARGETS, { ids })).flatMap((r) => r.touched);
}

/**
 * One meeting recorded as two events: `remove` is folded into `keep` (see MERGE_CONSULTATIONS),
 * whose shown values are then derived again from all the statements, and the series renumbered.
 * Both must be of one series (pair and kind). Returns the audit entry's id.
 */
export async function mergeConsultations(graph: Graph, keep: string, remove: string, request: EditRequest): Promise<string> {
  return graph.writeTransaction(async (run) => {
    const series = await lockConsultations(run, [keep, remove].sort());
    if (series.get(keep) !== series.get(remove)) {
      throw new BadUserInputError(`${remove} is of series ${series.get(remove)}, ${keep} of ${series.get(keep)}: only events of one series (pair and kind) are merged`, [
        { field: 'remove', message: `is of series ${series.get(remove)}` },
        { field: 'keep', message: `is of series ${series.get(keep)}` },
      ]);
    }
    const seriesIds = [series.get(keep)!];
    return auditedEdit(
      run,
      { action: AuditAction.MERGE_CONSULTATIONS, actor: request.actor, reason: request.reason, targetIds: [keep, remove] },
      await targetsOf(run, [keep, remove]),
      async () => {
        await run(FOLD_PARTICIPATIONS, { folds: await run(TWINS_IN_MERGED_CONSULTATIONS, { keep, remove }) });
        await run(Q.MERGE_CONSULTATIONS, { keep, remove });
        await consolidateConsultations(run, [keep]);
        await renumberSeries(run, seriesIds);
        return { consultationIds: [keep, remove], seriesIds };
      },
    );
  });
}

/** The event, its participations and side meetings are deleted (officials, sources, ministries stay); the series renumbered. */
export async function deleteConsultation(graph: Graph, id: string, request: EditRequest): Promise<string> {
  return graph.writeTransaction(async (run) => {
    const series = await lockConsultations(run, [id]);
    const seriesIds = [series.get(id)!];
    const touched = await targetsOf(run, [id]);
    return auditedEdit(run, { action: AuditAction.DELETE_CONSULTATION, actor: request.actor, reason: request.reason, targetIds: [id] }, touched, async () => {
      await run(DELETE_NODES, { ids: touched });
      await renumberSeries(run, seriesIds);
      return { consultationIds: [id], seriesIds };
    });
  });
}

export interface RetractionRequest extends EditRequest {
  consultationId: string;
  sourceId: string;
  fact: StatementFact;
  /** The participant whose TITLE or RANK the source no longer states. */
  officialId: string | null;
}

const PARTICIPANT_FACTS = new Set([StatementFact.TITLE, StatementFact.RANK]);

/** Problems of a retraction's arguments that need no database, all at once. */
export function retractionProblems(request: Pick<RetractionRequest, 'fact' | 'officialId'>): Array<{ field: string; message: string }> {
  if (PARTICIPANT_FACTS.has(request.fact) && !request.officialId) return [{ field: 'officialId', message: `is required to retract a ${request.fact}` }];
  if (!PARTICIPANT_FACTS.has(request.fact) && request.officialId) return [{ field: 'officialId', message: `is only for TITLE and RANK, not ${request.fact}` }];
  return [];
}

/**
 * The source no longer states the fact: its statement becomes silence (the other sources'
 * statements are untouched), the shown values are derived again by the claim rule and the series
 * renumbered. A fact the source does not state is BAD_USER_INPUT, nothing written.
 */
export async function retractStatement(graph: Graph, request: RetractionRequest): Promise<string> {
  const { consultationId, sourceId, officialId } = request;
  const fact = request.fact.toLowerCase();
  return graph.writeTransaction(async (run) => {
    await lockConsultations(run, [consultationId]);
    let touched: string;
    let seriesId: string;
    let retract: string;
    if (PARTICIPANT_FACTS.has(request.fact)) {
      const [row] = await run<{ elementId: string; seriesId: string; present: boolean; supports: boolean; title: string | null; rank: string | null }>(
        Q.PARTICIPANT_STATEMENT,
        { consultationId, officialId, sourceId },
      );
      if (!row.present) throw BadUserInputError.field('officialId', `${officialId} is not a participant of ${consultationId}`);
      if (!row.supports) throw BadUserInputError.field('sourceId', `${sourceId} says nothing of ${officialId} at ${consultationId}`);
      if ((fact === 'title' ? row.title : row.rank) === null) throw BadUserInputError.field('fact', `${sourceId} states no ${fact} of ${officialId} at ${consultationId}`);
      [touched, seriesId, retract] = [row.elementId, row.seriesId, Q.RETRACT_PARTICIPANT_STATEMENT];
    } else {
      const [row] = await run<{ elementId: string; seriesId: string; supports: boolean; stated: Record<string, unknown> | null }>(Q.EVENT_STATEMENT, {
        consultationId,
        sourceId,
      });
      if (!row.supports) throw BadUserInputError.field('sourceId', `${sourceId} is not a source of ${consultationId}`);
      if (row.stated?.[fact] === null || row.stated?.[fact] === undefined) throw BadUserInputError.field('fact', `${sourceId} states no ${fact} of ${consultationId}`);
      [touched, seriesId, retract] = [row.elementId, row.seriesId, Q.RETRACT_EVENT_STATEMENT];
    }
    return auditedEdit(
      run,
      { action: AuditAction.RETRACT_STATEMENT, actor: request.actor, reason: request.reason, targetIds: [consultationId, sourceId, ...(officialId ? [officialId] : [])] },
      [touched],
      async () => {
        await run(retract, { consultationId, sourceId, officialId, fact });
        await consolidateConsultations(run, [consultationId]);
        await renumberSeries(run, [seriesId]);
        return { consultationIds: [consultationId], seriesIds: [seriesId] };
      },
    );
  });
}
