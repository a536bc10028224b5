import { newWorld, type CustomerWorld, type Effect, type ReactResult, type RunState } from '@stayflow/engine';
import { MS_PER_DAY } from '@stayflow/logic';
import { eq, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { coupons, customers, events, messages, outbox, runs, runSteps, tasks, timers } from '../schema/index.ts';
import type { AdvanceItem, AdvanceOptions, AdvanceOutcome, Reactor } from '../Store.ts';
import type { SqliteDb } from './openSqlite.ts';
import { progressWriter } from './SqliteJobs.ts';
import { decodeWorld, encodeWorld } from './worldCodec.ts';

const p = sql.placeholder;
/** In an upsert's update: the value the insert would have written. */
const excluded = (column: SQLiteColumn) => sql.raw(`excluded."${column.name}"`);

/**
 * The runtime's write path over SQLite: every statement prepared once, run inside one
 * transaction per batch. Building a query per write cost more than SQLite's own work.
 */
export class SqliteAdvance {
  private readonly loadCustomer;
  private readonly insertEvent;
  private readonly upsertCustomer;
  private readonly upsertRun;
  private readonly upsertStep;
  private readonly endRun;
  private readonly convertRun;
  private readonly upsertTimer;
  private readonly deleteTimer;
  private readonly insertMessage;
  private readonly insertCoupon;
  private readonly insertTask;
  private readonly insertOutbox;
  private readonly insertOrder;
  private readonly insertNpsAnswer;
  private readonly convertFinishedRun;
  private readonly convertPrunedRun;
  private readonly writeProgress;
  private readonly updateFlip;
  private readonly updateSegments;
  private readonly upsertPrediction;
  private readonly deletePrediction;

  constructor(private readonly db: SqliteDb) {
    this.writeProgress = progressWriter(db);
    this.updateFlip = db.$client.prepare<{ id: string; at: number | null }>('UPDATE customers SET next_flip_at = @at WHERE id = @id');
    this.updateSegments = db.$client.prepare<{ id: string; segments: string }>('UPDATE customers SET segments = @segments WHERE id = @id');
    this.upsertPrediction = db.$client.prepare(
      `INSERT OR REPLACE INTO customer_predictions (customer_id, p_alive, expected_orders_30d, expected_orders_90d, expected_orders_365d, currency, expected_order_value, predicted_clv, fitted_at, scored_at)
       VALUES (@customerId, @pAlive, @expectedOrders30d, @expectedOrders90d, @expectedOrders365d, @currency, @expectedOrderValue, @predictedClv, @fittedAt, @scoredAt)`,
    );
    this.deletePrediction = db.$client.prepare(`DELETE FROM customer_predictions WHERE customer_id = ?`);
    this.loadCustomer = db.select().from(customers).where(eq(customers.id, p('id'))).prepare();
    this.insertEvent = db
      .insert(events)
      .values({ id: p('id'), customerId: p('customerId'), type: p('type'), at: p('at'), properties: p('properties'), receivedAt: p('receivedAt') })
      .onConflictDoNothing()
      .prepare();
    this.upsertCustomer = db
      .insert(customers)
      .values({ id: p('id'), attributes: p('attributes'), tags: p('tags'), world: p('world'), segments: p('segments'), createdAt: p('now'), updatedAt: p('now'), nextFlipAt: p('nextFlipAt') })
      .onConflictDoUpdate({
        target: customers.id,
        set: {
          attributes: excluded(customers.attributes),
          tags: excluded(customers.tags),
          world: excluded(customers.world),
          segments: excluded(customers.segments),
          updatedAt: excluded(customers.updatedAt),
          nextFlipAt: excluded(customers.nextFlipAt),
        },
      })
      .prepare();
    this.upsertRun = db
      .insert(runs)
      .values({
        id: p('id'),
        playbookId: p('playbookId'),
        version: p('version'),
        customerId: p('customerId'),
        control: p('control'),
        enteredAt: p('enteredAt'),
        status: p('status'),
        exitReason: p('exitReason'),
        variant: p('variant'),
        endedAt: p('endedAt'),
        convertedAt: p('convertedAt'),
      })
      .onConflictDoUpdate({
        target: runs.id,
        set: {
          status: excluded(runs.status),
          exitReason: excluded(runs.exitReason),
          variant: excluded(runs.variant),
          endedAt: excluded(runs.endedAt),
          convertedAt: excluded(runs.convertedAt),
        },
      })
      .prepare();
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
    // The ledgers (schema/retention.ts), read back from the stored event with the same
    // expressions as the back-fill in drizzle/0001_retention.sql, so both agree to the bit.
    // Triggers (drizzle/0003_aggregates.sql, 0005) link each row to the customer's previous and next
    // one and keep `order_days`; runs, steps and customers keep their counts the same way.
    this.insertOrder = db.$client.prepare(`
      INSERT OR IGNORE INTO orders (event_id, customer_id, at, amount, currency)
      SELECT e.id, e.customer_id, e.at, CAST(json_extract(e.properties, '$.amount') AS REAL),
             COALESCE(CASE WHEN json_type(e.properties, '$.currency') = 'text' THEN json_extract(e.properties, '$.currency') END,
                      CASE WHEN json_type(c.attributes, '$.currency') = 'text' THEN json_extract(c.attributes, '$.currency') END)
      FROM events e LEFT JOIN customers c ON c.id = e.customer_id
      WHERE e.id = ?`);
    this.insertNpsAnswer = db.$client.prepare(`
      INSERT OR IGNORE INTO nps_answers (event_id, customer_id, at, score)
      SELECT id, customer_id, at, CAST(json_extract(properties, '$.score') AS REAL) FROM events WHERE id = ?`);
    this.convertFinishedRun = db.$client.prepare('UPDATE runs SET converted_at = @at WHERE id = @id');
    this.convertPrunedRun = db.$client.prepare(`
      UPDATE run_rollups SET converted = converted + 1
      WHERE playbook_id = @playbookId AND entered_day = @enteredAt - (@enteredAt % ${MS_PER_DAY}) AND control = @control AND variant = @variant AND status = @status`);
  }

  run(items: readonly AdvanceItem[], reactor: Reactor, options: AdvanceOptions): AdvanceOutcome {
    return this.db.transaction(() => {
      const outcome: AdvanceOutcome = { accepted: 0, duplicates: 0, applied: [], effects: [] };
      for (const item of items) {
        if (item.event) {
          const stored = this.insertEvent.run({ ...item.event });
          if (stored.changes === 0) {
            outcome.duplicates++;
            outcome.applied.push(false);
            continue;
          }
        }
        // A timer that is gone was consumed already, or erased with its customer: firing it must not recreate them.
        if (item.timerId !== undefined && this.deleteTimer.run({ id: item.timerId }).changes === 0) {
          outcome.applied.push(false);
          continue;
        }
        outcome.accepted++;
        outcome.applied.push(true);
        const row = this.loadCustomer.get({ id: item.customerId });
        const before = row ? decodeWorld(row.id, row.attributes, row.tags, row.world) : newWorld({ id: item.customerId });
        const result = reactor(before, item.input);
        const { world, effects } = result;
        const stored = row?.nextFlipAt ?? null;
        const nextFlipAt = options.nextFlipOf === undefined ? stored : options.nextFlipOf(world);
        if (world !== before || !row) {
          const segments = this.segmentsAfter(row?.segments, before, result, options);
          this.upsertCustomer.run({ id: item.customerId, attributes: world.customer.attributes, tags: world.customer.tags, world: encodeWorld(world), segments, now: options.now, nextFlipAt });
          this.saveRuns(before.runs, world.runs);
          this.savePredictions(item.customerId, before, world);
        } else {
          if (nextFlipAt !== stored) this.updateFlip.run({ id: item.customerId, at: nextFlipAt });
          if (options.refreshSegments === true && options.segmentsOf !== undefined) {
            const segments = JSON.stringify(result.segments ?? options.segmentsOf(world.customer));
            if (segments !== JSON.stringify(row.segments)) this.updateSegments.run({ id: item.customerId, segments });
          }
        }
        if (item.event) this.recordInLedger(item.event.id, item.event.type);
        for (const effect of effects) this.write(effect, options);
        outcome.effects.push(...effects);
      }
      if (options.progress !== undefined) this.writeProgress(options.progress);
      return outcome;
    });
  }

  /**
   * The customer's segment memberships to store: when the customer (not only their runs)
   * changed, the ones the reaction already evaluated (`ReactResult.segments`), else
   * evaluated with `segmentsOf`; as stored otherwise. Triggers keep `segment_counts` equal to them.
   */
  private segmentsAfter(stored: string[] | undefined, before: CustomerWorld, result: ReactResult, options: AdvanceOptions): string[] {
    const after = result.world;
    if (options.segmentsOf === undefined || (stored !== undefined && after.customer === before.customer && options.refreshSegments !== true)) return stored ?? [];
    return [...(result.segments ?? options.segmentsOf(after.customer))];
  }

  /** Projects the customer's model scores into `customer_predictions` when they changed (the world is the source of truth). */
  private savePredictions(customerId: string, before: CustomerWorld, after: CustomerWorld): void {
    const predictions = after.customer.metrics.predictions;
    if (predictions === before.customer.metrics.predictions) return;
    if (predictions === undefined) this.deletePrediction.run(customerId);
    else this.upsertPrediction.run({ customerId, ...predictions });
  }

  /** Orders and NPS answers also go to their ledgers, which outlive the raw events. */
  private recordInLedger(eventId: string, type: string): void {
    if (type === 'order_placed') this.insertOrder.run(eventId);
    else if (type === 'nps_submitted') this.insertNpsAnswer.run(eventId);
  }

  /** Projects the runs that changed into the `runs` table (the world is the source of truth). */
  private saveRuns(before: readonly RunState[], after: readonly RunState[]): void {
    const unchanged = new Set(before);
    const finishedBefore = new Set(before.filter((run) => run.status !== 'active').map((run) => run.id));
    for (const run of after) {
      if (unchanged.has(run)) continue;
      if (finishedBefore.has(run.id)) {
        this.convertFinished(run);
        continue;
      }
      this.upsertRun.run({
        id: run.id,
        playbookId: run.playbookId,
        version: run.version,
        customerId: run.customerId,
        control: run.control,
        enteredAt: run.enteredAt,
        status: run.status,
        exitReason: run.exitReason ?? null,
        variant: run.variant ?? null,
        endedAt: run.endedAt ?? null,
        convertedAt: run.converted?.at ?? null,
      });
    }
  }

  /**
   * A finished run changes only by converting late (within its goal window). Its row may
   * have been pruned into the rollups by then: the conversion is counted there instead,
   * rather than bringing the run back and counting it twice.
   */
  private convertFinished(run: RunState): void {
    if (run.converted === undefined) return;
    if (this.convertFinishedRun.run({ id: run.id, at: run.converted.at }).changes === 1) return;
    this.convertPrunedRun.run({ playbookId: run.playbookId, enteredAt: run.enteredAt, control: run.control ? 1 : 0, variant: run.variant ?? '', status: run.status });
  }

  private write(effect: Effect, options: AdvanceOptions): void {
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
