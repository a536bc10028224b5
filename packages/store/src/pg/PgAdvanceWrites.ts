import type { CustomerPredictions, Effect, RunState } from '@stayflow/engine';
import type pg from 'pg';
import { columns, json, run, statement } from './pgTransaction.ts';

/*
 * The writes of one advance batch, gathered while its items react and sent at its end: one
 * statement per kind of row (arrays through unnest), so a batch costs about fifteen round trips
 * instead of eight to twelve per event. Rows written more than once within a batch are merged
 * here into what the one-by-one statements would have left (the last state of a customer, run
 * or timer; the first of a message, coupon or task; a step's first record with its last port),
 * and the kinds are sent in an order that keeps what the triggers read (a step's run is stored
 * before the step). Store README, "PostgreSQL".
 */

const Q = {
  customers: statement(
    'stayflow_advance_w_customers',
    `UPDATE customers AS c SET attributes = u.attributes, tags = u.tags, world = u.world, segments = u.segments, next_flip_at = u.next_flip_at,
       updated_at = CASE WHEN u.saved THEN $9 ELSE c.updated_at END,
       lease_owner = CASE WHEN u.release THEN NULL ELSE c.lease_owner END, lease_until = CASE WHEN u.release THEN NULL ELSE c.lease_until END
     FROM unnest($1::text[], $2::jsonb[], $3::jsonb[], $4::jsonb[], $5::jsonb[], $6::bigint[], $7::boolean[], $8::boolean[])
       AS u(id, attributes, tags, world, segments, next_flip_at, saved, release)
     WHERE c.id = u.id`,
  ),
  predictions: statement(
    'stayflow_advance_w_predictions',
    `INSERT INTO customer_predictions (customer_id, p_alive, expected_orders_30d, expected_orders_90d, expected_orders_365d, currency, expected_order_value, predicted_clv, fitted_at, scored_at)
     SELECT * FROM unnest($1::text[], $2::float8[], $3::float8[], $4::float8[], $5::float8[], $6::text[], $7::float8[], $8::float8[], $9::bigint[], $10::bigint[])
     ON CONFLICT (customer_id) DO UPDATE SET p_alive = excluded.p_alive, expected_orders_30d = excluded.expected_orders_30d, expected_orders_90d = excluded.expected_orders_90d,
       expected_orders_365d = excluded.expected_orders_365d, currency = excluded.currency, expected_order_value = excluded.expected_order_value,
       predicted_clv = excluded.predicted_clv, fitted_at = excluded.fitted_at, scored_at = excluded.scored_at`,
  ),
  deletePredictions: statement('stayflow_advance_w_delete_predictions', 'DELETE FROM customer_predictions WHERE customer_id = ANY($1::text[])'),
  runs: statement(
    'stayflow_advance_w_runs',
    `INSERT INTO runs (id, playbook_id, version, customer_id, control, entered_at, status, exit_reason, variant, ended_at, converted_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::boolean[], $6::bigint[], $7::text[], $8::text[], $9::text[], $10::bigint[], $11::bigint[])
     ON CONFLICT (id) DO UPDATE SET status = excluded.status, exit_reason = excluded.exit_reason, variant = excluded.variant, ended_at = excluded.ended_at, converted_at = excluded.converted_at`,
  ),
  // end_run and record_conversion effects on runs the batch did not store whole; NULL leaves a column as it is.
  patchRuns: statement(
    'stayflow_advance_w_patch_runs',
    `UPDATE runs AS r SET status = COALESCE(u.status, r.status), exit_reason = CASE WHEN u.status IS NULL THEN r.exit_reason ELSE u.reason END,
       ended_at = COALESCE(u.ended_at, r.ended_at), converted_at = COALESCE(u.converted_at, r.converted_at)
     FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::bigint[]) AS u(id, status, reason, ended_at, converted_at)
     WHERE r.id = u.id`,
  ),
  // Late conversions of runs finished before this batch: the ones whose row is gone (pruned) count in their rollup.
  convertFinished: statement('stayflow_advance_w_convert_finished', 'UPDATE runs AS r SET converted_at = u.at FROM unnest($1::text[], $2::bigint[]) AS u(id, at) WHERE r.id = u.id RETURNING r.id'),
  convertPruned: statement(
    'stayflow_advance_w_convert_pruned',
    `UPDATE run_rollups SET converted = converted + 1
     WHERE playbook_id = $1 AND entered_day = stayflow_entry_day($2) AND control = $3 AND variant = $4 AND status = $5`,
  ),
  // A visit's first record; the second record of a visit is the run leaving the step: the port it took, and when.
  steps: statement(
    'stayflow_advance_w_steps',
    `INSERT INTO run_steps (run_id, visit, playbook_id, node, port, at, left_at)
     SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::bigint[])
     ON CONFLICT (run_id, visit) DO UPDATE SET port = excluded.port, left_at = excluded.at`,
  ),
  leaveSteps: statement(
    'stayflow_advance_w_leave_steps',
    `UPDATE run_steps AS s SET port = u.port, left_at = u.at FROM unnest($1::text[], $2::int[], $3::text[], $4::bigint[]) AS u(run_id, visit, port, at)
     WHERE s.run_id = u.run_id AND s.visit = u.visit`,
  ),
  timers: statement(
    'stayflow_advance_w_timers',
    `INSERT INTO timers (id, due_at, kind, customer_id, playbook_id) SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[])
     ON CONFLICT (id) DO UPDATE SET due_at = excluded.due_at, lease_owner = NULL, lease_until = NULL`,
  ),
  deleteTimers: statement('stayflow_advance_w_delete_timers', 'DELETE FROM timers WHERE id = ANY($1::text[])'),
  messages: statement(
    'stayflow_advance_w_messages',
    `INSERT INTO messages (key, customer_id, playbook_id, run_id, node, channel, subject, body, status, at, sent_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::bigint[], $11::bigint[])
     ON CONFLICT (key) DO NOTHING RETURNING key`,
  ),
  outbox: statement(
    'stayflow_advance_w_outbox',
    `INSERT INTO outbox (key, kind, customer_id, payload, status, attempts, next_attempt_at, last_error, created_at, delivered_at)
     SELECT key, kind, customer_id, payload, 'pending', 0, $5, NULL, $5, NULL FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[]) AS u(key, kind, customer_id, payload)
     ON CONFLICT (key) DO NOTHING`,
  ),
  coupons: statement(
    'stayflow_advance_w_coupons',
    `INSERT INTO coupons (code, customer_id, playbook_id, run_id, node, percent, amount, currency, issued_at, valid_until)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::float8[], $8::text[], $9::bigint[], $10::bigint[])
     ON CONFLICT (code) DO NOTHING`,
  ),
  tasks: statement(
    'stayflow_advance_w_tasks',
    `INSERT INTO tasks (id, customer_id, playbook_id, run_id, node, title, assignee, status, created_at, due_at)
     SELECT id, customer_id, playbook_id, run_id, node, title, assignee, 'open', created_at, due_at
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[], $9::bigint[])
       AS u(id, customer_id, playbook_id, run_id, node, title, assignee, created_at, due_at)
     ON CONFLICT (id) DO NOTHING`,
  ),
  // The ledgers, read back from the stored events as SQLite reads them (stayflow_real: drizzle-pg/0001_aggregates.sql);
  // an order without a currency of its own takes its customer's as they were right after the event's reaction.
  orders: statement(
    'stayflow_advance_w_orders',
    `INSERT INTO orders (event_id, customer_id, at, amount, currency)
     SELECT e.id, e.customer_id, e.at, stayflow_real(e.properties -> 'amount'),
            COALESCE(CASE WHEN jsonb_typeof(e.properties -> 'currency') = 'string' THEN e.properties ->> 'currency' END, u.currency)
     FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS u(id, currency, n) JOIN events e ON e.id = u.id
     ORDER BY u.n
     ON CONFLICT (event_id) DO NOTHING`,
  ),
  npsAnswers: statement(
    'stayflow_advance_w_nps',
    `INSERT INTO nps_answers (event_id, customer_id, at, score)
     SELECT id, customer_id, at, stayflow_real(properties -> 'score') FROM events WHERE id = ANY($1::text[])
     ON CONFLICT (event_id) DO NOTHING`,
  ),
};

/** A customer's row as the batch leaves it. */
export interface CustomerWrite {
  id: string;
  attributes: unknown;
  tags: unknown;
  world: unknown;
  segments: readonly string[];
  nextFlipAt: number | null;
  /** Saved whole (updated_at is the batch's now). */
  saved: boolean;
  /** Ends a re-check's lease on them (store README, "Leases"). */
  release: boolean;
}

type RunRow = [string, string, number, string, boolean, number, string, string | null, string | null, number | null, number | null];
interface RunPatch {
  status: string | null;
  reason: string | null;
  endedAt: number | null;
  convertedAt: number | null;
}
interface StepWrite {
  first: [string, number, string, string, string | null, number, number | null];
  /** The visit's last later record: its port and when. */
  leave?: [string | null, number];
}
type Prediction = CustomerPredictions;

function predictionRow(customerId: string, p: Prediction): unknown[] {
  return [customerId, p.pAlive, p.expectedOrders30d, p.expectedOrders90d, p.expectedOrders365d, p.currency ?? null, p.expectedOrderValue ?? null, p.predictedClv ?? null, p.fittedAt, p.scoredAt];
}

/**
 * Ledger rows in rounds holding at most one row per customer. A row's triggers relink its
 * customer's other rows and count the links it finds; PostgreSQL runs a statement's row
 * triggers only once all its rows are in, so two rows of one customer in one statement would
 * each see the other already linked (SQLite runs them row by row). Rows of different
 * customers never touch each other's links, so a round is one statement; a batch usually
 * needs one round.
 */
function rounds<T extends { customer: string }>(rows: Map<string, T>): [string, T][][] {
  const out: [string, T][][] = [];
  const seen = new Map<string, number>();
  for (const entry of rows) {
    const n = seen.get(entry[1].customer) ?? 0;
    seen.set(entry[1].customer, n + 1);
    (out[n] ??= []).push(entry);
  }
  return out;
}

export class PgAdvanceWrites {
  private readonly customers = new Map<string, CustomerWrite>();
  private readonly predictions = new Map<string, Prediction | null>();
  private readonly runs = new Map<string, RunRow>();
  private readonly patches = new Map<string, RunPatch>();
  private readonly conversions: { run: RunState; at: number }[] = [];
  private readonly steps = new Map<string, StepWrite>();
  /** The batch's last word on a timer: stored with these values, or removed (null). */
  private readonly timers = new Map<string, unknown[] | null>();
  private readonly messages = new Map<string, unknown[]>();
  private readonly outbox: { key: string; kind: 'message' | 'webhook'; customer: string; payload: string }[] = [];
  private readonly coupons = new Map<string, unknown[]>();
  private readonly tasks = new Map<string, unknown[]>();
  /** Ledger rows by event id: their customer, and for an order the customer's currency. */
  private readonly orders = new Map<string, { customer: string; currency: string | null }>();
  private readonly npsAnswers = new Map<string, { customer: string; currency: null }>();

  constructor(private readonly options: { now: number; wallNow: number; deliversExternally: (channel: string) => boolean }) {}

  customer(write: CustomerWrite): void {
    const earlier = this.customers.get(write.id);
    this.customers.set(write.id, earlier ? { ...write, saved: write.saved || earlier.saved, release: write.release || earlier.release } : write);
  }

  /** The customer's scores now, or none (their row is removed). */
  prediction(customerId: string, p: Prediction | undefined): void {
    this.predictions.set(customerId, p ?? null);
  }

  /** A run as the customer's world now holds it. */
  run(r: RunState): void {
    this.patches.delete(r.id);
    this.runs.set(r.id, [r.id, r.playbookId, r.version, r.customerId, r.control, r.enteredAt, r.status, r.exitReason ?? null, r.variant ?? null, r.endedAt ?? null, r.converted?.at ?? null]);
  }

  /** A late conversion of a run that had finished before its customer's reaction. */
  convertFinished(r: RunState, at: number): void {
    const row = this.runs.get(r.id);
    if (row) row[10] = at;
    else this.conversions.push({ run: r, at });
  }

  /** An effect's rows (timers go through timer()). */
  effect(effect: Effect): void {
    switch (effect.type) {
      case 'record_step': {
        const key = `${effect.run}\u0000${effect.visit}`;
        const step = this.steps.get(key);
        if (step) step.leave = [effect.port ?? null, effect.at];
        else this.steps.set(key, { first: [effect.run, effect.visit, effect.playbook, effect.node, effect.port ?? null, effect.at, effect.port !== undefined ? effect.at : null] });
        return;
      }
      case 'end_run':
        this.patchRun(effect.run, { status: effect.status, reason: effect.reason, endedAt: effect.at });
        return;
      case 'record_conversion':
        this.patchRun(effect.run, { convertedAt: effect.at });
        return;
      case 'send_message': {
        if (this.messages.has(effect.key)) return;
        const external = this.options.deliversExternally(effect.channel);
        this.messages.set(effect.key, [effect.key, effect.customer, effect.playbook, effect.run, effect.node, effect.channel, effect.subject ?? null, effect.body, external ? 'queued' : 'logged', effect.at, external ? null : effect.at]);
        if (external) {
          const payload = { channel: effect.channel, subject: effect.subject ?? null, body: effect.body, html: effect.html === true };
          this.outbox.push({ key: effect.key, kind: 'message', customer: effect.customer, payload: json(payload) });
        }
        return;
      }
      case 'webhook': {
        const payload = { url: effect.url, method: effect.method, headers: effect.headers, body: effect.body ?? null };
        this.outbox.push({ key: effect.key, kind: 'webhook', customer: effect.customer, payload: json(payload) });
        return;
      }
      case 'issue_coupon':
        if (!this.coupons.has(effect.code)) {
          this.coupons.set(effect.code, [effect.code, effect.customer, effect.playbook, effect.run, effect.node, effect.percent ?? null, effect.amount ?? null, effect.currency ?? null, effect.at, Date.parse(effect.valid_until)]);
        }
        return;
      case 'create_task':
        if (!this.tasks.has(effect.key)) {
          this.tasks.set(effect.key, [effect.key, effect.customer, effect.playbook, effect.run, effect.node, effect.title, effect.assignee ?? null, effect.at, effect.due_at !== undefined ? Date.parse(effect.due_at) : null]);
        }
        return;
      default:
        // Timers go through timer(); start_run, update_customer, add_tag, remove_tag are part of the saved world.
        return;
    }
  }

  /** A timer stored (values) or removed (null) by a reaction. */
  timer(id: string, values: unknown[] | null): void {
    this.timers.set(id, values);
  }

  /** What the batch did to a timer so far: stored, removed, or nothing (undefined). */
  timerState(id: string): 'stored' | 'removed' | undefined {
    if (!this.timers.has(id)) return undefined;
    return this.timers.get(id) === null ? 'removed' : 'stored';
  }

  /** An order event's ledger row; `customerCurrency` is its customer's `currency` attribute right after the reaction. */
  order(eventId: string, customerId: string, customerCurrency: string | null): void {
    if (!this.orders.has(eventId)) this.orders.set(eventId, { customer: customerId, currency: customerCurrency });
  }

  npsAnswer(eventId: string, customerId: string): void {
    if (!this.npsAnswers.has(eventId)) this.npsAnswers.set(eventId, { customer: customerId, currency: null });
  }

  private patchRun(id: string, patch: Partial<RunPatch>): void {
    const row = this.runs.get(id);
    if (row) {
      if (patch.status !== undefined && patch.status !== null) {
        row[6] = patch.status;
        row[7] = patch.reason ?? null;
        row[9] = patch.endedAt ?? null;
      }
      if (patch.convertedAt !== undefined) row[10] = patch.convertedAt;
      return;
    }
    const earlier = this.patches.get(id) ?? { status: null, reason: null, endedAt: null, convertedAt: null };
    this.patches.set(id, { ...earlier, ...patch });
  }

  /** Sends everything gathered, one statement per kind. */
  async flush(client: pg.PoolClient): Promise<void> {
    if (this.customers.size > 0) {
      const rows = [...this.customers.values()].map((c) => [c.id, json(c.attributes), json(c.tags), json(c.world), json(c.segments), c.nextFlipAt, c.saved, c.release]);
      await run(client, Q.customers, [...columns(rows, 8), this.options.now]);
    }
    const predictions = [...this.predictions].filter(([, p]) => p !== null).map(([id, p]) => predictionRow(id, p!));
    const noPredictions = [...this.predictions].filter(([, p]) => p === null).map(([id]) => id);
    if (noPredictions.length > 0) await run(client, Q.deletePredictions, [noPredictions]);
    if (predictions.length > 0) await run(client, Q.predictions, columns(predictions, 10));
    if (this.runs.size > 0) await run(client, Q.runs, columns([...this.runs.values()], 11));
    if (this.patches.size > 0) {
      const rows = [...this.patches].map(([id, p]) => [id, p.status, p.reason, p.endedAt, p.convertedAt]);
      await run(client, Q.patchRuns, columns(rows, 5));
    }
    if (this.conversions.length > 0) {
      const converted = new Set(
        (await run(client, Q.convertFinished, columns(this.conversions.map((c) => [c.run.id, c.at]), 2))).rows.map((r: { id: string }) => r.id),
      );
      for (const { run: r } of this.conversions) {
        if (!converted.has(r.id)) await run(client, Q.convertPruned, [r.playbookId, r.enteredAt, r.control, r.variant ?? '', r.status]);
      }
    }
    if (this.steps.size > 0) {
      const steps = [...this.steps.values()];
      await run(client, Q.steps, columns(steps.map((s) => s.first), 7));
      const leaving = steps.filter((s) => s.leave !== undefined).map((s) => [s.first[0], s.first[1], s.leave![0], s.leave![1]]);
      if (leaving.length > 0) await run(client, Q.leaveSteps, columns(leaving, 4));
    }
    const removed = [...this.timers].filter(([, v]) => v === null).map(([id]) => id);
    const stored = [...this.timers.values()].filter((v): v is unknown[] => v !== null);
    if (removed.length > 0) await run(client, Q.deleteTimers, [removed]);
    if (stored.length > 0) await run(client, Q.timers, columns(stored, 5));
    const inserted = this.messages.size > 0 ? new Set((await run(client, Q.messages, columns([...this.messages.values()], 11))).rows.map((r: { key: string }) => r.key)) : new Set<string>();
    const seen = new Set<string>();
    const outbox = this.outbox.filter((o) => (o.kind === 'webhook' || inserted.has(o.key)) && !seen.has(o.key) && seen.add(o.key)).map((o) => [o.key, o.kind, o.customer, o.payload]);
    if (outbox.length > 0) await run(client, Q.outbox, [...columns(outbox, 4), this.options.wallNow]);
    if (this.coupons.size > 0) await run(client, Q.coupons, columns([...this.coupons.values()], 10));
    if (this.tasks.size > 0) await run(client, Q.tasks, columns([...this.tasks.values()], 9));
    for (const round of rounds(this.orders)) await run(client, Q.orders, [round.map(([id]) => id), round.map(([, o]) => o.currency)]);
    for (const round of rounds(this.npsAnswers)) await run(client, Q.npsAnswers, [round.map(([id]) => id)]);
  }
}
