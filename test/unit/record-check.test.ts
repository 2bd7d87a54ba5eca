import { syntheticRecords } from '../../src/generate/synthetic-records';
import { recordFingerprint } from '../../src/graph';
import { checkLine } from '../../src/import/bulk/record-check';

/** The line check the bulk load runs in worker threads: the importer's validation and the writer's fingerprint, nothing else. */
describe('checkLine', () => {
  const [value] = [...syntheticRecords({ events: 1, seed: 3 })];

  it('gives a valid consultation with the fingerprint the writer stores', () => {
    const checked = checkLine({ line: 7, value });
    expect(checked.outcome).toBe('consultation');
    if (checked.outcome !== 'consultation') return;
    expect(checked.line).toBe(7);
    expect(checked.fingerprint).toBe(recordFingerprint(checked.record));
  });

  it('rejects an unreadable line and an invalid record with every reason, and leaves other record types to transactions', () => {
    expect(checkLine({ line: 1, error: 'not valid JSON: x' })).toEqual({ line: 1, outcome: 'rejected', reasons: ['not valid JSON: x'] });
    const invalid = checkLine({ line: 2, value: { ...(value as object), countries: ['XX'], kind: 42 } });
    expect(invalid.outcome).toBe('rejected');
    if (invalid.outcome === 'rejected') expect(invalid.reasons.length).toBeGreaterThanOrEqual(2);
    expect(checkLine({ line: 3, value: { recordType: 'diplomaticRelations' } })).toEqual({ line: 3, outcome: 'other' });
  });
});
