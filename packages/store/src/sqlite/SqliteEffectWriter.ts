import type { Effect } from '@stayflow/engine';
import { eq, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { coupons, messages, outbox, runs, runSteps, tasks, timers } from '../schema/index.ts';
import type { AdvanceOptions } from '../Store.ts';
import type { SqliteDb } from './openSqlite.ts';

const p = sql.placeholder;
/** In an upsert's update: the value the insert would have written. */
const excluded = (column: SQLiteColumn) => sql.raw(`excluded."${column.name}"`);

/**
 * Writes the effects of a reaction that are not part of the customer's world — a run's steps,
 * its end and conversion, timers, messages and their deliveries, coupons, tasks — with
 * statements prepared once, inside `SqliteAdvance`'s transaction.
 */
export class SqliteEffectWriter {
  private readonly upsertStep;
  private readonly endRun;
  private readonly convertRun;
  private readonly upsertTimer;
  private readonly deleteTimer;
  private readonly insertMessage;
  private readonly insertCoupon;
  private readonly insertTask;
  private readonly insertOutbox;

  constructor(db: SqliteDb) {
    this.upsertStep = db
      .insert(runSteps)
      .values({ runId: p('runId'), visit: p('visit'), playbookId: p('playbookId'), node: p('node'), port: p('port'), at: p('at'), leftAt: p('leftAt') })
      // The second record of a visit is the run leaving the step: the port it took, and when.
      .onConflictDoUpdate({ target: [runSteps.runId, runSteps.visit], set: { port: excluded(runSteps.port), leftAt: excluded(runSteps.at) } })
      .prepare();
    // Drizzle types an update's `set` without placeholders; wrapped in SQL they bind the same way.
    this.endRun = db
      .update(runs)
      .set({ status: sql`${p('status')}`, exitReason: sql`${p('reason')}`, endedAt: sql`${p('at')}` })
      .where(eq(runs.id, p('id')))
      .prepare();
    this.convertRun = db
      .update(runs)
      .set({ convertedAt: sql`${p('at')}` })
      .where(eq(runs.id, p('id')))
      .prepare();
    this.upsertTimer = db
      .insert(timers)
      .values({ id: p('id'), dueAt: p('dueAt'), kind: p('kind'), customerId: p('customerId'), playbookId: p('playbookId') })
      .onConflictDoUpdate({ target: timers.id, set: { dueAt: excluded(timers.dueAt) } })
      .prepare();
    this.deleteTimer = db.delete(timers).where(eq(timers.id, p('id'))).prepare();
    this.insertMessage = db
      .insert(messages)
      .values({
        key: p('key'),
        customerId: p('customerId'),
        playbookId: p('playbookId'),
        runId: p('runId'),
        node: p('node'),
        channel: p('channel'),
        subject: p('subject'),
        body: p('body'),
        status: p('status'),
        at: p('at'),
        sentAt: p('sentAt'),
      })
      .onConflictDoNothing()
      .prepare();
    this.insertCoupon = db
      .insert(coupons)
      .values({
        code: p('code'),
        customerId: p('customerId'),
        playbookId: p('playbookId'),
        runId: p('runId'),
        node: p('node'),
        percent: p('percent'),
        amount: p('amount'),
        currency: p('currency'),
        issuedAt: p('issuedAt'),
        validUntil: p('validUntil'),
      })
      .onConflictDoNothing()
      .prepare();
    this.insertTask = db
      .insert(tasks)
      .values({
        id: p('id'),
        customerId: p('customerId'),
        playbookId: p('playbookId'),
        runId: p('runId'),
        node: p('node'),
        title: p('title'),
        assignee: p('assignee'),
        status: 'open',
        createdAt: p('createdAt'),
        dueAt: p('dueAt'),
      })
      .onConflictDoNothing()
      .prepare();
    this.insertOutbox = db
      .insert(outbox)
      .values({
        key: p('key'),
        kind: p('kind'),
        customerId: p('customerId'),
        payload: p('payload'),
        status: 'pending',
        attempts: 0,
        nextAttemptAt: p('now'),
        lastError: null,
        createdAt: p('now'),
        deliveredAt: null,
      })
      .onConflictDoNothing()
      .prepare();
  }

  /** Removes a timer; whether it was there (a timer that fires is consumed once). */
  removeTimer(id: string): boolean {
    return this.deleteTimer.run({ id }).changes === 1;
  }

  write(effect: Effect, options: AdvanceOptions): void {
    switch (effect.type) {
      case 'record_step':
        this.upsertStep.run({
          runId: effect.run,
          visit: effect.visit,
          playbookId: effect.playbook,
          node: effect.node,
          port: effect.port ?? null,
          at: effect.at,
          leftAt: effect.port !== undefined ? effect.at : null,
        });
        return;
      case 'end_run':
        this.endRun.run({ id: effect.run, status: effect.status, reason: effect.reason, at: effect.at });
        return;
      case 'record_conversion':
        this.convertRun.run({ id: effect.run, at: effect.at });
        return;
      case 'schedule_timer':
        this.upsertTimer.run({ id: effect.timer, dueAt: effect.at, kind: 'run', customerId: effect.customer, playbookId: effect.playbook });
        return;
      case 'cancel_timer':
        this.deleteTimer.run({ id: effect.timer });
        return;
      case 'schedule_date': {
        const id = `date:${effect.playbook}:${effect.customer}`;
        if (effect.at === null) this.deleteTimer.run({ id });
        else this.upsertTimer.run({ id, dueAt: effect.at, kind: 'date', customerId: effect.customer, playbookId: effect.playbook });
        return;
      }
      case 'send_message': {
        const external = options.deliversExternally(effect.channel);
        const inserted = this.insertMessage.run({
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
        });
        if (external && inserted.changes === 1) {
          this.enqueue(effect.key, 'message', effect.customer, { channel: effect.channel, subject: effect.subject ?? null, body: effect.body, html: effect.html === true }, options.wallNow);
        }
        return;
      }
      case 'webhook':
        this.enqueue(effect.key, 'webhook', effect.customer, { url: effect.url, method: effect.method, headers: effect.headers, body: effect.body ?? null }, options.wallNow);
        return;
      case 'issue_coupon':
        this.insertCoupon.run({
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
        });
        return;
      case 'create_task':
        this.insertTask.run({
          id: effect.key,
          customerId: effect.customer,
          playbookId: effect.playbook,
          runId: effect.run,
          node: effect.node,
          title: effect.title,
          assignee: effect.assignee ?? null,
          createdAt: effect.at,
          dueAt: effect.due_at !== undefined ? Date.parse(effect.due_at) : null,
        });
        return;
      default:
        // start_run, update_customer, add_tag, remove_tag: already part of the saved world.
        return;
    }
  }

  private enqueue(key: string, kind: 'message' | 'webhook', customerId: string, payload: Record<string, unknown>, now: number): void {
    this.insertOutbox.run({ key, kind, customerId, payload, now });
  }
}
