/** Audited, reversible edits: merges, deletions and retractions, the audit log and undo. */
export * from './audit-log';
export * from './consultation-edits';
export * from './merge-officials';
