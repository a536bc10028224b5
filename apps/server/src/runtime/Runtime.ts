import { nextDateFire, nextScheduleFire, react, timeZoneFor, type Effect, type EngineDiagnostic, type EngineEvent, type WorldInput } from '@stayflow/engine';
import type { AdvanceItem, AdvanceOutcome, Store, TimerRecord } from '@stayflow/store';
import { randomUUID } from 'node:crypto';
import type { Catalog } from './Catalog.ts';
import type { Clock } from './Clock.ts';

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
  deliversExternally: (channel: string) => boolean;
  /** Called after every commit with what it produced: wakes the dispatcher and the scheduler. */
  onCommitted?: (effects: readonly Effect[]) => void;
  /** How often the segment sweep runs (ms). */
  sweepEveryMs?: number;
  /** Called with what a reaction could not do as written (a rule stopped by a limit, a value too large to write), for the log. */
  onDiagnostics?: (customerId: string, diagnostics: readonly EngineDiagnostic[]) => void;
}

/** Customers per transaction when something touches everyone (a sweep, a schedule firing, a publish). */
const PAGE = 500;
const TIMER_BATCH = 500;
const SWEEP_TIMER = 'sweep';

/**
 * The durable runtime: every change to customers and runs goes through here, into the
 * store's single write path, with the engine's pure `react` deciding what happens.
 */
export class Runtime {
  readonly store: Store;
  readonly clock: Clock;
  readonly catalog: Catalog;
  private readonly sweepEveryMs: number;

  constructor(private readonly options: RuntimeOptions) {
    this.store = options.store;
    this.clock = options.clock;
    this.catalog = options.catalog;
    this.sweepEveryMs = options.sweepEveryMs ?? 3_600_000;
  }

  /** Applies inputs in one transaction at the clock's now. */
  private async commit(items: readonly AdvanceItem[], now = this.clock.now()): Promise<AdvanceOutcome> {
    const env = this.catalog.env(now);
    const outcome = await this.store.advance(items, (world, input) => {
      const result = react(world, input, env);
      if (result.diagnostics !== undefined) this.options.onDiagnostics?.(world.customer.id, result.diagnostics);
      return result;
    }, {
      now,
      wallNow: Date.now(),
      deliversExternally: this.options.deliversExternally,
    });
    if (outcome.effects.length > 0) this.options.onCommitted?.(outcome.effects);
    return outcome;
  }

  /**
   * Stores events and reacts to them. Requests that arrive together share one
   * transaction (group commit): each still gets its own counts, and a commit's cost
   * (the WAL write) is paid once for all of them.
   */
  async ingest(events: readonly IncomingEvent[]): Promise<{ accepted: number; duplicates: number }> {
    const now = this.clock.now();
    const items = events.map((incoming): AdvanceItem => {
      const event: EngineEvent = { id: incoming.id ?? `evt_${randomUUID()}`, type: incoming.type, at: incoming.at ?? now, properties: incoming.properties ?? {} };
      return {
        customerId: incoming.customer_id,
        input: { kind: 'event', event },
        event: { id: event.id!, customerId: incoming.customer_id, type: event.type, at: event.at, properties: event.properties, receivedAt: now },
      };
    });
    return new Promise((resolve, reject) => {
      this.waitingIngests.push({ items, resolve, reject });
      if (this.waitingIngests.length === 1) setImmediate(() => void this.commitIngests());
    });
  }

  private waitingIngests: { items: AdvanceItem[]; resolve: (counts: { accepted: number; duplicates: number }) => void; reject: (error: unknown) => void }[] = [];

  private async commitIngests(): Promise<void> {
    const group = this.waitingIngests;
    this.waitingIngests = [];
    try {
      const outcome = await this.commit(group.flatMap((request) => request.items));
      let offset = 0;
      for (const request of group) {
        const applied = outcome.applied.slice(offset, offset + request.items.length);
        offset += request.items.length;
        const accepted = applied.filter(Boolean).length;
        request.resolve({ accepted, duplicates: applied.length - accepted });
      }
    } catch (error) {
      for (const request of group) request.reject(error);
    }
  }

  async upsertCustomers(customers: readonly IncomingCustomer[]): Promise<number> {
    const items = customers.map(
      (c): AdvanceItem => ({ customerId: c.id, input: { kind: 'customer', attributes: c.attributes ?? {}, ...(c.tags !== undefined ? { tags: c.tags } : {}) } }),
    );
    return (await this.commit(items)).accepted;
  }

  async enroll(playbookId: string, customerIds: readonly string[]): Promise<void> {
    await this.commit(customerIds.map((customerId) => ({ customerId, input: { kind: 'enroll', playbookId } })));
  }

  /** Applies one input to every customer, a page per transaction. */
  async forEveryCustomer(input: WorldInput, now = this.clock.now()): Promise<void> {
    let after: string | null = null;
    for (;;) {
      const ids = await this.store.customers.ids(after, PAGE);
      if (ids.length === 0) return;
      await this.commit(
        ids.map((customerId) => ({ customerId, input })),
        now,
      );
      after = ids[ids.length - 1]!;
    }
  }

  /**
   * After a playbook goes live: customers already matching a segment trigger enter now,
   * date triggers are scheduled for everyone, and a schedule trigger gets its first firing.
   */
  async armPlaybook(playbookId: string): Promise<void> {
    const playbook = this.catalog.live.find((p) => p.id === playbookId);
    if (!playbook) return;
    const now = this.clock.now();
    const trigger = playbook.trigger;
    if (trigger.on === 'segment') await this.forEveryCustomer({ kind: 'sweep' }, now);
    if (trigger.on === 'schedule') {
      const at = nextScheduleFire(trigger.node, now, playbook.settings.timezone ?? 'UTC');
      await this.store.timers.removeWhere({ kind: 'schedule', playbookId });
      if (at !== null) await this.store.timers.put({ id: `schedule:${playbookId}`, dueAt: at, kind: 'schedule', customerId: null, playbookId });
    }
    if (trigger.on === 'date') {
      let after: string | null = null;
      for (;;) {
        const page = await this.store.customers.page(after, PAGE);
        if (page.length === 0) break;
        const timers: TimerRecord[] = [];
        for (const customer of page) {
          const at = nextDateFire(trigger.node, customer, now, timeZoneFor(customer.attributes, playbook.settings.timezone));
          if (at !== null) timers.push({ id: `date:${playbookId}:${customer.id}`, dueAt: at, kind: 'date', customerId: customer.id, playbookId });
        }
        await this.store.timers.putMany(timers);
        after = page[page.length - 1]!.id;
      }
    }
    await this.ensureSweep(now);
    this.options.onCommitted?.([]);
  }

  /** Keeps one sweep timer set while any live playbook depends on time alone. */
  async ensureSweep(now = this.clock.now()): Promise<void> {
    if (!this.catalog.needsSweep || (await this.store.timers.get(SWEEP_TIMER))) return;
    await this.store.timers.put({ id: SWEEP_TIMER, dueAt: now + this.sweepEveryMs, kind: 'sweep', customerId: null, playbookId: null });
  }

  /**
   * Fires every timer due at or before `upTo`, in time order. With the testing clock the
   * clock is moved to each group's due time first, so each fires at its own instant.
   */
  async fireDue(upTo: number, moveClock?: (to: number) => Promise<void>): Promise<number> {
    let fired = 0;
    for (;;) {
      const due = await this.store.timers.due(upTo, TIMER_BATCH);
      if (due.length === 0) return fired;
      const dueAt = due[0]!.dueAt;
      const group = due.filter((t) => t.dueAt === dueAt);
      if (moveClock) await moveClock(dueAt);
      const now = moveClock ? dueAt : Math.max(this.clock.now(), dueAt);
      await this.fireGroup(group, now);
      fired += group.length;
    }
  }

  private async fireGroup(group: readonly TimerRecord[], now: number): Promise<void> {
    const items: AdvanceItem[] = [];
    for (const timer of group) {
      if (timer.kind === 'run' && timer.customerId) items.push({ customerId: timer.customerId, input: { kind: 'timer', timer: timer.id }, timerId: timer.id });
      else if (timer.kind === 'date' && timer.customerId && timer.playbookId)
        items.push({ customerId: timer.customerId, input: { kind: 'date', playbookId: timer.playbookId, at: timer.dueAt }, timerId: timer.id });
      else if (timer.kind === 'schedule' && timer.playbookId) await this.fireSchedule(timer, now);
      else if (timer.kind === 'sweep') await this.sweep(now);
      else await this.store.timers.remove(timer.id);
    }
    if (items.length > 0) await this.commit(items, now);
  }

  private async fireSchedule(timer: TimerRecord, now: number): Promise<void> {
    await this.store.timers.remove(timer.id);
    const playbook = this.catalog.live.find((p) => p.id === timer.playbookId);
    if (!playbook || playbook.trigger.on !== 'schedule') return;
    await this.forEveryCustomer({ kind: 'schedule', playbookId: playbook.id }, now);
    const next = nextScheduleFire(playbook.trigger.node, now, playbook.settings.timezone ?? 'UTC');
    if (next !== null) await this.store.timers.put({ ...timer, dueAt: next });
  }

  private async sweep(now: number): Promise<void> {
    await this.store.timers.remove(SWEEP_TIMER);
    if (!this.catalog.needsSweep) return;
    await this.forEveryCustomer({ kind: 'sweep' }, now);
    await this.store.timers.put({ id: SWEEP_TIMER, dueAt: now + this.sweepEveryMs, kind: 'sweep', customerId: null, playbookId: null });
  }
}
