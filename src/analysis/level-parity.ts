import { Rank } from '../domain/enums';

/**
 * The protocol ladder, highest first: minister > deputy minister ≈ state secretary >
 * director-general ≈ political director > head of department. Ambassadors and OTHER are off the
 * ladder: an ambassador (resident or at large) may head a delegation in anyone's place, and OTHER
 * says nothing, so a side headed by one has an unknown level.
 */
export const RANK_LEVEL: Readonly<Partial<Record<Rank, number>>> = {
  [Rank.MINISTER]: 4,
  [Rank.DEPUTY_MINISTER]: 3,
  [Rank.STATE_SECRETARY]: 3,
  [Rank.DIRECTOR_GENERAL]: 2,
  [Rank.HEAD_OF_DEPARTMENT]: 1,
};

export function rankLevel(rank: Rank | null): number | null {
  return rank === null ? null : (RANK_LEVEL[rank] ?? null);
}

/** A head of delegation: the side they headed and the rank they held at the event. */
export interface HeadRank {
  country: string;
  rank: Rank;
}

export interface SideLevelValue {
  country: string;
  /** The rank of the side's head (the highest on the ladder when a side names several); null when no head is recorded. */
  rank: Rank | null;
}

export interface LevelParityValue {
  /** Both heads at the same ladder level; null when a side's level is unknown. */
  balanced: boolean | null;
  /** Ladder steps between the two heads (deputy minister vs director-general: 1); null when unknown. */
  gap: number | null;
  /** One per country of the event, in the event's country order. */
  sides: SideLevelValue[];
}

/** Did both sides send the same level? From the heads of delegation of each side of one event. */
export function levelParity(countryCodes: readonly string[], heads: readonly HeadRank[]): LevelParityValue {
  const sides = countryCodes.map((country) => ({ country, rank: sideRank(heads.filter((h) => h.country === country)) }));
  const levels = sides.map((s) => rankLevel(s.rank));
  if (sides.length !== 2 || levels.some((l) => l === null)) return { balanced: null, gap: null, sides };
  const gap = Math.abs(levels[0]! - levels[1]!);
  return { balanced: gap === 0, gap, sides };
}

/** The side's head, or the highest on the ladder of several heads; an off-ladder rank only when no head is on it. */
function sideRank(heads: readonly HeadRank[]): Rank | null {
  if (heads.length === 0) return null;
  const ranked = [...heads].sort((a, b) => (rankLevel(b.rank) ?? -1) - (rankLevel(a.rank) ?? -1));
  return ranked[0].rank;
}
