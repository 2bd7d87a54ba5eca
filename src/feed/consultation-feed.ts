import { EventEmitter, on } from 'node:events';

/** What a committed write did to one event: DELETED by deleteConsultation, or as the removed event of mergeConsultations. */
export type ChangeKind = 'CREATED' | 'UPDATED' | 'DELETED';

/** One event a committed write created, changed or deleted, with its countries for the subscribers' filter. */
export interface ConsultationChange {
  consultationId: string;
  countryCodes: readonly string[];
  change: ChangeKind;
  /** DELETED: the audit entry whose undo restores the event. */
  auditId?: string;
  /** DELETED by mergeConsultations: the event kept. */
  mergedInto?: string;
}

/** What a subscriber asks for: events as they are after the write, or events that are gone. */
export const LIVE_CHANGES: readonly ChangeKind[] = ['CREATED', 'UPDATED'];
export const DELETIONS: readonly ChangeKind[] = ['DELETED'];

/**
 * Where the write side announces committed changes: called by the mutation resolvers and the
 * importer after their transaction commits, never inside it (a rolled-back write announces nothing).
 */
export interface ConsultationPublisher {
  publish(changes: readonly ConsultationChange[]): void;
}

/** The live feed: announced changes, for subscribers of one country or of all. */
export interface ConsultationFeed extends ConsultationPublisher {
  /** Changes of the given kinds from now on (the listener is registered before this returns), of `country` or of every country. */
  subscribe(country: string | null, kinds?: readonly ChangeKind[]): AsyncIterableIterator<ConsultationChange>;
  /** Ends every open subscription (the service is stopping). */
  close(): void;
  readonly subscriberCount: number;
}

const ALL = 'consultation';
const topicOf = (country: string) => `consultation:${country}`;

/**
 * The feed within one process: an event per country topic, so a subscriber is woken only by its
 * own country's changes. Replicas behind a load balancer would each hold one and share changes
 * through a broker (docs/live-feed.md): publish() would send to the broker, and each replica's
 * broker listener would emit here; subscribers would not change.
 */
export class InProcessConsultationFeed implements ConsultationFeed {
  private readonly emitter = new EventEmitter();
  private readonly open = new Set<AsyncIterator<unknown[]>>();

  constructor() {
    // One listener per open subscription: as many as there are clients, by design.
    this.emitter.setMaxListeners(0);
  }

  publish(changes: readonly ConsultationChange[]): void {
    for (const change of changes) {
      this.emitter.emit(ALL, change);
      for (const code of new Set(change.countryCodes)) this.emitter.emit(topicOf(code), change);
    }
  }

  subscribe(country: string | null, kinds: readonly ChangeKind[] = LIVE_CHANGES): AsyncIterableIterator<ConsultationChange> {
    const events = on(this.emitter, country === null ? ALL : topicOf(country));
    const open = this.open;
    open.add(events);
    return {
      async next() {
        for (;;) {
          const step = await events.next();
          if (step.done) return { done: true, value: undefined };
          const change = step.value[0] as ConsultationChange;
          if (kinds.includes(change.change)) return { done: false, value: change };
        }
      },
      async return() {
        open.delete(events);
        await events.return?.();
        return { done: true, value: undefined };
      },
      async throw(error: unknown) {
        open.delete(events);
        await events.return?.();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  close(): void {
    for (const events of [...this.open]) void events.return?.();
    this.open.clear();
  }

  get subscriberCount(): number {
    return this.open.size;
  }
}

/** The changes a batch of committed writes made: created or updated events (unchanged ones are not news). */
export function changesOf(
  records: ReadonlyArray<{ countries: readonly string[] }>,
  results: ReadonlyArray<{ id: string; outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED' }>,
): ConsultationChange[] {
  return results.flatMap((r, i) =>
    r.outcome === 'UNCHANGED' ? [] : [{ consultationId: r.id, countryCodes: [...records[i].countries].sort(), change: r.outcome }],
  );
}
