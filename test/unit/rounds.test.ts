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
    expect(r.rounds.get('a')).toEqual({ number: 5, origin: RoundOrigin.STATED, statedAs: 'round 5', conflicting: false, atLeast: 5, atMost: 5 });
    expect([r.currentRoundNumber, r.nextRoundNumber]).toEqual([5, 6]);
  });

  it('never invents a number: "the next round" alone stays unknown', () => {
    const r = resolveSeriesRounds([held('a', '2022-04-04', null)]);
    expect(r.rounds.get('a')).toEqual({ number: null, origin: RoundOrigin.UNKNOWN, statedAs: 'next round', conflicting: false, atLeast: 1, atMost: null });
    expect([r.currentRoundNumber, r.nextRoundNumber]).toEqual([null, null]);
  });

  it('infers a number only when the stated rounds around it leave exactly one', () => {
    const r = resolveSeriesRounds([held('a', '2020-01-01', 3), held('b', '2021-01-01'), held('c', '2022-01-01', 5)]);
    expect(r.rounds.get('b')).toMatchObject({ number: 4, origin: RoundOrigin.INFERRED, atLeast: 4, atMost: 4 });
  });

  it('leaves a number unknown, with the range the facts allow, when more than one fits', () => {
    const r = resolveSeriesRounds([held('a', '2020-01-01', 3), held('b', '2021-01-01'), held('c', '2022-01-01'), held('d', '2023-01-01', 7)]);
    expect(r.rounds.get('b')).toMatchObject({ number: null, origin: RoundOrigin.UNKNOWN, atLeast: 4, atMost: 5 });
    expect(r.rounds.get('c')).toMatchObject({ number: null, origin: RoundOrigin.UNKNOWN, atLeast: 5, atMost: 6 });
    expect(r.currentRoundNumber).toBe(7);
  });

  it('does not invent round 4 before a stated round 5: any of 1–4 fits', () => {
    const r = resolveSeriesRounds([held('kz-be-2019', '2019-06-01'), held('kz-be-2024', '2024-10-18', 5)]);
    expect(r.rounds.get('kz-be-2019')).toMatchObject({ number: null, origin: RoundOrigin.UNKNOWN, atLeast: 1, atMost: 4 });
  });

  it('gives an event after the last stated round a lower bound only', () => {
    const r = resolveSeriesRounds([held('a', '2020-01-01', 3), held('b', '2021-01-01')]);
    expect(r.rounds.get('b')).toMatchObject({ number: null, origin: RoundOrigin.UNKNOWN, atLeast: 4, atMost: null });
  });

  it('infers round 1 when the first recorded event comes just before a stated round 2', () => {
    const r = resolveSeriesRounds([held('a', '2020-01-01'), held('b', '2021-01-01', 2)]);
    expect(r.rounds.get('a')).toMatchObject({ number: 1, origin: RoundOrigin.INFERRED });
  });

  it('does not infer across an undated event or below round 1', () => {
    const r = resolveSeriesRounds([held('a', null, 3), held('b', '2021-01-01'), held('c', '2022-01-01', 1)]);
    expect(r.rounds.get('b')).toMatchObject({ number: null, origin: RoundOrigin.UNKNOWN });
  });

  it('keeps conflicting statements visible and shows the majority', () => {
    const r = resolveSeriesRounds([held('a', '2020-01-01', 4, 5, 5)]);
    expect(r.rounds.get('a')).toEqual({ number: 5, origin: RoundOrigin.STATED, statedAs: 'round 5', conflicting: true, atLeast: 5, atMost: 5 });
  });

  it('takes the next number from a planned event a source announces', () => {
    const planned: SeriesEvent = { ...held('p', '2021', 8), status: ConsultationStatus.PLANNED };
    const r = resolveSeriesRounds([planned]);
    expect([r.currentRoundNumber, r.nextRoundNumber]).toEqual([null, 8]);
  });
});
