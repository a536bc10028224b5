import { nextDateFire, nextScheduleFire, nextTimeChange, react, timeZoneFor, type Effect, type EngineDiagnostic, type EngineEvent, type ReactResult, type WorldInput } from '@stayflow/engine';
import type { AdvanceItem, AdvanceOutcome, JobKind, JobProgress, JobRecord, NewAuditRecord, NextFlipOf, Store, TimerRecord } from '@stayflow/store';
import { yieldToEventLoop } from '@stayflow/store';
import { randomUUID } from 'node:crypto';
import type { Catalog } from './Catalog.ts';
import type { Clock } from './Clock.ts';
import type { JobRunner, SliceHandler } from './JobRunner.ts';
import { packSlices } from './packSlices.ts';
import { sameEvent } from './sameEvent.ts';
import { segmentsOfAt } from './SegmentRecounter.ts';
import { SliceBudget } from './SliceBudget.ts';

export interface IncomingEvent {
  id?: string;
  customer_id: string;
  type: string;
  /** Epoch milliseconds; defaults to the clock's now. */
  at?: number;
  properties?: Record<string, unknown>;
}

export interface IncomingCustomer {
  id: string;
  attributes?: Record<string, unknown>;
  tags?: string[];
}

export interface RuntimeOptions {
  store: Store;
  clock: Clock;
  catalog: Catalog;
  /** Runs bulk work (enrolment, date arming, schedule firings, sweeps) in slices, in the background. */
  jobs: JobRunner;
  deliversExternally: (channel: string) => boolean;
  /** How often the segment sweep runs (ms). */
  sweepEveryMs?: number;
  /** Called with what a reaction could not do as written (a rule stopped by a limit, a value too large to write), for the log. */
  onDiagnostics?: (customerId: string, diagnostics: readonly EngineDiagnostic[]) => void;
  /** Called after a commit that set a customer's `next_flip_at`, with the earliest it set: the scheduler may have to wake sooner. */
  onNextFlip?: (at: number) => void;
}

/** The most due timers fired (or customers re-checked) in one transaction; fewer when the slice budget says so. */
const TIMER_BATCH = 500;
/** The fewest timers per transaction a budget gives. */
const MIN_TIMER_SLICE = 25;
/** With the testing clock, how long to wait before looking again at due work another process holds. */
const HELD_ELSEWHERE_RETRY_MS = 50;
/**
 * The most events (or customers) per transaction when a request, or a group of requests
 * committed together, is larger; a request of up to this many is never cut (README "Durability").
 */
export const INGEST_SLICE = 250;
/**
 * How long one ingest transaction aims to hold the event loop: a request that arrives
 * meanwhile (a page, a health check) waits about this long. Fixed slices of 250 events took
 * 20–30 ms each, more on a busy machine, and kept the API's p99 above 50 ms while loading.
 */
export const INGEST_SLICE_BUDGET_MS = 10;
/** The smallest slice a budget gives: below it, a commit's own cost outweighs the events'. */
const MIN_INGEST_SLICE = 25;
const SWEEP_TIMER = 'sweep';

/**
 * What became of a request's events: stored (`accepted`), already stored under their id with
 * the same content (`duplicates`), or another event under an id already used (`conflicts`,
 * with their ids): not stored.
 */
export interface IngestCounts {
  accepted: number;
  duplicates: number;
  conflicts: number;
  conflictIds: string[];
  /** Whether the request's audit row (`ingest`'s `audit`) was written with its events: false when its last event was not stored. */
  audited: boolean;
}

/** What enrolling one customer did: entered (`started`; `holdout`: in the holdout group), or why not. */
export type EnrolmentOutcome = NonNullable<ReactResult['enrolment']> | 'unknown';

/**
 * The durable runtime: every change to customers and runs goes through here, into the
 * store's single write path, with the engine's pure `react` deciding what happens.
 */
export class Runtime {
  readonly store: Store;
  readonly clock: Clock;
  readonly catalog: Catalog;
  readonly jobs: JobRunner;
  private readonly sweepEveryMs: number;
  /** The sizes of ingest transactions, events and customers apart (their costs differ). */
  private readonly eventSlices = new SliceBudget(INGEST_SLICE_BUDGET_MS, MIN_INGEST_SLICE, INGEST_SLICE);
  private readonly customerSlices = new SliceBudget(INGEST_SLICE_BUDGET_MS, MIN_INGEST_SLICE, INGEST_SLICE);
  /** The sizes of the transactions that fire due timers and re-check customers whose answers may have flipped. */
  private readonly timerSlices = new SliceBudget(INGEST_SLICE_BUDGET_MS, MIN_TIMER_SLICE, TIMER_BATCH);
  private readonly flipSlices = new SliceBudget(INGEST_SLICE_BUDGET_MS, MIN_TIMER_SLICE, TIMER_BATCH);

  constructor(private readonly options: RuntimeOptions) {
    this.store = options.store;
    this.clock = options.clock;
    this.catalog = options.catalog;
    this.jobs = options.jobs;
    this.sweepEveryMs = options.sweepEveryMs ?? 3_600_000;
  }

  /**
   * Applies inputs in one transaction at the clock's now; with `progress`, a job's progress is
   * saved in it. Every customer an item reaches gets its `next_flip_at` (`nextTimeChange`);
   * `refreshSegments` re-evaluates their memberships even when the reaction changed nothing.
   */
  private async commit(items: readonly AdvanceItem[], now = this.clock.now(), progress?: JobProgress, refreshSegments = false, observe?: (customerId: string, result: ReactResult) => void): Promise<AdvanceOutcome> {
    const env = this.catalog.env(now);
    const flips = this.nextFlipOf(now);
    const outcome = await this.store.advance(items, (world, input) => {
      const result = react(world, input, env);
      if (result.diagnostics !== undefined) this.options.onDiagnostics?.(world.customer.id, result.diagnostics);
      observe?.(world.customer.id, result);
      return result;
    }, {
      now,
      wallNow: Date.now(),
      deliversExternally: this.options.deliversExternally,
      segmentsOf: segmentsOfAt(this.catalog, now),
      nextFlipOf: flips.of,
      ...(refreshSegments ? { refreshSegments } : {}),
      ...(progress !== undefined ? { progress } : {}),
    });
    if (outcome.effects.length > 0) this.signalEffects(outcome.effects, now);
    if (flips.earliest() !== null) this.options.onNextFlip?.(flips.earliest()!);
    return outcome;
  }

  /**
   * Wakes the dispatchers for deliveries, and the schedulers for timers due before their next
   * look anyway (every `pollMs`; with SQLite, for every timer), through the store's one
   * wake-up mechanism, which reaches every process (store README, "Wake-ups").
   */
  private signalEffects(effects: readonly Effect[], now: number): void {
    const wakeUp = this.store.wakeUp;
    if (effects.some((e) => e.type === 'webhook' || (e.type === 'send_message' && this.options.deliversExternally(e.channel)))) wakeUp.signal('outbox');
    const soon = now + wakeUp.pollMs;
    if (effects.some((e) => (e.type === 'schedule_timer' || e.type === 'schedule_date') && e.at !== null && e.at <= soon)) wakeUp.signal('timers');
  }

  /** `nextTimeChange` over the catalog at `now`, remembering the earliest instant it gave. */
  nextFlipOf(now: number): { of: NextFlipOf; earliest: () => number | null } {
    const env = this.catalog.env(now);
    let earliest: number | null = null;
    return {
      of: (world) => {
        let at = nextTimeChange(world, env);
        // Always after `now` by construction; were it not, re-checking the customer at once would never end:
        // they are then re-checked a sweep interval later instead, as the hourly sweep would have.
        if (at !== null && at <= now) at = now + this.sweepEveryMs;
        if (at !== null && (earliest === null || at < earliest)) earliest = at;
        return at;
      },
      earliest: () => earliest,
    };
  }

  /**
   * Stores events and reacts to them. Requests that arrive together share transactions
   * (group commit): each still gets its own counts, and a commit's cost (the WAL write) is
   * paid once for all of them. A group is committed in slices of about
   * `INGEST_SLICE_BUDGET_MS` each (at most `INGEST_SLICE` events), yielding to the event
   * loop between slices, so no request waits behind a big batch.
   * Groups are committed one after the other, in arrival order (a customer's events keep
   * their order); a request is answered once all of its events are committed. `audit`, the
   * request's audit row, is written in the transaction of its last event when that event is
   * stored (`IngestCounts.audited`), saving the row a transaction of its own.
   */
  async ingest(events: readonly IncomingEvent[], audit?: NewAuditRecord): Promise<IngestCounts> {
    const now = this.clock.now();
    const items = events.map((incoming): AdvanceItem => {
      const event: EngineEvent = { id: incoming.id ?? `evt_${randomUUID()}`, type: incoming.type, at: incoming.at ?? now, properties: incoming.properties ?? {} };
      return {
        customerId: incoming.customer_id,
        input: { kind: 'event', event },
        event: { id: event.id!, customerId: incoming.customer_id, type: event.type, at: event.at, properties: event.properties, receivedAt: now },
      };
    });
    if (audit !== undefined && items.length > 0) items[items.length - 1]!.audit = audit;
    const applied = await new Promise<boolean[]>((resolve, reject) => {
      this.waitingIngests.push({ items, resolve, reject });
      if (this.waitingIngests.length === 1) setImmediate(() => void this.inOrder(() => this.commitIngests()));
    });
    return { ...(await this.countRepeats(events, applied)), audited: audit !== undefined && applied.at(-1) === true };
  }

  /**
   * Tells the events not stored because their id was (duplicates) into retries of the stored
   * event and other events under a used id (conflicts: `sameEvent`), comparing with what is
   * stored after the commit, so requests racing with the same id are told apart too.
   */
  private async countRepeats(events: readonly IncomingEvent[], applied: readonly boolean[]): Promise<Omit<IngestCounts, 'audited'>> {
    const accepted = applied.filter(Boolean).length;
    const repeated = events.filter((event, i) => !applied[i] && event.id !== undefined);
    const conflictIds: string[] = [];
    if (repeated.length > 0) {
      const stored = new Map((await this.store.activity.eventsById([...new Set(repeated.map((e) => e.id!))])).map((e) => [e.id, e]));
      for (const event of repeated) {
        const first = stored.get(event.id!);
        if (first !== undefined && !sameEvent(event, first)) conflictIds.push(event.id!);
      }
    }
    return { accepted, duplicates: events.length - accepted - conflictIds.length, conflicts: conflictIds.length, conflictIds };
  }

  private waitingIngests: { items: AdvanceItem[]; resolve: (applied: boolean[]) => void; reject: (error: unknown) => void }[] = [];

  /** Writes from requests (event groups, customer batches) run one after the other, each whole before the next starts. */
  private writeLane: Promise<unknown> = Promise.resolve();

  private inOrder<T>(work: () => Promise<T>): Promise<T> {
    const result = this.writeLane.then(work);
    this.writeLane = result.catch(() => undefined);
    return result;
  }

  /**
   * Commits the requests waiting now, whole requests packed into transactions of at most
   * `INGEST_SLICE` events (a larger request is split alone), so a request of up to
   * `INGEST_SLICE` events is stored whole or not at all. A failed slice stops the group:
   * requests whose events were all committed before it are answered, the others get the
   * error (their events up to the failed slice are stored: a retry counts them as duplicates).
   */
  private async commitIngests(): Promise<void> {
    const group = this.waitingIngests;
    this.waitingIngests = [];
    const { applied, failure } = await this.commitInSlices(group.map((request) => request.items), this.eventSlices);
    let offset = 0;
    for (const request of group) {
      const end = offset + request.items.length;
      if (end <= applied.length) request.resolve(applied.slice(offset, end));
      else request.reject(failure?.error);
      offset = end;
    }
  }

  /**
   * Commits the parts in order, packed into transactions of the budget's size (at most
   * `INGEST_SLICE` items) without splitting a part of up to `INGEST_SLICE`; yields to the
   * event loop between them, and stops at the first that fails.
   */
  private async commitInSlices(parts: readonly (readonly AdvanceItem[])[], budget: SliceBudget): Promise<{ applied: boolean[]; accepted: number; failure?: { error: unknown } }> {
    const applied: boolean[] = [];
    let accepted = 0;
    let first = true;
    for (const slice of packSlices(parts, () => budget.size(), INGEST_SLICE)) {
      if (!first) await yieldToEventLoop();
      first = false;
      try {
        const outcome = await budget.timed(() => this.commit(slice), () => slice.length);
        applied.push(...outcome.applied);
        accepted += outcome.accepted;
      } catch (error) {
        return { applied, accepted, failure: { error } };
      }
    }
    return { applied, accepted };
  }

  /** Upserts customers in slices (see `ingest`), after the writes of earlier requests. */
  async upsertCustomers(customers: readonly IncomingCustomer[]): Promise<number> {
    const items = customers.map(
      (c): AdvanceItem => ({ customerId: c.id, input: { kind: 'customer', attributes: c.attributes ?? {}, ...(c.tags !== undefined ? { tags: c.tags } : {}) } }),
    );
    const { accepted, failure } = await this.inOrder(() => this.commitInSlices([items], this.customerSlices));
    if (failure !== undefined) throw failure.error;
    return accepted;
  }

  /**
   * Enrols customers in one transaction and says what happened to each (each id once, however
   * often sent): `started` or `holdout`, or why no run started. Ids of no stored customer are
   * `unknown` and left alone, unless `createMissing` (then they are created and enrolled).
   */
  async enroll(playbookId: string, customerIds: readonly string[], options: { createMissing?: boolean } = {}): Promise<Map<string, EnrolmentOutcome>> {
    const ids = [...new Set(customerIds)];
    const known = options.createMissing === true ? null : await this.store.customers.existing(ids);
    const outcomes = new Map<string, EnrolmentOutcome>(ids.map((id) => [id, known === null || known.has(id) ? 'not_live' : 'unknown']));
    const items = ids.filter((id) => outcomes.get(id) !== 'unknown').map((customerId): AdvanceItem => ({ customerId, input: { kind: 'enroll', playbookId } }));
    await this.commit(items, undefined, undefined, false, (customerId, result) => {
      if (result.enrolment !== undefined) outcomes.set(customerId, result.enrolment);
    });
    return outcomes;
  }

  /** Applies one input per customer at a job's instant, in one transaction with the job's progress (a slice of a job that computes each customer's input itself). */
  async applySlice(items: readonly AdvanceItem[], at: number, progress: JobProgress): Promise<void> {
    await this.commit(items, at, progress);
  }

  /** How each kind of job that walks the customers does one slice (for the JobRunner). */
  jobSlices(): Partial<Record<JobKind, SliceHandler>> {
    return {
      enrol: (job, limit) => this.walkSlice(job, { kind: 'sweep' }, limit),
      sweep: (job, limit) => this.walkSlice(job, { kind: 'sweep' }, limit),
      schedule: (job, limit) => this.walkSlice(job, { kind: 'schedule', playbookId: playbookOf(job) }, limit),
      arm_dates: (job, limit) => this.armDatesSlice(job, limit),
    };
  }

  /** Applies one input to the next `limit` customers after the job's cursor, at the job's instant, in one transaction with its progress. */
  private async walkSlice(job: JobRecord, input: WorldInput, limit: number): Promise<{ finished: boolean }> {
    const ids = await this.store.customers.ids(job.cursor, limit);
    if (ids.length === 0) return { finished: true };
    await this.commit(
      ids.map((customerId) => ({ customerId, input })),
      job.at,
      { jobId: job.id, done: job.done + ids.length, cursor: ids[ids.length - 1]! },
    );
    return { finished: ids.length < limit };
  }

  /** Sets the date-trigger timers of the next `limit` customers, in one transaction with the job's progress. */
  private async armDatesSlice(job: JobRecord, limit: number): Promise<{ finished: boolean }> {
    const playbook = this.catalog.live.find((p) => p.id === job.playbookId);
    // Paused or republished with another trigger since: nothing left to arm.
    if (playbook?.trigger.on !== 'date') return { finished: true };
    const trigger = playbook.trigger;
    const page = await this.store.customers.page(job.cursor, limit);
    if (page.length === 0) return { finished: true };
    const timers: TimerRecord[] = [];
    for (const customer of page) {
      const at = nextDateFire(trigger.node, customer, job.at, timeZoneFor(customer.attributes, playbook.settings.timezone));
      if (at !== null) timers.push({ id: `date:${playbook.id}:${customer.id}`, dueAt: at, kind: 'date', customerId: customer.id, playbookId: playbook.id });
    }
    await this.store.timers.putMany(timers, { jobId: job.id, done: job.done + page.length, cursor: page[page.length - 1]!.id });
    this.store.wakeUp.signal('timers');
    return { finished: page.length < limit };
  }

  /** Queues a job over every customer, evaluated at `at`. */
  private async queue(kind: JobKind, playbookId: string | null, at: number, id?: string): Promise<JobRecord> {
    const total = await this.store.customers.count();
    return this.jobs.enqueue({ kind, playbookId, at, total, ...(id !== undefined ? { id } : {}) });
  }

  /**
   * After a playbook goes live: customers already matching a segment trigger enter (an
   * `enrol` job), date triggers are scheduled for everyone (an `arm_dates` job), and a
   * schedule trigger gets its first firing. Unfinished jobs of an earlier publication are
   * cancelled: the new job covers everyone. Returns the job started, if any.
   */
  async armPlaybook(playbookId: string): Promise<JobRecord | undefined> {
    const playbook = this.catalog.live.find((p) => p.id === playbookId);
    if (!playbook) return undefined;
    const now = this.clock.now();
    const trigger = playbook.trigger;
    await this.jobs.cancel(playbookId, ['enrol', 'arm_dates']);
    let job: JobRecord | undefined;
    if (trigger.on === 'segment') job = await this.queue('enrol', playbookId, now);
    if (trigger.on === 'schedule') {
      const at = nextScheduleFire(trigger.node, now, playbook.settings.timezone ?? 'UTC');
      await this.store.timers.removeWhere({ kind: 'schedule', playbookId });
      if (at !== null) await this.store.timers.put({ id: `schedule:${playbookId}`, dueAt: at, kind: 'schedule', customerId: null, playbookId });
    }
    if (trigger.on === 'date') job = await this.queue('arm_dates', playbookId, now);
    await this.ensureSweep(now);
    this.store.wakeUp.signal('timers');
    return job;
  }

  /** Keeps one sweep timer set while any live playbook depends on time alone. */
  async ensureSweep(now = this.clock.now()): Promise<void> {
    if (!this.catalog.needsSweep || (await this.store.timers.get(SWEEP_TIMER))) return;
    await this.store.timers.put({ id: SWEEP_TIMER, dueAt: now + this.sweepEveryMs, kind: 'sweep', customerId: null, playbookId: null });
  }

  /**
   * Fires every timer due at or before `upTo`, in time order, and re-checks every customer
   * whose `next_flip_at` (when time alone may change one of their answers) has passed. With
   * the testing clock the clock is moved to each group's due time first, so each fires at its
   * own instant, and the jobs a group starts (schedule firings, sweeps) are done before its
   * other timers fire. Customers due at the same instant as timers are re-checked after them.
   */
  async fireDue(upTo: number, moveClock?: (to: number) => Promise<void>): Promise<number> {
    let fired = 0;
    for (;;) {
      // Claimed (leased to this process): several processes share the due timers (store README, "Leases").
      const due = await this.store.timers.claimDue(upTo, this.timerSlices.size());
      const flipAt = await this.store.customers.nextFlipAt();
      if (flipAt !== undefined && flipAt <= upTo && (due.length === 0 || flipAt < due[0]!.dueAt)) {
        if (moveClock) await moveClock(flipAt);
        const rechecked = await this.recheckDue(moveClock ? flipAt : upTo, moveClock ? flipAt : Math.max(this.clock.now(), flipAt));
        // The earliest customers are held by another process: wait for it (the testing clock fires in time order), or leave them to it.
        if (rechecked === 0 && !(await this.heldElsewhere(moveClock))) return fired;
        await yieldToEventLoop();
        continue;
      }
      if (due.length === 0) {
        // Due timers another process holds: with the testing clock, everything due fires before the move answers.
        if ((await this.store.timers.due(upTo, 1)).length > 0 && (await this.heldElsewhere(moveClock))) continue;
        return fired;
      }
      const dueAt = due[0]!.dueAt;
      const group = due.filter((t) => t.dueAt === dueAt);
      if (moveClock) await moveClock(dueAt);
      const now = moveClock ? dueAt : Math.max(this.clock.now(), dueAt);
      // A group that waited for the jobs it started says nothing of the cost per timer.
      const startsJobs = group.some((timer) => timer.kind === 'schedule' || timer.kind === 'sweep');
      await this.timerSlices.timed(() => this.fireGroup(group, now, moveClock !== undefined), () => (startsJobs ? 0 : group.length));
      fired += group.length;
      await yieldToEventLoop();
    }
  }

  /**
   * One slice of the customers whose `next_flip_at` is at or before `upTo` (a job slice's
   * worth), re-checked at `now` as a sweep would: segment triggers, `exit_when`, and their
   * memberships; each gets its next instant in the same transaction.
   */
  private async recheckDue(upTo: number, now: number): Promise<number> {
    const due = await this.store.customers.claimFlipsDue(upTo, this.flipSlices.size());
    if (due.length === 0) return 0;
    const items = due.map(({ id }): AdvanceItem => ({ customerId: id, input: { kind: 'sweep' } }));
    await this.flipSlices.timed(() => this.commit(items, now, undefined, true), () => due.length);
    return due.length;
  }

  /**
   * Due work is held by another process. With the testing clock (`moveClock`) waits a moment
   * and says to look again: its lease ends when that process finishes or, if it died, when the
   * lease expires. With the real clock says to stop: that process fires it, or the scheduler
   * of this one takes it over once the lease has ended.
   */
  private async heldElsewhere(moveClock: ((to: number) => Promise<void>) | undefined): Promise<boolean> {
    if (moveClock === undefined) return false;
    await new Promise((resolve) => setTimeout(resolve, HELD_ELSEWHERE_RETRY_MS));
    return true;
  }

  private async fireGroup(group: readonly TimerRecord[], now: number, waitForJobs: boolean): Promise<void> {
    const items: AdvanceItem[] = [];
    const started: JobRecord[] = [];
    for (const timer of group) {
      if (timer.kind === 'run' && timer.customerId) items.push({ customerId: timer.customerId, input: { kind: 'timer', timer: timer.id }, timerId: timer.id });
      else if (timer.kind === 'date' && timer.customerId && timer.playbookId)
        items.push({ customerId: timer.customerId, input: { kind: 'date', playbookId: timer.playbookId, at: timer.dueAt }, timerId: timer.id });
      else if (timer.kind === 'schedule' && timer.playbookId) started.push(...(await this.fireSchedule(timer, now)));
      else if (timer.kind === 'sweep') started.push(...(await this.sweep(timer, now)));
      else await this.store.timers.remove(timer.id);
    }
    if (waitForJobs) for (const job of started) await this.jobs.settle(job.id);
    if (items.length > 0) await this.commit(items, now);
  }

  /**
   * Queues the firing as a `schedule` job and sets the next firing. The job's id comes from
   * the firing, so a timer that fires again after a crash queues nothing new.
   */
  private async fireSchedule(timer: TimerRecord, now: number): Promise<JobRecord[]> {
    const playbook = this.catalog.live.find((p) => p.id === timer.playbookId);
    if (!playbook || playbook.trigger.on !== 'schedule') {
      await this.store.timers.remove(timer.id);
      return [];
    }
    const job = await this.queue('schedule', playbook.id, now, `schedule_${playbook.id}_${timer.dueAt}`);
    const next = nextScheduleFire(playbook.trigger.node, now, playbook.settings.timezone ?? 'UTC');
    if (next !== null) await this.store.timers.put({ ...timer, dueAt: next });
    else await this.store.timers.remove(timer.id);
    return [job];
  }

  /** Queues a `sweep` job (unless one is still under way) and sets the next sweep. */
  private async sweep(timer: TimerRecord, now: number): Promise<JobRecord[]> {
    if (!this.catalog.needsSweep) {
      await this.store.timers.remove(SWEEP_TIMER);
      return [];
    }
    const [unfinished] = await this.store.jobs.list({ kind: 'sweep', status: 'active', limit: 1 });
    const job = unfinished ?? (await this.queue('sweep', null, now, `sweep_${timer.dueAt}`));
    await this.store.timers.put({ id: SWEEP_TIMER, dueAt: now + this.sweepEveryMs, kind: 'sweep', customerId: null, playbookId: null });
    return [job];
  }
}

function playbookOf(job: JobRecord): string {
  if (job.playbookId === null) throw new Error(`a ${job.kind} job needs a playbook, and job ${job.id} names none`);
  return job.playbookId;
}
