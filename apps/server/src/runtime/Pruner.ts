import { MS_PER_DAY } from '@stayflow/logic';
import type { PrunableKind, Store } from '@stayflow/store';
import type { Clock } from './Clock.ts';
import type { RetentionPolicy } from './retentionPolicy.ts';

/** How often a pass runs, by the runtime clock. */
export const PRUNE_EVERY_MS = 3_600_000;
/** Rows per transaction (a run counts with its steps, a delivery with its attempts). */
export const PRUNE_BATCH = 500;
/** The first pass with the real clock waits for start-up work to settle. */
const FIRST_PASS_AFTER_MS = 30_000;

const PERIODS: readonly [PrunableKind, keyof RetentionPolicy][] = [
  ['events', 'eventsDays'],
  ['runs', 'runsDays'],
  ['messages', 'messagesDays'],
  ['outbox', 'outboxDays'],
];

export interface PrunerLog {
  info(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface PrunerOptions {
  store: Store;
  /** The runtime's clock: events, runs and messages carry its times (manual in tests). */
  clock: Clock;
  /** The outbox's times are wall-clock (retries are a physical matter). */
  wallNow: () => number;
  policy: RetentionPolicy;
  log: PrunerLog;
  batch?: number;
}

/** Rows removed by one pass, per kind: the records themselves and the rows that went with them. */
export type PruneReport = Record<PrunableKind, { removed: number; related: number }>;

/**
 * Deletes what has outlived its retention period, in the background: a pass every hour
 * of the runtime clock, each kind in transactions of at most `batch` rows, yielding to
 * the event loop between them so ingestion never waits behind it. The store folds runs
 * into the stats rollups before deleting them, and the order and NPS ledgers outlive
 * the raw events, so no figure changes. Every batch is complete in itself: a pass cut
 * short (shutdown, crash) just leaves the rest for the next one.
 *
 * With the real clock it wakes itself (`start`); with the testing clock it runs when
 * `POST /api/clock/advance` has moved the clock past the next pass (`runIfDue`).
 */
export class Pruner {
  private readonly batch: number;
  private nextAt: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<PruneReport> | undefined;
  private stopped = false;

  constructor(private readonly options: PrunerOptions) {
    this.batch = options.batch ?? PRUNE_BATCH;
    this.nextAt = options.clock.now();
  }

  /** Real clock: a first pass shortly after start, then one every hour. */
  start(): void {
    this.stopped = false;
    this.schedule(FIRST_PASS_AFTER_MS);
  }

  /** Testing clock: a pass, when the clock has reached the next one. */
  async runIfDue(): Promise<PruneReport | undefined> {
    if (this.stopped || this.options.clock.now() < this.nextAt) return undefined;
    return this.run();
  }

  /** One pass over every kind with a retention period (a pass already under way is joined). */
  run(): Promise<PruneReport> {
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Ends the current batch (never half a batch) and stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.run()
        .catch((error: unknown) => this.options.log.error({ err: error }, 'pruning old records failed; trying again at the next pass'))
        .finally(() => this.schedule(PRUNE_EVERY_MS));
    }, delay);
    this.timer.unref();
  }

  private async pass(): Promise<PruneReport> {
    const now = this.options.clock.now();
    this.nextAt = now + PRUNE_EVERY_MS;
    const report: PruneReport = { events: { removed: 0, related: 0 }, runs: { removed: 0, related: 0 }, messages: { removed: 0, related: 0 }, outbox: { removed: 0, related: 0 } };
    for (const [kind, setting] of PERIODS) {
      const days = this.options.policy[setting];
      if (days === null) continue;
      const olderThan = (kind === 'outbox' ? this.options.wallNow() : now) - days * MS_PER_DAY;
      for (;;) {
        if (this.stopped) return report;
        const batch = await this.options.store.retention.prune(kind, olderThan, this.batch);
        report[kind].removed += batch.removed;
        report[kind].related += batch.related;
        if (!batch.more) break;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    const { events, runs, messages, outbox } = report;
    if (events.removed + runs.removed + messages.removed + outbox.removed > 0) {
      this.options.log.info(
        { pruned: report },
        `pruned records past their retention period: ${events.removed} events, ${runs.removed} finished runs (${runs.related} steps), ${messages.removed} messages, ${outbox.removed} deliveries (${outbox.related} attempts)`,
      );
    }
    return report;
  }
}
