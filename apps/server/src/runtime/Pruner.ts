import { MS_PER_DAY } from '@stayflow/logic';
import type { JobKind, JobRecord, PrunableKind, PruneBatch, Store } from '@stayflow/store';
import type { Clock } from './Clock.ts';
import type { JobRunner, SliceHandler } from './JobRunner.ts';
import { repeatEvery } from './repeatEvery.ts';
import type { RetentionPolicy } from './retentionPolicy.ts';

/** How often a pass runs, by the runtime clock. */
export const PRUNE_EVERY_MS = 3_600_000;
/** Rows per transaction (a run counts with its steps, a delivery with its attempts). */
export const PRUNE_BATCH = 500;
/** The first pass with the real clock waits for start-up work to settle. */
const FIRST_PASS_AFTER_MS = 30_000;

/** What a pass removes: the store's prunable kinds, and the audit log (which has a repository of its own). */
type PassKind = PrunableKind | 'audit';

const PERIODS: readonly [PassKind, keyof RetentionPolicy][] = [
  ['events', 'eventsDays'],
  ['runs', 'runsDays'],
  ['messages', 'messagesDays'],
  ['outbox', 'outboxDays'],
  ['audit', 'auditDays'],
];
/** The position after the last kind. */
const DONE = 'done' as const;

/** `Idempotency-Key` answers are kept this long (runtime clock) for retries; each pass removes older ones (README, "Retrying writes"). */
export const IDEMPOTENCY_KEPT_MS = MS_PER_DAY;

/** Finished jobs are kept this long (runtime clock), for the jobs list; each pass removes older ones. */
export const JOBS_KEPT_MS = 30 * MS_PER_DAY;

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
  /** Runs each pass as a `prune` job, one batch per slice. */
  jobs: JobRunner;
  /** Rows per batch (default PRUNE_BATCH). */
  batch?: number;
}

/** Rows removed by one pass, per kind: the records themselves and the rows that went with them. */
export type PruneReport = Record<PassKind, { removed: number; related: number }>;

/** Where a pass stands, kept as its job's cursor: the kind it is on and what it removed so far. */
interface PassPosition {
  kind: PassKind | typeof DONE;
  report: PruneReport;
}

const emptyReport = (): PruneReport => ({ events: { removed: 0, related: 0 }, runs: { removed: 0, related: 0 }, messages: { removed: 0, related: 0 }, outbox: { removed: 0, related: 0 }, audit: { removed: 0, related: 0 } });

function positionOf(cursor: string | null): PassPosition {
  if (cursor === null) return { kind: PERIODS[0]![0], report: emptyReport() };
  const position = JSON.parse(cursor) as PassPosition;
  // A pass saved by a version without the audit log goes on with it counted from zero.
  return { ...position, report: { ...emptyReport(), ...position.report } };
}

/**
 * Deletes what has outlived its retention period, in the background: a pass every hour
 * of the runtime clock, run as a `prune` job by the JobRunner, one batch of at most `batch`
 * rows per slice (the batch and the job's position in one transaction), so ingestion never
 * waits behind it and a pass cut short (shutdown, crash) goes on where it stopped. The store
 * folds runs into the stats rollups before deleting them, and the order and NPS ledgers
 * outlive the raw events, so no figure changes. Each pass also forgets jobs finished more
 * than 30 days before.
 *
 * With the real clock it wakes itself (`start`); with the testing clock it runs when
 * `POST /api/clock/advance` has moved the clock past the next pass (`runIfDue`).
 */
export class Pruner {
  private readonly batch: number;
  private nextAt: number;
  private stopRepeating: (() => void) | undefined;
  private running: Promise<PruneReport> | undefined;
  private stopped = false;

  constructor(private readonly options: PrunerOptions) {
    this.batch = options.batch ?? PRUNE_BATCH;
    this.nextAt = options.clock.now();
  }

  /** The `prune` job's slice, for the JobRunner. */
  jobSlices(): Partial<Record<JobKind, SliceHandler>> {
    return { prune: (job) => this.slice(job) };
  }

  /** Real clock: a first pass shortly after start, then one every hour. */
  start(): void {
    this.stopped = false;
    this.stopRepeating = repeatEvery(() => this.run(true), {
      firstAfterMs: FIRST_PASS_AFTER_MS,
      everyMs: PRUNE_EVERY_MS,
      onError: (error) => this.options.log.error({ err: error }, 'pruning old records failed; trying again at the next pass'),
    });
  }

  /** Testing clock: a pass, when the clock has reached the next one. */
  async runIfDue(): Promise<PruneReport | undefined> {
    if (this.stopped || this.options.clock.now() < this.nextAt) return undefined;
    return this.run();
  }

  /**
   * One pass over every kind with a retention period (a pass already under way is joined); what it removed, so far if the service stopped first.
   * `hourly` (the real clock's loop): one pass per hour of the clock for every process sharing the database, whichever queues it first.
   */
  run(hourly = false): Promise<PruneReport> {
    this.running ??= this.pass(hourly).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Stops starting passes; the job runner ends the one under way after its current batch. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopRepeating?.();
    await this.running?.catch(() => undefined);
  }

  private async pass(hourly: boolean): Promise<PruneReport> {
    const now = this.options.clock.now();
    this.nextAt = now + PRUNE_EVERY_MS;
    // The job's id names its hour: a second process queueing the same hour's pass gets the first one's job.
    const id = hourly ? `prune_hour_${Math.floor(now / PRUNE_EVERY_MS)}` : `prune_${now}`;
    const queued = await this.options.jobs.enqueue({ kind: 'prune', playbookId: null, at: now, total: null, id });
    const job = (await this.options.jobs.settle(queued.id)) ?? queued;
    if (job.status === 'failed') throw new Error(job.error ?? 'the pruning job failed');
    return positionOf(job.cursor).report;
  }

  /** One batch of the kind the pass is on, at the job's instant; the last slice forgets old jobs and logs what the pass removed. */
  private async slice(job: JobRecord): Promise<{ finished: boolean }> {
    const position = positionOf(job.cursor);
    let index = position.kind === DONE ? PERIODS.length : PERIODS.findIndex(([kind]) => kind === position.kind);
    while (index < PERIODS.length && this.options.policy[PERIODS[index]![1]] === null) index++;
    if (index >= PERIODS.length) return this.finishPass(job, position.report);
    const [kind, setting] = PERIODS[index]!;
    const days = this.options.policy[setting]!;
    const olderThan = (kind === 'outbox' ? this.options.wallNow() : job.at) - days * MS_PER_DAY;
    const after = (batch: PruneBatch): PassPosition => {
      const report = { ...position.report, [kind]: { removed: position.report[kind].removed + batch.removed, related: position.report[kind].related + batch.related } };
      return { kind: batch.more ? kind : (PERIODS[index + 1]?.[0] ?? DONE), report };
    };
    const progress = (batch: PruneBatch) => ({ jobId: job.id, done: job.done + batch.removed, cursor: JSON.stringify(after(batch)) });
    if (kind === 'audit') await this.options.store.audit.prune(olderThan, this.batch, progress);
    else await this.options.store.retention.prune(kind, olderThan, this.batch, progress);
    return { finished: false };
  }

  private async finishPass(job: JobRecord, report: PruneReport): Promise<{ finished: boolean }> {
    await this.options.store.jobs.removeFinished(job.at - JOBS_KEPT_MS, 1_000);
    // A thousand keys per transaction, until none older is left.
    while ((await this.options.store.idempotency.prune(job.at - IDEMPOTENCY_KEPT_MS, 1_000)) === 1_000);
    const { events, runs, messages, outbox, audit } = report;
    if (events.removed + runs.removed + messages.removed + outbox.removed + audit.removed > 0) {
      this.options.log.info(
        { pruned: report },
        `pruned records past their retention period: ${events.removed} events, ${runs.removed} finished runs (${runs.related} steps), ${messages.removed} messages, ${outbox.removed} deliveries (${outbox.related} attempts), ${audit.removed} audit log rows`,
      );
    }
    return { finished: true };
  }
}
