import { AuditAction } from '../../domain/enums';
import { BadUserInputError, NotFoundError, TargetsChangedError } from '../../errors';
import { renumberSeries } from '../consultations/record-consultation';
import { consolidateConsultations } from '../consultations/consolidate';
import { Graph, Params } from '../graph';
import * as Q from './audit.queries';
import { keyText, NodeKey } from './node-keys';
import { captureNodes, findNodes, restoreSnapshot, Snapshot, snapshotDigest } from './snapshot';
import { LOCK_NODES } from './snapshot.queries';

type Run = <T>(cypher: string, params?: Params) => Promise<T[]>;

export interface AuditEntryRow {
  id: string;
  action: AuditAction;
  actor: string | null;
  reason: string | null;
  at: string;
  targetIds: string[];
  undone: boolean;
  undoneBy: string | null;
  undoneAt: string | null;
}

export interface EditDescription {
  action: AuditAction;
  /** The key label of the caller (`key:1a2b3c4d`), when known. */
  actor: string | null;
  reason: string | null;
  targetIds: string[];
}

/** What an edit changed beyond its nodes: the events to re-derive and the series to renumber after an undo. */
export interface EditEffect {
  consultationIds: string[];
  seriesIds: string[];
}

/**
 * Runs `edit` inside the caller's transaction as an audited edit: the nodes it touches (element
 * ids, found by the caller before the edit) are locked and kept as they are, the edit runs, and
 * an audit entry is written holding that snapshot and a digest of what the nodes became. Returns
 * the entry's id.
 */
export async function auditedEdit(run: Run, description: EditDescription, touched: readonly string[], edit: () => Promise<EditEffect>): Promise<string> {
  await run(LOCK_NODES, { ids: touched });
  const before = await captureNodes(run, touched);
  const effect = await edit();
  const after = await captureNodes(run, touched);
  const [{ id }] = await run<{ id: string }>(Q.CREATE_AUDIT_ENTRY, {
    ...description,
    before: JSON.stringify(before),
    afterKeys: JSON.stringify(after.nodes.map((n) => n.key)),
    afterDigest: snapshotDigest(after),
    consultationIds: [...new Set(effect.consultationIds)],
    seriesIds: [...new Set(effect.seriesIds)],
  });
  return id;
}

export async function auditPage(graph: Graph, page: { skip: number; limit: number }): Promise<{ total: number; page: AuditEntryRow[] }> {
  const [row] = await graph.read<{ total: number; page: AuditEntryRow[] }>(Q.AUDIT_PAGE, page);
  return row ?? { total: 0, page: [] };
}

export async function auditEntry(graph: Graph, id: string): Promise<AuditEntryRow | null> {
  const [row] = await graph.read<{ entry: AuditEntryRow }>(Q.AUDIT_BY_ID, { id });
  return row?.entry ?? null;
}

/** An event an undo changed: `restored` when the edit had deleted it (deleteConsultation, the removed event of mergeConsultations). */
export interface UndoneEvent {
  consultationId: string;
  countryCodes: string[];
  restored: boolean;
}

/** A committed undo: the entry, marked undone, and the events it gave back or changed. */
export interface UndoneEdit {
  entry: AuditEntryRow;
  events: UndoneEvent[];
}

/** The event an edit of this kind deleted, that its undo brings back. */
function deletedBy(action: AuditAction, targetIds: readonly string[]): string | null {
  if (action === AuditAction.DELETE_CONSULTATION) return targetIds[0];
  if (action === AuditAction.MERGE_CONSULTATIONS) return targetIds[1];
  return null;
}

interface StoredEntry {
  undone: boolean;
  undoneBy: string | null;
  undoneAt: string | null;
  before: string;
  afterKeys: string;
  afterDigest: string;
  consultationIds: string[];
  seriesIds: string[];
}

/**
 * Restores the graph as it was before the edit, in one transaction: what the edit's nodes became
 * is replaced by the snapshot the entry holds, then the derived values of its events and series
 * are computed again. Refused with nothing written: an unknown entry (NOT_FOUND), one already
 * undone (BAD_USER_INPUT), one whose nodes changed since the edit (CONFLICT: undo the later edit
 * first).
 */
export async function undoEdit(graph: Graph, id: string, actor: string | null): Promise<UndoneEdit> {
  return graph.writeTransaction(async (run) => {
    const [entry] = await run<StoredEntry>(Q.LOCK_AUDIT_ENTRY, { id });
    if (!entry) throw new NotFoundError('AuditEntry', id);
    if (entry.undone) throw BadUserInputError.field('auditId', `was already undone${entry.undoneBy ? ` by ${entry.undoneBy}` : ''} at ${entry.undoneAt}`);
    const afterKeys = JSON.parse(entry.afterKeys) as NodeKey[];
    const found = await findNodes(run, afterKeys);
    const missing = afterKeys.filter((k) => !found.has(keyText(k)));
    if (missing.length > 0) throw new TargetsChangedError(`Cannot undo: ${missing.map(keyText).join(', ')} was deleted or merged since the edit; nothing was changed.`);
    const current = afterKeys.map((k) => found.get(keyText(k))!);
    await run(LOCK_NODES, { ids: current });
    if (snapshotDigest(await captureNodes(run, current)) !== entry.afterDigest) {
      throw new TargetsChangedError('Cannot undo: the records this edit changed were changed again since (undo the later edit first); nothing was changed.');
    }
    await restoreSnapshot(run, JSON.parse(entry.before) as Snapshot, current, afterKeys);
    await consolidateConsultations(run, entry.consultationIds);
    await renumberSeries(run, entry.seriesIds);
    const [marked] = await run<{ entry: AuditEntryRow }>(Q.MARK_UNDONE, { id, actor });
    const restored = deletedBy(marked.entry.action, marked.entry.targetIds);
    const events = await run<{ consultationId: string; countryCodes: string[] }>(Q.EVENTS_AFTER_UNDO, { ids: entry.consultationIds });
    return { entry: marked.entry, events: events.map((e) => ({ ...e, restored: e.consultationId === restored })) };
  });
}
