import type { JobKind, JobRecord, Store } from '@stayflow/store';
import { yieldToEventLoop } from '@stayflow/store';
import { randomUUID } from 'node:crypto';
import type { Clock } from './Clock.ts';
import { SliceBudget } from './SliceBudget.ts';

/** The most customers per slice: one slice of an enrolment over 100 customers takes about 10–20 ms on 2 cores (README, "Background jobs"). */
export const DEFAULT_SLICE_SIZE = 100;
/**
 * How long one slice aims to hold the event loop, as an ingest transaction does: each kind's
 * slices are sized from its own past slices (`SliceBudget`), at most `sliceSize` customers.
 */
export const JOB_SLICE_BUDGET_MS = 10;
/** The fewest customers a budget gives a slice: below it, a commit's own cost outweighs the work. */
const MIN_JOB_SLICE = 10;
/** With the real clock, how long a request that started a job (publishing) waits for it before answering with the job. */
export const DEFAULT_ANSWER_WAIT_MS = 1_000;
/** A slice refused because the database was busy (a checkpoint on another connection) is tried again this many times, after 50, 100, … ms. */
const BUSY_RETRIES = 5;

/** SQLite's "database is locked" (SQLITE_BUSY and its variants): the slice did nothing and may simply be tried again. */
const isBusy = (error: unknown) => typeof (error as { code?: unknown })?.code === 'string' && (error as { code: string }).code.startsWith('SQLITE_BUSY');

/**
 * Jobs of one lane run one at a time, oldest first; the lanes take turns, slice by slice.
 * Everything that walks the customers shares a lane, so a sweep queued at T1 is done before
 * a schedule firing at T2; pruning touches other rows and goes on beside them.
 */
const LANES: readonly (readonly JobKind[])[] = [['enrol', 'arm_dates', 'arm_schedule', 'schedule', 'sweep', 'recount', 'fit_models'], ['prune']];

/** What an operator can do after a job of each kind failed. */
const RETRY: Record<JobKind, string> = {
  enrol: 'publish or resume the playbook to try again.',
  arm_dates: 'publish or resume the playbook to try again.',
  arm_schedule: 'publish or resume the playbook to try again.',
  schedule: 'the next firing of the schedule runs as usual.',
  sweep: 'the next sweep runs as usual.',
  recount: 'the next recount runs as usual.',
  prune: 'the next pruning pass (within an hour) goes on where this one stopped.',
  fit_models: 'the next daily refit runs as usual, or refit now with POST /api/models/fit.',
};

const FINISHED = new Set<JobRecord['status']>(['done', 'failed', 'cancelled']);
export const isFinished = (job: JobRecord) => FINISHED.has(job.status);

/**
 * One slice of a job: a bounded piece of work in one transaction that also saves the job's
 * progress (`done`, `cursor`), so that a crash leaves either both or neither. The handler
 * reads where to go on from `job.cursor`; `finished` says the job has nothing left.
 */
export type SliceHandler = (job: JobRecord, limit: number) => Promise<{ finished: boolean }>;

export interface JobRunnerLog {
  error(object: object, message: string): void;
}

export interface JobRunnerOptions {
  store: Store;
  /** The runtime's clock: jobs' times (`created_at`, `started_at`, …) are in its time, as the `at` they evaluate at. */
  clock: Clock;
  log: JobRunnerLog;
  /** The most customers per slice (fewer when slices take longer than `JOB_SLICE_BUDGET_MS`). */
  sliceSize?: number;
  /** How long `answer` waits for a job before a request answers with it unfinished (Infinity with the testing clock). */
  answerWaitMs?: number;
}

export interface JobRequest {
  kind: JobKind;
  playbookId: string | null;
  /** The instant every customer is evaluated at. */
  at: number;
  /** Customers when queued (null when it does not count customers). */
  total: number | null;
  /** A stable id makes queueing idempotent (a timer that fires twice queues one job); a new one by default. */
  id?: string;
}

/**
 * Runs the persisted jobs in slices, yielding to the event loop between slices so requests
 * are answered while bulk work goes on. After a restart, a job that was running goes on from
 * its saved cursor. A slice that throws fails its job with the error's message (logged), and
 * the runner goes on with the next job.
 *
 * Several processes share the queue (PostgreSQL): each claim leases the job to this process
 * (store README, "Leases"), queueing or ending a job signals the store's wake-up (topic `jobs`)
 * to every process, and every `pollMs` of the wake-up the runner looks again, so a job a
 * killed process held goes on elsewhere once its lease ends, and `settle`/`idle` see jobs
 * other processes finish.
 */
export class JobRunner {
  readonly sliceSize: number;
  readonly answerWaitMs: number;
  private readonly handlers = new Map<JobKind, SliceHandler>();
  /** Slice sizes per kind of job (their costs per customer differ). */
  private readonly budgets = new Map<JobKind, SliceBudget>();
  private readonly listeners = new Set<() => void>();
  private loop: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private busyRetries = 0;
  private unsubscribe: (() => void) | undefined;
  private poll: NodeJS.Timeout | undefined;

  constructor(private readonly options: JobRunnerOptions) {
    this.sliceSize = options.sliceSize ?? DEFAULT_SLICE_SIZE;
    if (!Number.isInteger(this.sliceSize) || this.sliceSize < 1) throw new RangeError(`A job slice needs a positive whole number of customers, not ${this.sliceSize}.`);
    this.answerWaitMs = options.answerWaitMs ?? DEFAULT_ANSWER_WAIT_MS;
  }

  /** Says how to run a slice of each kind. */
  handle(handlers: Partial<Record<JobKind, SliceHandler>>): void {
    for (const [kind, handler] of Object.entries(handlers) as [JobKind, SliceHandler][]) this.handlers.set(kind, handler);
  }

  /** Queues a job and starts working if idle. */
  async enqueue(request: JobRequest): Promise<JobRecord> {
    const { job } = await this.options.store.jobs.create({
      id: request.id ?? `job_${randomUUID()}`,
      kind: request.kind,
      playbookId: request.playbookId,
      at: request.at,
      total: request.total,
      createdAt: this.options.clock.now(),
    });
    this.options.store.wakeUp.signal('jobs');
    this.wake();
    return job;
  }

  /** Cancels a playbook's unfinished jobs (of `kinds`, when given): a slice under way still commits, and no other starts. */
  async cancel(playbookId: string, kinds?: readonly JobKind[]): Promise<void> {
    if ((await this.options.store.jobs.cancel({ playbookId, ...(kinds ? { kinds } : {}) }, this.options.clock.now())) > 0) {
      this.notify();
      this.options.store.wakeUp.signal('jobs');
    }
  }

  /** Goes on with unfinished jobs (those a restart interrupted too). */
  start(): void {
    this.stopped = false;
    const wakeUp = this.options.store.wakeUp;
    this.unsubscribe ??= wakeUp.on('jobs', () => {
      this.notify();
      this.wake();
    });
    if (this.poll === undefined && Number.isFinite(wakeUp.pollMs)) {
      this.poll = setInterval(() => {
        this.notify();
        this.wake();
      }, wakeUp.pollMs);
      this.poll.unref();
    }
    this.wake();
  }

  wake(): void {
    if (this.stopped) return;
    if (this.loop) {
      this.again = true;
      return;
    }
    this.loop = this.work().finally(() => {
      this.loop = undefined;
    });
  }

  /** Ends after the current slice; unfinished jobs stay in the queue for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    clearInterval(this.poll);
    this.poll = undefined;
    this.notify();
    await this.loop;
  }

  /** The job once it has ended, or as it stands after `waitMs` (wall clock) or when the runner stops; undefined if unknown. */
  async settle(id: string, waitMs = Number.POSITIVE_INFINITY): Promise<JobRecord | undefined> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const job = await this.options.store.jobs.get(id);
      if (job === undefined || isFinished(job) || this.stopped || Date.now() >= deadline) return job;
      await this.nextChange(deadline - Date.now());
    }
  }

  /** What a request that started the job answers with: the job, waited for up to `answerWaitMs`. */
  answer(id: string): Promise<JobRecord | undefined> {
    return this.settle(id, this.answerWaitMs);
  }

  /** Resolves once no job is queued or running (or the runner stops). */
  async idle(): Promise<void> {
    this.wake();
    while (!this.stopped && (await this.options.store.jobs.list({ status: 'active', limit: 1 })).length > 0) await this.nextChange(Number.POSITIVE_INFINITY);
  }

  private nextChange(waitMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(done);
        resolve();
      };
      const timer = Number.isFinite(waitMs) ? setTimeout(done, Math.max(0, waitMs)) : undefined;
      this.listeners.add(done);
    });
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private async work(): Promise<void> {
    let lane = 0;
    let idleLanes = 0;
    while (!this.stopped) {
      const kinds = LANES[lane]!;
      lane = (lane + 1) % LANES.length;
      const job = await this.options.store.jobs.claim(kinds, this.options.clock.now());
      if (job === undefined) {
        if (++idleLanes < LANES.length) continue;
        if (!this.again) break;
        this.again = false;
        idleLanes = 0;
        continue;
      }
      idleLanes = 0;
      await this.slice(job);
      this.notify();
      await yieldToEventLoop();
    }
    this.notify();
  }

  private budgetOf(kind: JobKind): SliceBudget {
    let budget = this.budgets.get(kind);
    if (budget === undefined) {
      budget = new SliceBudget(JOB_SLICE_BUDGET_MS, Math.min(MIN_JOB_SLICE, this.sliceSize), this.sliceSize);
      this.budgets.set(kind, budget);
    }
    return budget;
  }

  private async slice(job: JobRecord): Promise<void> {
    const jobs = this.options.store.jobs;
    try {
      const handler = this.handlers.get(job.kind);
      if (handler === undefined) throw new Error(`this server does not run "${job.kind}" jobs`);
      const budget = this.budgetOf(job.kind);
      const limit = budget.size();
      // A last slice is usually short of its limit: it says nothing of the cost per customer.
      const { finished } = await budget.timed(() => handler(job, limit), (slice) => (slice.finished ? 0 : limit));
      this.busyRetries = 0;
      if (finished && (await jobs.finish(job.id, { status: 'done' }, this.options.clock.now()))) this.options.store.wakeUp.signal('jobs');
    } catch (error) {
      if (isBusy(error) && this.busyRetries < BUSY_RETRIES) {
        // Nothing of the slice was committed: the same job comes back next, from the same cursor.
        this.busyRetries++;
        await new Promise((resolve) => setTimeout(resolve, 50 * this.busyRetries));
        return;
      }
      this.busyRetries = 0;
      const reason = error instanceof Error ? error.message : String(error);
      const where = job.cursor === null ? 'at its first slice' : `after ${job.done} ${job.kind === 'prune' ? 'rows' : 'customers'}`;
      const message = `${reason} (${where}; the rest of the job was not done)`;
      this.options.log.error(
        { err: error, job: job.id, kind: job.kind, playbook: job.playbookId },
        `background job ${job.id} (${job.kind}${job.playbookId === null ? '' : ` of playbook ${job.playbookId}`}) failed: ${message}. Other jobs go on; ${RETRY[job.kind]}`,
      );
      await jobs
        .finish(job.id, { status: 'failed', error: message }, this.options.clock.now())
        .then(() => this.options.store.wakeUp.signal('jobs'))
        .catch((finishing: unknown) => {
          this.options.log.error({ err: finishing, job: job.id }, `could not mark background job ${job.id} failed`);
        });
    }
  }
}
