/**
 * Audit entries: one node per audited edit, holding the snapshot its undo writes back. They have
 * no relationships, so keeping them never changes the nodes an edit touched (nor an export).
 */
export const CREATE_AUDIT_ENTRY = `
CREATE (a:AuditEntry {id: randomUUID(), action: $action, actor: $actor, reason: $reason, at: datetime(), targetIds: $targetIds,
  undone: false, before: $before, afterKeys: $afterKeys, afterDigest: $afterDigest,
  consultationIds: $consultationIds, seriesIds: $seriesIds})
RETURN a.id AS id`;

export const AUDIT_FIELDS = `{ .id, .action, .actor, .reason, at: toString(a.at), .targetIds, .undone, .undoneBy,
  undoneAt: toString(a.undoneAt) }`;

/** Newest first (index on AuditEntry.at), one page and the total in one round trip. */
export const AUDIT_PAGE = `
MATCH (a:AuditEntry)
WITH a ORDER BY a.at DESC, a.id DESC
WITH collect(a) AS entries
RETURN size(entries) AS total, [a IN entries[$skip..($skip + $limit)] | a ${AUDIT_FIELDS}] AS page`;

export const AUDIT_BY_ID = `
MATCH (a:AuditEntry {id: $id})
RETURN a ${AUDIT_FIELDS} AS entry`;

/** The entry write-locked, so two undos of it run one after the other; with what its undo needs. */
export const LOCK_AUDIT_ENTRY = `
MATCH (a:AuditEntry {id: $id})
SET a.editLock = true
REMOVE a.editLock
RETURN a.undone AS undone, a.undoneBy AS undoneBy, toString(a.undoneAt) AS undoneAt, a.before AS before, a.afterKeys AS afterKeys,
  a.afterDigest AS afterDigest, a.consultationIds AS consultationIds, a.seriesIds AS seriesIds`;

/** The events an undo derived again, with their countries, for the live feed once it commits. */
export const EVENTS_AFTER_UNDO = `
MATCH (c:Consultation) WHERE c.id IN $ids
RETURN c.id AS consultationId, c.countryCodes AS countryCodes`;

export const MARK_UNDONE = `
MATCH (a:AuditEntry {id: $id})
SET a.undone = true, a.undoneBy = $actor, a.undoneAt = datetime()
RETURN a ${AUDIT_FIELDS} AS entry`;

/** The standing audit entry of this very merge of officials, when it was already made. */
export const EARLIER_MERGE = `
MATCH (a:AuditEntry {action: 'MERGE_OFFICIALS'})
WHERE a.targetIds = [$keep, $remove] AND NOT a.undone
RETURN a.id AS auditId ORDER BY a.at LIMIT 1`;
