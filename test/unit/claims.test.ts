import { compatibleDates, consolidate, consolidateDate, consolidateEvent, consolidateParticipation } from '../../src/domain/claims';

describe('the claim rule', () => {
  it('a stated value beats a missing one, and silence is no conflict', () => {
    expect(consolidate([{ sourceId: 'a', value: 'Baku' }, { sourceId: 'b', value: null }])).toEqual({ value: 'Baku', conflicting: false });
  });

  it('different values are a conflict; the majority is shown, a tie the smallest, whatever the order', () => {
    const s = [{ sourceId: 'a', value: 'Riga' }, { sourceId: 'b', value: 'Baku' }];
    expect(consolidate(s)).toEqual({ value: 'Baku', conflicting: true });
    expect(consolidate([...s].reverse())).toEqual({ value: 'Baku', conflicting: true });
    expect(consolidate([...s, { sourceId: 'c', value: 'Riga' }]).value).toBe('Riga');
  });

  it('the most precise date wins; a month containing the day agrees, another day conflicts', () => {
    expect(consolidateDate([{ sourceId: 'a', value: '2023-06' }, { sourceId: 'b', value: '2023-06-14' }])).toMatchObject({ value: '2023-06-14', conflicting: false, precision: 'DAY' });
    expect(consolidateDate([{ sourceId: 'a', value: '2023-07' }, { sourceId: 'b', value: '2023-06-14' }])).toMatchObject({ value: '2023-06-14', conflicting: true });
    expect(consolidateDate([{ sourceId: 'a', value: null }])).toMatchObject({ value: null, precision: 'UNKNOWN' });
    expect(compatibleDates('2023-06', '2023-06-14')).toBe(true);
    expect(compatibleDates('2023-05', '2023-06-14')).toBe(false);
  });

  it('a held report outweighs a planned announcement', () => {
    const e = consolidateEvent([
      { sourceId: 'a', date: '2023', city: null, format: null, status: 'PLANNED' },
      { sourceId: 'b', date: '2023-03-02', city: 'Baku', format: 'IN_PERSON', status: 'HELD' },
    ]);
    expect(e).toMatchObject({ status: 'HELD', date: '2023-03-02', city: 'Baku', dateConflicting: false });
  });

  it('a participation keeps a stated title and rank when a later source is silent; OTHER is no word for a rank', () => {
    expect(consolidateParticipation([
      { sourceId: 'a', title: 'Deputy Minister', rank: 'DEPUTY_MINISTER' },
      { sourceId: 'b', title: null, rank: null },
      { sourceId: 'c', title: null, rank: 'OTHER' },
    ])).toEqual({ title: 'Deputy Minister', rank: 'DEPUTY_MINISTER', titleConflicting: false, rankConflicting: false });
    expect(consolidateParticipation([{ sourceId: 'a', title: null, rank: null }]).rank).toBe('OTHER');
  });
});
