import { consultationRecord } from '../../src/domain/consultation-record';
import { compatibleMeetingDates, sameMeeting, StoredMeeting } from '../../src/domain/same-meeting';

const record = (extra: Record<string, unknown> = {}) =>
  consultationRecord.parse({
    kind: 'POLITICAL_CONSULTATIONS', date: '2023-06-14', countries: ['AZ', 'KZ'],
    participants: [{ name: 'Ilgar Mammadov', country: 'AZ' }],
    sources: [{ id: 'unit-day', language: 'en', title: 'A unit test report' }],
    ...extra,
  });
const stored = (extra: Partial<StoredMeeting> = {}): StoredMeeting => ({
  id: 'az-kz-political-consultations-2023-06', date: '2023-06', city: null, statedRounds: [],
  heads: [{ officialId: 'az-ilgar-mammadov', country: 'AZ', spellings: ['Ilgar Mammadov'] }], ...extra,
});

describe('sameMeeting (one event per meeting)', () => {
  it('takes a month containing the day, not another month, another day or a bare year', () => {
    expect(compatibleMeetingDates('2023-06', '2023-06-14')).toBe(true);
    expect(compatibleMeetingDates('2023-06-14', '2023-06-14')).toBe(true);
    expect(compatibleMeetingDates('2023-07', '2023-06-14')).toBe(false);
    expect(compatibleMeetingDates('2023-06-15', '2023-06-14')).toBe(false);
    expect(compatibleMeetingDates('2023', '2023-06-14')).toBe(false);
    expect(compatibleMeetingDates(null, '2023-06-14')).toBe(false);
  });

  it('refines the one stored event whose city, round and head agree', () => {
    expect(sameMeeting(record(), [stored()])?.id).toBe('az-kz-political-consultations-2023-06');
    expect(sameMeeting(record({ city: 'Astana' }), [stored({ city: 'Baku' })])).toBeNull();
    expect(sameMeeting(record({ round: [{ number: 4, statedAs: 'fourth', source: 'unit-day' }] }), [stored({ statedRounds: [3] })])).toBeNull();
    expect(sameMeeting(record({ participants: [{ name: 'Elmar Quliyev', country: 'AZ' }] }), [stored()])).toBeNull();
    expect(sameMeeting(record({ participants: [] }), [stored()])?.id).toBe('az-kz-political-consultations-2023-06');
    expect(sameMeeting(record(), [stored(), stored({ id: 'other' })])).toBeNull();
  });
});
