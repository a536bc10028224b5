import { newWorld, type Effect, type RunState } from '@stayflow/engine';
import { eq, sql } from 'drizzle-orm';
import { coupons, customers, events, messages, outbox, runs, runSteps, tasks, timers } from '../schema/index.ts';
import type { AdvanceItem, AdvanceOptions, AdvanceOutcome, Reactor } from '../Store.ts';
import type { SqliteDb } from './openSqlite.ts';
import { decodeWorld, encodeWorld } from './worldCodec.ts';

/** The runtime's write path over SQLite: prepared once, run inside one transaction per batch. */
export class SqliteAdvance {
  private readonly loadCustomer;
  private readonly insertEvent;

  constructor(private readonly db: SqliteDb) {
    this.loadCustomer = db.select().from(customers).where(eq(customers.id, sql.placeholder('id'))).prepare();
    this.insertEvent = db
      .insert(events)
      .values({
        id: sql.placeholder('id'),
        customerId: sql.placeholder('customerId'),
        type: sql.placeholder('type'),
        at: sql.placeholder('at'),
        properties: sql.placeholder('properties'),
        receivedAt: sql.placeholder('receivedAt'),
      })
      .onConflictDoNothing()
      .prepare();
  }

  run(items: readonly AdvanceItem[], reactor: Reactor, options: AdvanceOptions): AdvanceOutcome {
    return this.db.transaction(() => {
      const outcome: AdvanceOutcome = { accepted: 0, duplicates: 0, effects: [] };
      for (const item of items) {
        if (item.event) {
          const stored = this.insertEvent.run({ ...item.event });
          if (stored.changes === 0) {
            outcome.duplicates++;
            continue;
          }
        }
        if (item.timerId !== undefined) this.db.delete(timers).where(eq(timers.id, item.timerId)).run();
        outcome.accepted++;
        const row = this.loadCustomer.get({ id: item.customerId });
        const before = row ? decodeWorld(row.id, row.attributes, row.tags, row.world) : newWorld({ id: item.customerId });
        const { world, effects } = reactor(before, item.input);
        if (world !== before || !row) {
          const values = { attributes: world.customer.attributes, tags: world.customer.tags, world: encodeWorld(world), updatedAt: options.now };
          this.db
            .insert(customers)
            .values({ id: item.customerId, ...values, createdAt: options.now })
            .onConflictDoUpdate({ target: customers.id, set: values })
            .run();
          this.saveRuns(before.runs, world.runs);
        }
        for (const effect of effects) this.write(effect, options);
        outcome.effects.push(...effects);
      }
      return outcome;
    });
  }

  /** Projects the runs that changed into the `runs` table (the world is the source of truth). */
  private saveRuns(before: readonly RunState[], after: readonly RunState[]): void {
    const unchanged = new Set(before);
    for (const run of after) {
      if (unchanged.has(run)) continue;
      const values = {
        status: run.status,
        exitReason: run.exitReason ?? null,
        variant: run.variant ?? null,
        state: run,
        endedAt: run.endedAt ?? null,
        convertedAt: run.converted?.at ?? null,
      };
      this.db
        .insert(runs)
        .values({ id: run.id, playbookId: run.playbookId, version: run.version, customerId: run.customerId, control: run.control, enteredAt: run.enteredAt, ...values })
        .onConflictDoUpdate({ target: runs.id, set: values })
        .run();
    }
  }

  private write(effect: Effect, options: AdvanceOptions): void {
    switch (effect.type) {
      case 'record_step':
        this.db
          .insert(runSteps)
          .values({ runId: effect.run, visit: effect.visit, playbookId: effect.playbook, node: effect.node, port: effect.port ?? null, at: effect.at, leftAt: effect.port !== undefined ? effect.at : null })
          .onConflictDoUpdate({ target: [runSteps.runId, runSteps.visit], set: { port: effect.port ?? null, leftAt: effect.at } })
          .run();
        return;
      case 'end_run':
        this.db.update(runs).set({ status: effect.status, exitReason: effect.reason, endedAt: effect.at }).where(eq(runs.id, effect.run)).run();
        return;
      case 'record_conversion':
        this.db.update(runs).set({ convertedAt: effect.at }).where(eq(runs.id, effect.run)).run();
        return;
      case 'schedule_timer':
        this.db
          .insert(timers)
          .values({ id: effect.timer, dueAt: effect.at, kind: 'run', customerId: effect.customer, playbookId: effect.playbook })
          .onConflictDoUpdate({ target: timers.id, set: { dueAt: effect.at } })
          .run();
        return;
      case 'cancel_timer':
        this.db.delete(timers).where(eq(timers.id, effect.timer)).run();
        return;
      case 'schedule_date': {
        const id = `date:${effect.playbook}:${effect.customer}`;
        if (effect.at === null) this.db.delete(timers).where(eq(timers.id, id)).run();
        else
          this.db
            .insert(timers)
            .values({ id, dueAt: effect.at, kind: 'date', customerId: effect.customer, playbookId: effect.playbook })
            .onConflictDoUpdate({ target: timers.id, set: { dueAt: effect.at } })
            .run();
        return;
      }
      case 'send_message': {
        const external = options.deliversExternally(effect.channel);
        const inserted = this.db
          .insert(messages)
          .values({
            key: effect.key,
            customerId: effect.customer,
            playbookId: effect.playbook,
            runId: effect.run,
            node: effect.node,
            channel: effect.channel,
            subject: effect.subject ?? null,
            body: effect.body,
            status: external ? 'queued' : 'logged',
            at: effect.at,
            sentAt: external ? null : effect.at,
          })
          .onConflictDoNothing()
          .run();
        if (external && inserted.changes === 1) {
          this.enqueue(effect.key, 'message', effect.customer, { channel: effect.channel, subject: effect.subject ?? null, body: effect.body }, options.wallNow);
        }
        return;
      }
      case 'webhook':
        this.enqueue(effect.key, 'webhook', effect.customer, { url: effect.url, method: effect.method, headers: effect.headers, body: effect.body ?? null }, options.wallNow);
        return;
      case 'issue_coupon':
        this.db
          .insert(coupons)
          .values({
            code: effect.code,
            customerId: effect.customer,
            playbookId: effect.playbook,
            runId: effect.run,
            node: effect.node,
            percent: effect.percent ?? null,
            amount: effect.amount ?? null,
            currency: effect.currency ?? null,
            issuedAt: effect.at,
            validUntil: Date.parse(effect.valid_until),
          })
          .onConflictDoNothing()
          .run();
        return;
      case 'create_task':
        this.db
          .insert(tasks)
          .values({
            id: effect.key,
            customerId: effect.customer,
            playbookId: effect.playbook,
            runId: effect.run,
            node: effect.node,
            title: effect.title,
            assignee: effect.assignee ?? null,
            status: 'open',
            createdAt: effect.at,
            dueAt: effect.due_at !== undefined ? Date.parse(effect.due_at) : null,
          })
          .onConflictDoNothing()
          .run();
        return;
      default:
        // start_run, update_customer, add_tag, remove_tag: already part of the saved world.
        return;
    }
  }

  private enqueue(key: string, kind: 'message' | 'webhook', customerId: string, payload: Record<string, unknown>, now: number): void {
    this.db
      .insert(outbox)
      .values({ key, kind, customerId, payload, status: 'pending', attempts: 0, nextAttemptAt: now, lastError: null, createdAt: now, deliveredAt: null })
      .onConflictDoNothing()
      .run();
  }
}
