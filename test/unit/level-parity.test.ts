import { levelParity, rankLevel } from '../../src/analysis';
import { Rank } from '../../src/domain/enums';

const { MINISTER, DEPUTY_MINISTER, STATE_SECRETARY, DIRECTOR_GENERAL, HEAD_OF_DEPARTMENT, AMBASSADOR, OTHER } = Rank;
const parity = (a: Rank | null, b: Rank | null) =>
  levelParity(['AZ', 'BE'], [...(a ? [{ country: 'AZ', rank: a }] : []), ...(b ? [{ country: 'BE', rank: b }] : [])]);

describe('levelParity', () => {
  it('orders the ladder minister > deputy ≈ state secretary > director-general > head of department', () => {
    expect([MINISTER, DEPUTY_MINISTER, STATE_SECRETARY, DIRECTOR_GENERAL, HEAD_OF_DEPARTMENT].map(rankLevel)).toEqual([4, 3, 3, 2, 1]);
  });

  it('balances deputy with deputy, and deputy with state secretary', () => {
    expect(parity(DEPUTY_MINISTER, DEPUTY_MINISTER)).toEqual({
      balanced: true, gap: 0, sides: [{ country: 'AZ', rank: DEPUTY_MINISTER }, { country: 'BE', rank: DEPUTY_MINISTER }],
    });
    expect(parity(STATE_SECRETARY, DEPUTY_MINISTER)).toMatchObject({ balanced: true, gap: 0 });
  });

  it('finds deputy minister vs director-general unbalanced by one step, minister vs head of department by three', () => {
    expect(parity(DEPUTY_MINISTER, DIRECTOR_GENERAL)).toMatchObject({ balanced: false, gap: 1 });
    expect(parity(HEAD_OF_DEPARTMENT, MINISTER)).toMatchObject({ balanced: false, gap: 3 });
  });

  it('does not know when a side has no recorded head, or one off the ladder (ambassador, other)', () => {
    expect(parity(DEPUTY_MINISTER, null)).toEqual({ balanced: null, gap: null, sides: [{ country: 'AZ', rank: DEPUTY_MINISTER }, { country: 'BE', rank: null }] });
    expect(parity(AMBASSADOR, DIRECTOR_GENERAL)).toMatchObject({ balanced: null, gap: null, sides: [{ rank: AMBASSADOR }, { rank: DIRECTOR_GENERAL }] });
    expect(parity(OTHER, OTHER)).toMatchObject({ balanced: null, gap: null });
    expect(parity(null, null)).toMatchObject({ balanced: null, gap: null, sides: [{ rank: null }, { rank: null }] });
  });

  it('takes the highest-ranked of several heads of one side', () => {
    const value = levelParity(['AZ', 'BE'], [
      { country: 'AZ', rank: AMBASSADOR }, { country: 'AZ', rank: DIRECTOR_GENERAL }, { country: 'BE', rank: DIRECTOR_GENERAL },
    ]);
    expect(value).toMatchObject({ balanced: true, gap: 0, sides: [{ country: 'AZ', rank: DIRECTOR_GENERAL }, { country: 'BE', rank: DIRECTOR_GENERAL }] });
  });
});
