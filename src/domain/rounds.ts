import { ConsultationStatus, RoundOrigin } from './enums';

/** What one source says about the round of one event ("fifth round" → 5; "next round" → null). */
export interface RoundStatement {
  number: number | null;
  statedAs: string;
  sourceId: string;
}

export interface SeriesEvent {
  id: string;
  status: ConsultationStatus;
  /** First day the event's date can mean; null when the date is unknown. */
  sortDate: string | null;
  statements: RoundStatement[];
}

export interface ResolvedRound {
  number: number | null;
  origin: RoundOrigin;
  statedAs: string | null;
  /** True when sources state different numbers: all of them are kept and reported. */
  conflicting: boolean;
}

export interface ResolvedSeries {
  rounds: Map<string, ResolvedRound>;
  currentRoundNumber: number | null;
  nextRoundNumber: number | null;
}

/**
 * Numbers the rounds of one series without inventing any:
 * - a number stated by a source is STATED (when sources disagree, the number most of them state
 *   is shown, `conflicting` is set and every statement stays visible);
 * - an event with no stated number whose immediate neighbour in date order has one is INFERRED
 *   (previous + 1, or next − 1), but only when both dates are known;
 * - anything else is UNKNOWN: "the next round" with nothing stated before it has no number.
 * The current round is the latest held event's number (null when that one is unknown); the next
 * is a planned event's stated number, else current + 1.
 */
export function resolveSeriesRounds(events: readonly SeriesEvent[]): ResolvedSeries {
  const ordered = [...events].sort(byDateThenId);
  const stated = new Map<string, ResolvedRound>();
  for (const event of ordered) stated.set(event.id, statedRound(event.statements));

  const rounds = new Map<string, ResolvedRound>();
  ordered.forEach((event, i) => {
    const own = stated.get(event.id)!;
    if (own.origin === RoundOrigin.STATED || event.sortDate === null) {
      rounds.set(event.id, own);
      return;
    }
    const before = neighbour(ordered, stated, i - 1);
    const after = neighbour(ordered, stated, i + 1);
    const inferred =
      before !== null ? before + 1 : after !== null && after > 1 ? after - 1 : null;
    rounds.set(
      event.id,
      inferred === null ? own : { number: inferred, origin: RoundOrigin.INFERRED, statedAs: own.statedAs, conflicting: false },
    );
  });

  const held = ordered.filter((e) => e.status === ConsultationStatus.HELD && e.sortDate !== null);
  const latestHeld = held.length > 0 ? held[held.length - 1] : undefined;
  const currentRoundNumber = latestHeld ? rounds.get(latestHeld.id)!.number : null;
  const plannedNumbers = ordered
    .filter((e) => e.status === ConsultationStatus.PLANNED)
    .map((e) => rounds.get(e.id)!.number)
    .filter((n): n is number => n !== null && (currentRoundNumber === null || n > currentRoundNumber));
  const nextRoundNumber =
    plannedNumbers.length > 0 ? Math.min(...plannedNumbers) : currentRoundNumber !== null ? currentRoundNumber + 1 : null;
  return { rounds, currentRoundNumber, nextRoundNumber };
}

function statedRound(statements: readonly RoundStatement[]): ResolvedRound {
  const numbered = statements.filter((s) => s.number !== null);
  const words = statements[0]?.statedAs ?? null;
  if (numbered.length === 0) return { number: null, origin: RoundOrigin.UNKNOWN, statedAs: words, conflicting: false };
  const votes = new Map<number, number>();
  for (const s of numbered) votes.set(s.number!, (votes.get(s.number!) ?? 0) + 1);
  // Most-stated number; a tie goes to the smaller number so the result never depends on load order.
  const [number] = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  const statedAs = numbered.find((s) => s.number === number)!.statedAs;
  return { number, origin: RoundOrigin.STATED, statedAs, conflicting: votes.size > 1 };
}

function neighbour(ordered: readonly SeriesEvent[], stated: Map<string, ResolvedRound>, index: number): number | null {
  const event = ordered[index];
  if (!event || event.sortDate === null) return null;
  const round = stated.get(event.id)!;
  return round.origin === RoundOrigin.STATED ? round.number : null;
}

function byDateThenId(a: SeriesEvent, b: SeriesEvent): number {
  // Undated events sort last: they cannot be placed, so they neither give nor take an inference.
  if (a.sortDate !== b.sortDate) {
    if (a.sortDate === null) return 1;
    if (b.sortDate === null) return -1;
    return a.sortDate < b.sortDate ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
