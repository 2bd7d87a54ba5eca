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
  /** The smallest and largest number the stated rounds around the event allow (null: no bound; undated events have none). */
  atLeast: number | null;
  atMost: number | null;
}

export interface ResolvedSeries {
  rounds: Map<string, ResolvedRound>;
  currentRoundNumber: number | null;
  nextRoundNumber: number | null;
}

/**
 * Numbers the rounds of one series without inventing any:
 * - a number stated by a source is STATED (when sources disagree, the number most of them state
 *   is shown, `conflicting` is set and every statement stays visible: the claim rule of
 *   domain/claims.ts);
 * - every other dated event gets the range its dated neighbours allow: the recorded events are
 *   distinct rounds in date order, so k events after a stated round n is at least n + k, k events
 *   before a stated round m at most m − k, and the first round is 1. It is INFERRED only when
 *   that range holds exactly one number (between a stated 3 and a stated 5 with one event
 *   between them: 4); otherwise it stays UNKNOWN with its range (`atLeast`, `atMost`);
 * - an undated event cannot be placed: it neither gives nor takes a number or a bound.
 * The current round is the latest held event's number (null when that one is unknown); the next
 * is a planned event's stated number, else current + 1.
 */
export function resolveSeriesRounds(events: readonly SeriesEvent[]): ResolvedSeries {
  const ordered = [...events].sort(byDateThenId);
  const stated = new Map<string, ResolvedRound>();
  for (const event of ordered) stated.set(event.id, statedRound(event.statements));
  const dated = ordered.filter((e) => e.sortDate !== null);
  const numberAt = (i: number) => {
    const round = stated.get(dated[i].id)!;
    return round.origin === RoundOrigin.STATED ? round.number : null;
  };

  const rounds = new Map<string, ResolvedRound>();
  for (const event of ordered) if (event.sortDate === null) rounds.set(event.id, stated.get(event.id)!);
  dated.forEach((event, i) => {
    const own = stated.get(event.id)!;
    if (own.origin === RoundOrigin.STATED) {
      rounds.set(event.id, { ...own, atLeast: own.number, atMost: own.number });
      return;
    }
    let atLeast = i + 1;
    for (let j = i - 1; j >= 0; j -= 1) {
      const n = numberAt(j);
      if (n !== null) {
        atLeast = Math.max(atLeast, n + (i - j));
        break;
      }
    }
    let atMost: number | null = null;
    for (let k = i + 1; k < dated.length; k += 1) {
      const n = numberAt(k);
      if (n !== null) {
        atMost = n - (k - i);
        break;
      }
    }
    // Stated numbers that leave no room (a stated 5 before a stated 3) bound nothing credibly.
    if (atMost !== null && atMost < atLeast) {
      rounds.set(event.id, { ...own, atLeast: null, atMost: null });
      return;
    }
    const forced = atMost !== null && atMost === atLeast;
    rounds.set(event.id, forced ? { ...own, number: atLeast, origin: RoundOrigin.INFERRED, conflicting: false, atLeast, atMost } : { ...own, atLeast, atMost });
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
  if (numbered.length === 0) return { number: null, origin: RoundOrigin.UNKNOWN, statedAs: words, conflicting: false, atLeast: null, atMost: null };
  const votes = new Map<number, number>();
  for (const s of numbered) votes.set(s.number!, (votes.get(s.number!) ?? 0) + 1);
  // Most-stated number; a tie goes to the smaller number so the result never depends on load order.
  const [number] = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  const statedAs = numbered.find((s) => s.number === number)!.statedAs;
  return { number, origin: RoundOrigin.STATED, statedAs, conflicting: votes.size > 1, atLeast: number, atMost: number };
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
