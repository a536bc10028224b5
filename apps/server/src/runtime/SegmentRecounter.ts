import { describeCustomer } from '@stayflow/engine';
import type { JobRecord, NextFlipOf, SegmentsOf, Store } from '@stayflow/store';
import type { Catalog } from './Catalog.ts';
import type { Clock } from './Clock.ts';
import type { JobRunner, SliceHandler } from './JobRunner.ts';
import { repeatEvery } from './repeatEvery.ts';

/** How often every customer's memberships are re-evaluated, for rules on time alone ("no order for 90 days"). */
export const RECOUNT_EVERY_MS = 3_600_000;

/** The named segments of the catalog a customer matches at `now`: what `advance` stores and the counts add up. */
export function segmentsOfAt(catalog: Catalog, now: number): SegmentsOf {
  const definitions = catalog.segments;
  return (customer) => (definitions.length === 0 ? [] : describeCustomer(customer, definitions, now).segments);
}

export interface SegmentRecounterOptions {
  store: Store;
  catalog: Catalog;
  clock: Clock;
  jobs: JobRunner;
  log: { error(object: object, message: string): void };
  /** Each customer's `next_flip_at` at an instant (the runtime's `nextFlipOf`): a recount refreshes them too. */
  nextFlipOf?: (now: number) => { of: NextFlipOf; earliest: () => number | null };
  /** Called with the earliest `next_flip_at` a slice set (the scheduler may have to wake sooner). */
  onNextFlip?: (at: number) => void;
}

/**
 * Keeps segment member counts true where `advance` cannot see a change: after a segment's
 * rule changes, at start (memberships of a database upgraded by migration 0003 start
 * empty), and hourly (time alone moves customers in and out). Each recount is a `recount`
 * job over every customer in slices, each slice one transaction with the job's progress.
 */
export class SegmentRecounter {
  private stopRepeating: (() => void) | undefined;

  constructor(private readonly options: SegmentRecounterOptions) {}

  /** How the JobRunner does one slice of a recount: at the clock's now, so a long recount does not fall behind. */
  jobSlices(): { recount: SliceHandler } {
    return {
      recount: async (job, limit) => {
        const { store, catalog, clock } = this.options;
        const now = clock.now();
        const flips = this.options.nextFlipOf?.(now);
        const slice = await store.segments.recount(
          job.cursor,
          limit,
          segmentsOfAt(catalog, now),
          (s) => ({ jobId: job.id, done: job.done + s.scanned, cursor: s.last ?? job.cursor }),
          flips?.of,
        );
        const earliest = flips?.earliest() ?? null;
        if (earliest !== null) this.options.onNextFlip?.(earliest);
        return { finished: slice.scanned < limit };
      },
    };
  }

  /**
   * Queues a recount of every customer, unless one is queued and has not started yet (it
   * will read the definitions as they are now). One under way may have evaluated some
   * customers with older definitions, so a new one is queued behind it.
   */
  async request(id?: string): Promise<JobRecord> {
    const { store, clock, jobs } = this.options;
    const [latest] = await store.jobs.list({ kind: 'recount', status: 'active', limit: 1 });
    if (latest !== undefined && latest.status === 'queued') return latest;
    return jobs.enqueue({ kind: 'recount', playbookId: null, at: clock.now(), total: await store.customers.count(), ...(id !== undefined ? { id } : {}) });
  }

  /** When the last full recount ended, if one has. */
  async countedAt(): Promise<number | null> {
    const finished = await this.options.store.jobs.list({ kind: 'recount', status: 'finished', limit: 5 });
    return finished.find((job) => job.status === 'done')?.finishedAt ?? null;
  }

  /**
   * The periodic recount: queued only when a named segment's rule cannot be timed. Otherwise
   * the customers whose `next_flip_at` passed are re-checked with their memberships (the
   * runtime's `fireDue`), which keeps the counts true without reading everyone.
   */
  async refresh(): Promise<JobRecord | undefined> {
    return this.options.catalog.needsHourlyRecount ? this.request() : undefined;
  }

  /** Recounts now (which also sets every customer's `next_flip_at`) and then hourly when needed (wall clock), for the real clock; the testing clock does the same after each move. */
  start(): void {
    let first = true;
    // The hourly recount's job id names its hour: processes sharing the database queue one recount per hour between them.
    const hourly = async () => (this.options.catalog.needsHourlyRecount ? this.request(`recount_hour_${Math.floor(this.options.clock.now() / RECOUNT_EVERY_MS)}`) : undefined);
    this.stopRepeating = repeatEvery(() => (first ? ((first = false), this.request()) : hourly()), {
      everyMs: RECOUNT_EVERY_MS,
      onError: (error) => this.options.log.error({ err: error }, 'queueing the hourly segment recount failed; trying again at the next one'),
    });
  }

  stop(): void {
    this.stopRepeating?.();
    this.stopRepeating = undefined;
  }
}
