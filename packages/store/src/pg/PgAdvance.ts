import { newWorld, type CustomerWorld, type Effect, type ReactResult, type RunState } from '@stayflow/engine';
import type pg from 'pg';
import { decodeWorld, encodeWorld } from '../sqlite/worldCodec.ts';
import type { AdvanceItem, AdvanceOptions, AdvanceOutcome, Reactor } from '../Store.ts';
import type { PgDb } from './openPg.ts';
import { writeProgress } from './PgJobs.ts';
import { inTransaction, json, run, statement } from './pgTransaction.ts';

/**
 * The advisory lock every `advance` transaction takes first ("stay", "adv" read as numbers), held
 * until it commits: advance transactions of every process run one at a time. Each updates the
 * maintained counters, single rows shared by every customer (`order_days` of the day,
 * `table_counts`, `run_counts`, `step_counts`), in an order that depends on its items; two
 * running together deadlock on them, and PostgreSQL notices only after `deadlock_timeout`
 * (1 s), so the storm test saw batches of 12 events take seconds. Processes still share
 * everything else (requests, reads, reactions of other transactions' customers are not
 * waited for outside the lock). Store README, "PostgreSQL".
 */
export const ADVANCE_LOCK: readonly [number, number] = [0x73746179, 0x616476];

const Q = {
  lockAdvance: statement('stayflow_advance_lock', `SELECT pg_advisory_xact_lock(${ADVANCE_LOCK[0]}, ${ADVANCE_LOCK[1]})`),
  insertEvent: statement(
    'stayflow_advance_event',
    'INSERT INTO events (id, customer_id, type, at, properties, received_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING',
  ),
  deleteTimer: statement('stayflow_advance_delete_timer', 'DELETE FROM timers WHERE id = $1'),
  // The customer's row stays locked until the batch commits: no other process advances them meanwhile.
  // Saving a customer's `next_flip_at` (or the customer) ends a re-check's lease on them (store README, "Leases").
  loadCustomer: statement('stayflow_advance_load', 'SELECT id, attributes, tags, world, segments, next_flip_at FROM customers WHERE id = $1 FOR UPDATE'),
  insertCustomer: statement(
    'stayflow_advance_insert_customer',
    'INSERT INTO customers (id, attributes, tags, world, segments, created_at, updated_at, next_flip_at) VALUES ($1, $2, $3, $4, $5, $6, $6, $7) ON CONFLICT (id) DO NOTHING',
  ),
  updateCustomer: statement(
    'stayflow_advance_update_customer',
    'UPDATE customers SET attributes = $2, tags = $3, world = $4, segments = $5, updated_at = $6, next_flip_at = $7, lease_owner = NULL, lease_until = NULL WHERE id = $1',
  ),
  updateFlip: statement('stayflow_advance_update_flip', 'UPDATE customers SET next_flip_at = $2, lease_owner = NULL, lease_until = NULL WHERE id = $1'),
  updateSegments: statement('stayflow_advance_update_segments', 'UPDATE customers SET segments = $2 WHERE id = $1'),
  upsertRun: statement(
    'stayflow_advance_run',
    `INSERT INTO runs (id, playbook_id, version, customer_id, control, entered_at, status, exit_reason, variant, ended_at, converted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (id) DO UPDATE SET status = excluded.status, exit_reason = excluded.exit_reason, variant = excluded.variant, ended_at = excluded.ended_at, converted_at = excluded.converted_at`,
  ),
  // The second record of a visit is the run leaving the step: the port it took, and when.
  upsertStep: statement(
    'stayflow_advance_step',
    `INSERT INTO run_steps (run_id, visit, playbook_id, node, port, at, left_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (run_id, visit) DO UPDATE SET port = excluded.port, left_at = excluded.at`,
  ),
  endRun: statement('stayflow_advance_end_run', 'UPDATE runs SET status = $2, exit_reason = $3, ended_at = $4 WHERE id = $1'),
  convertRun: statement('stayflow_advance_convert_run', 'UPDATE runs SET converted_at = $2 WHERE id = $1'),
  upsertTimer: statement(
    'stayflow_advance_timer',
    'INSERT INTO timers (id, due_at, kind, customer_id, playbook_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO UPDATE SET due_at = excluded.due_at, lease_owner = NULL, lease_until = NULL',
  ),
  insertMessage: statement(
    'stayflow_advance_message',
    `INSERT INTO messages (key, customer_id, playbook_id, run_id, node, channel, subject, body, status, at, sent_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (key) DO NOTHING`,
  ),
  insertCoupon: statement(
    'stayflow_advance_coupon',
    `INSERT INTO coupons (code, customer_id, playbook_id, run_id, node, percent, amount, currency, issued_at, valid_until)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (code) DO NOTHING`,
  ),
  insertTask: statement(
    'stayflow_advance_task',
    `INSERT INTO tasks (id, customer_id, playbook_id, run_id, node, title, assignee, status, created_at, due_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8, $9) ON CONFLICT (id) DO NOTHING`,
  ),
  insertOutbox: statement(
    'stayflow_advance_outbox',
    `INSERT INTO outbox (key, kind, customer_id, payload, status, attempts, next_attempt_at, last_error, created_at, delivered_at)
     VALUES ($1, $2, $3, $4, 'pending', 0, $5, NULL, $5, NULL) ON CONFLICT (key) DO NOTHING`,
  ),
  // The ledgers, read back from the stored event as SQLite reads them (stayflow_real: drizzle-pg/0001_aggregates.sql).
  insertOrder: statement(
    'stayflow_advance_order',
    `INSERT INTO orders (event_id, customer_id, at, amount, currency)
     SELECT e.id, e.customer_id, e.at, stayflow_real(e.properties -> 'amount'),
            COALESCE(CASE WHEN jsonb_typeof(e.properties -> 'currency') = 'string' THEN e.properties ->> 'currency' END,
                     CASE WHEN jsonb_typeof(c.attributes -> 'currency') = 'string' THEN c.attributes ->> 'currency' END)
     FROM events e LEFT JOIN customers c ON c.id = e.customer_id
     WHERE e.id = $1
     ON CONFLICT (event_id) DO NOTHING`,
  ),
  insertNpsAnswer: statement(
    'stayflow_advance_nps',
    `INSERT INTO nps_answers (event_id, customer_id, at, score)
     SELECT id, customer_id, at, stayflow_real(properties -> 'score') FROM events WHERE id = $1
     ON CONFLICT (event_id) DO NOTHING`,
  ),
  upsertPrediction: statement(
    'stayflow_advance_prediction',
    `INSERT INTO customer_predictions (customer_id, p_alive, expected_orders_30d, expected_orders_90d, expected_orders_365d, currency, expected_order_value, predicted_clv, fitted_at, scored_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (customer_id) DO UPDATE SET p_alive = excluded.p_alive, expected_orders_30d = excluded.expected_orders_30d, expected_orders_90d = excluded.expected_orders_90d,
       expected_orders_365d = excluded.expected_orders_365d, currency = excluded.currency, expected_order_value = excluded.expected_order_value,
       predicted_clv = excluded.predicted_clv, fitted_at = excluded.fitted_at, scored_at = excluded.scored_at`,
  ),
  deletePrediction: statement('stayflow_advance_delete_prediction', 'DELETE FROM customer_predictions WHERE customer_id = $1'),
  convertPrunedRun: statement(
    'stayflow_advance_convert_pruned',
    `UPDATE run_rollups SET converted = converted + 1
     WHERE playbook_id = $1 AND entered_day = stayflow_entry_day($2) AND control = $3 AND variant = $4 AND status = $5`,
  ),
};

interface CustomerRow {
  id: string;
  attributes: unknown;
  tags: unknown;
  world: unknown;
  segments: string[];
  next_flip_at: number | null;
}

/**
 * The runtime's write path over PostgreSQL: one transaction per call, each customer's row
 * locked (SELECT … FOR UPDATE) before their world is read, events de-duplicated by their
 * primary key (INSERT … ON CONFLICT DO NOTHING), so it holds across processes. Statements
 * are named, so each connection parses them once.
 */
export class PgAdvance {
  constructor(private readonly db: PgDb) {}

  async run(items: readonly AdvanceItem[], reactor: Reactor, options: AdvanceOptions): Promise<AdvanceOutcome> {
    return inTransaction(this.db, async (client) => {
      const outcome: AdvanceOutcome = { accepted: 0, duplicates: 0, applied: [], effects: [] };
      await run(client, Q.lockAdvance, []);
      for (const item of items) {
        if (item.event) {
          const { id, customerId, type, at, properties, receivedAt } = item.event;
          const stored = await run(client, Q.insertEvent, [id, customerId, type, at, json(properties), receivedAt]);
          if (stored.rowCount === 0) {
            outcome.duplicates++;
            outcome.applied.push(false);
            continue;
          }
        }
        // A timer that is gone was consumed already (by this or another process), or erased with its customer.
        if (item.timerId !== undefined && (await run(client, Q.deleteTimer, [item.timerId])).rowCount === 0) {
          outcome.applied.push(false);
          continue;
        }
        outcome.accepted++;
        outcome.applied.push(true);
        const effects = await this.react(client, item, reactor, options);
        if (item.event) await this.recordInLedger(client, item.event.id, item.event.type);
        for (const effect of effects) await this.write(client, effect, options);
        outcome.effects.push(...effects);
      }
      if (options.progress !== undefined) await writeProgress(client, options.progress);
      return outcome;
    });
  }

  /**
   * Loads the customer (locked), reacts and saves. A customer created by another process
   * between our read and our insert makes the insert do nothing: then we read their row
   * (now locked for us) and react again, which is safe since the reactor is pure.
   */
  private async react(client: pg.PoolClient, item: AdvanceItem, reactor: Reactor, options: AdvanceOptions): Promise<Effect[]> {
    for (;;) {
      const row = (await run(client, Q.loadCustomer, [item.customerId])).rows[0] as CustomerRow | undefined;
      const before = row ? decodeWorld(row.id, row.attributes, row.tags, row.world) : newWorld({ id: item.customerId });
      const result = reactor(before, item.input);
      const { world } = result;
      const stored = row?.next_flip_at ?? null;
      const nextFlipAt = options.nextFlipOf === undefined ? stored : options.nextFlipOf(world);
      if (row && world === before) {
        if (nextFlipAt !== stored) await run(client, Q.updateFlip, [item.customerId, nextFlipAt]);
        if (options.refreshSegments === true && options.segmentsOf !== undefined) {
          const segments = json(result.segments ?? options.segmentsOf(world.customer));
          if (segments !== json(row.segments)) await run(client, Q.updateSegments, [item.customerId, segments]);
        }
        return result.effects;
      }
      const segments = this.segmentsAfter(row?.segments, before, result, options);
      const values = [item.customerId, json(world.customer.attributes), json(world.customer.tags), json(encodeWorld(world)), json(segments), options.now, nextFlipAt];
      if (row) await run(client, Q.updateCustomer, values);
      else if ((await run(client, Q.insertCustomer, values)).rowCount === 0) continue;
      await this.saveRuns(client, before.runs, world.runs);
      await this.savePredictions(client, item.customerId, before, world);
      return result.effects;
    }
  }

  /** As on SQLite (SqliteAdvance.segmentsAfter): the reaction's own answer, else `segmentsOf`, when the customer changed. */
  private segmentsAfter(stored: string[] | undefined, before: CustomerWorld, result: ReactResult, options: AdvanceOptions): string[] {
    const after = result.world;
    if (options.segmentsOf === undefined || (stored !== undefined && after.customer === before.customer && options.refreshSegments !== true)) return stored ?? [];
    return [...(result.segments ?? options.segmentsOf(after.customer))];
  }

  /** Projects the customer's model scores into `customer_predictions` when they changed (as SqliteAdvance does). */
  private async savePredictions(client: pg.PoolClient, customerId: string, before: CustomerWorld, after: CustomerWorld): Promise<void> {
    const p = after.customer.metrics.predictions;
    if (p === before.customer.metrics.predictions) return;
    if (p === undefined) await run(client, Q.deletePrediction, [customerId]);
    else {
      await run(client, Q.upsertPrediction, [
        customerId,
        p.pAlive,
        p.expectedOrders30d,
        p.expectedOrders90d,
        p.expectedOrders365d,
        p.currency ?? null,
        p.expectedOrderValue ?? null,
        p.predictedClv ?? null,
        p.fittedAt,
        p.scoredAt,
      ]);
    }
  }

  private async recordInLedger(client: pg.PoolClient, eventId: string, type: string): Promise<void> {
    if (type === 'order_placed') await run(client, Q.insertOrder, [eventId]);
    else if (type === 'nps_submitted') await run(client, Q.insertNpsAnswer, [eventId]);
  }

  private async saveRuns(client: pg.PoolClient, before: readonly RunState[], after: readonly RunState[]): Promise<void> {
    const unchanged = new Set(before);
    const finishedBefore = new Set(before.filter((r) => r.status !== 'active').map((r) => r.id));
    for (const r of after) {
      if (unchanged.has(r)) continue;
      if (finishedBefore.has(r.id)) {
        await this.convertFinished(client, r);
        continue;
      }
      await run(client, Q.upsertRun, [
        r.id,
        r.playbookId,
        r.version,
        r.customerId,
        r.control,
        r.enteredAt,
        r.status,
        r.exitReason ?? null,
        r.variant ?? null,
        r.endedAt ?? null,
        r.converted?.at ?? null,
      ]);
    }
  }

  /** A late conversion of a finished run; counted in its rollup when the run was pruned meanwhile. */
  private async convertFinished(client: pg.PoolClient, r: RunState): Promise<void> {
    if (r.converted === undefined) return;
    if ((await run(client, Q.convertRun, [r.id, r.converted.at])).rowCount === 1) return;
    await run(client, Q.convertPrunedRun, [r.playbookId, r.enteredAt, r.control, r.variant ?? '', r.status]);
  }

  private async write(client: pg.PoolClient, effect: Effect, options: AdvanceOptions): Promise<void> {
    switch (effect.type) {
      case 'record_step':
        await run(client, Q.upsertStep, [effect.run, effect.visit, effect.playbook, effect.node, effect.port ?? null, effect.at, effect.port !== undefined ? effect.at : null]);
        return;
      case 'end_run':
        await run(client, Q.endRun, [effect.run, effect.status, effect.reason, effect.at]);
        return;
      case 'record_conversion':
        await run(client, Q.convertRun, [effect.run, effect.at]);
        return;
      case 'schedule_timer':
        await run(client, Q.upsertTimer, [effect.timer, effect.at, 'run', effect.customer, effect.playbook]);
        return;
      case 'cancel_timer':
        await run(client, Q.deleteTimer, [effect.timer]);
        return;
      case 'schedule_date': {
        const id = `date:${effect.playbook}:${effect.customer}`;
        if (effect.at === null) await run(client, Q.deleteTimer, [id]);
        else await run(client, Q.upsertTimer, [id, effect.at, 'date', effect.customer, effect.playbook]);
        return;
      }
      case 'send_message': {
        const external = options.deliversExternally(effect.channel);
        const inserted = await run(client, Q.insertMessage, [
          effect.key,
          effect.customer,
          effect.playbook,
          effect.run,
          effect.node,
          effect.channel,
          effect.subject ?? null,
          effect.body,
          external ? 'queued' : 'logged',
          effect.at,
          external ? null : effect.at,
        ]);
        if (external && inserted.rowCount === 1) {
          const payload = { channel: effect.channel, subject: effect.subject ?? null, body: effect.body, html: effect.html === true };
          await run(client, Q.insertOutbox, [effect.key, 'message', effect.customer, json(payload), options.wallNow]);
        }
        return;
      }
      case 'webhook': {
        const payload = { url: effect.url, method: effect.method, headers: effect.headers, body: effect.body ?? null };
        await run(client, Q.insertOutbox, [effect.key, 'webhook', effect.customer, json(payload), options.wallNow]);
        return;
      }
      case 'issue_coupon':
        await run(client, Q.insertCoupon, [
          effect.code,
          effect.customer,
          effect.playbook,
          effect.run,
          effect.node,
          effect.percent ?? null,
          effect.amount ?? null,
          effect.currency ?? null,
          effect.at,
          Date.parse(effect.valid_until),
        ]);
        return;
      case 'create_task':
        await run(client, Q.insertTask, [
          effect.key,
          effect.customer,
          effect.playbook,
          effect.run,
          effect.node,
          effect.title,
          effect.assignee ?? null,
          effect.at,
          effect.due_at !== undefined ? Date.parse(effect.due_at) : null,
        ]);
        return;
      default:
        // start_run, update_customer, add_tag, remove_tag: already part of the saved world.
        return;
    }
  }
}
