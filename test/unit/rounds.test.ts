import { ConsultationStatus, RoundOrigin } from '../../src/domain/enums';
import { resolveSeriesRounds, SeriesEvent } from '../../src/domain/rounds';

const held = (id: string, sortDate: string | null, ...numbers: Array<number | null>): SeriesEvent => ({
  id,
  status: ConsultationStatus.HELD,
  sortDate,
  statements: numbers.map((number, i) => ({ number, statedAs: number === null ? 'next round' : `round ${number}`, sourceId: `${id}-s${i}` })),
});

describe('resolveSeriesRounds', () => {
  it('keeps a stated number and derives current and next from it', () => {
    const r = resolveSeriesRounds([held('a', '2024-10-18', 5)]);
    expect(r.rounds.get('a')).toEqual({ number: 5, origin: RoundOrigin.STATED, statedAs: 'round 5', conflicting: false });
    expect([r.currentRoundNumber, r.nextRoundNumber]).toEqual([5, 6]);
  });

  it('never invents a number: "the next round" alone stays unknown', () => {
    const r = resolveSeriesRounds([held('a', '2022-04-04', null)]);
    expect(r.rounds.get('a')).toEqual({ number: null, origin: RoundOrigin.UNKNOWN, statedAs: 'next round', conflicting: false });
    expect([r.currentRoundNumber, r.nextRoundNumber]).toEqual([null, null]);
  });

  it('infers from the stated neighbour before or after, only one step', () => {
    const r = resolveSeriesRounds([held('a', '2020-01-01', 3), held('b', '2021-01-01'), held('c', '2022-01-01'), held('d', '2023-01-01', 7)]);
    expect(r.rounds.get('b')).toMatchObject({ number: 4, origin: RoundOrigin.INFERRED });
    expect(r.rounds.get('c')).toMatchObject({ number: 6, origin: RoundOrigin.INFERRED });
    expect(r.currentRoundNumber).toBe(7);
  });

  it('does not infer across an undated event or below round 1', () => {
    const r = resolveSeriesRounds([held('a', null, 3), held('b', '2021-01-01'), held('c', '2022-01-01', 1)]);
    expect(r.rounds.get('b')).toMatchObject({ number: null, origin: RoundOrigin.UNKNOWN });
  });

  it('keeps conflicting statements visible and shows the majority', () => {
    const r = resolveSeriesRounds([held('a', '2020-01-01', 4, 5, 5)]);
    expect(r.rounds.get('a')).toEqual({ number: 5, origin: RoundOrigin.STATED, statedAs: 'round 5', conflicting: true });
  });

  it('takes the next number from a planned event a source announces', () => {
    const planned: SeriesEvent = { ...held('p', '2021', 8), status: ConsultationStatus.PLANNED };
    const r = resolveSeriesRounds([planned]);
    expect([r.currentRoundNumber, r.nextRoundNumber]).toEqual([null, 8]);
  });
});
