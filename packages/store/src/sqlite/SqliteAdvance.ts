import { newWorld, type CustomerWorld, type RunState, type WorldCustomer } from '@stayflow/engine';
import { MS_PER_DAY } from '@stayflow/logic';
import type { Statement } from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { runs } from '../schema/index.ts';
import type { AdvanceItem, AdvanceOptions, AdvanceOutcome, Reactor } from '../Store.ts';
import type { SqliteDb } from './openSqlite.ts';
import { SqliteEffectWriter } from './SqliteEffectWriter.ts';
import { auditInserter } from './SqliteAudit.ts';
import { chunks } from './exportCustomer.ts';
import { progressWriter } from './SqliteJobs.ts';
import { decodeWorld, encodeWorld } from './worldCodec.ts';

const p = sql.placeholder;
/** In an upsert's update: the value the insert would have written. */
const excluded = (column: SQLiteColumn) => sql.raw(`excluded."${column.name}"`);

/** A `customers` row as stored and as `advance` writes it, its JSON columns as text. */
interface CustomerRow {
  id: string;
  attributes: string;
  tags: string;
  world: string;
  segments: string;
  nextFlipAt: number | null;
}

/** The most rows one upsert of `customers` writes (8 parameters each). */
const CUSTOMERS_PER_UPSERT = 100;

/** A customer a batch reached: their row as the batch found it, and their world as its items left it so far. */
interface ReachedCustomer {
  /** What the batch needs of the stored row: undefined when there was none. */
  row: { segments: string[]; nextFlipAt: number | null } | undefined;
  /** The world as stored (or a new one) before the batch. */
  loaded: CustomerWorld;
  world: CustomerWorld;
  /** The runs as the `runs` table holds them now. */
  projectedRuns: readonly RunState[];
  /** The memberships the last reaction that looked evaluated, and for which customer state. */
  evaluated: { customer: WorldCustomer; segments: readonly string[] } | undefined;
}

/**
 * The runtime's write path over SQLite: every statement prepared once, run inside one
 * transaction per batch. Building a query per write cost more than SQLite's own work.
 */
export class SqliteAdvance {
  private readonly loadCustomer;
  private readonly insertEvent;
  /** The multi-row upserts of `customers`, by their number of rows (`upsertCustomers`). */
  private readonly upsertCustomersOf = new Map<number, Statement<unknown[]>>();
  private readonly upsertRun;
  private readonly insertOrder;
  private readonly insertNpsAnswer;
  private readonly convertFinishedRun;
  private readonly convertPrunedRun;
  private readonly writeProgress;
  private readonly updateFlip;
  private readonly updateSegments;
  private readonly upsertPrediction;
  private readonly deletePrediction;
  private readonly insertAudit;
  /** Writes what each reaction did besides the customer's world (steps, timers, messages, …). */
  private readonly effects: SqliteEffectWriter;

  constructor(private readonly db: SqliteDb) {
    this.writeProgress = progressWriter(db);
    this.insertAudit = auditInserter(db);
    this.effects = new SqliteEffectWriter(db);
    this.updateFlip = db.$client.prepare<{ id: string; at: number | null }>('UPDATE customers SET next_flip_at = @at WHERE id = @id');
    this.updateSegments = db.$client.prepare<{ id: string; segments: string }>('UPDATE customers SET segments = @segments WHERE id = @id');
    this.upsertPrediction = db.$client.prepare(
      `INSERT OR REPLACE INTO customer_predictions (customer_id, p_alive, expected_orders_30d, expected_orders_90d, expected_orders_365d, currency, expected_order_value, predicted_clv, fitted_at, scored_at)
       VALUES (@customerId, @pAlive, @expectedOrders30d, @expectedOrders90d, @expectedOrders365d, @currency, @expectedOrderValue, @predictedClv, @fittedAt, @scoredAt)`,
    );
    this.deletePrediction = db.$client.prepare(`DELETE FROM customer_predictions WHERE customer_id = ?`);
    // The three statements run for every event and customer are better-sqlite3's own: drizzle's
    // placeholder filling and row mapping cost more than SQLite's work. JSON columns are
    // written and read as drizzle's `mode: 'json'` does (JSON.stringify, JSON.parse).
    this.loadCustomer = db.$client.prepare<[string], CustomerRow>(
      'SELECT id, attributes, tags, world, segments, next_flip_at AS nextFlipAt FROM customers WHERE id = ?',
    );
    this.insertEvent = db.$client.prepare<[string, string, string, number, string, number]>(
      'INSERT INTO events (id, customer_id, type, at, properties, received_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
    );
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
    // The ledgers (schema/retention.ts), read back from the stored event with the same
    // expressions as the back-fill in drizzle/0001_retention.sql, so both agree to the bit;
    // the customer's currency (the back-fill's `json_type(c.attributes, '$.currency') = 'text'`)
    // is passed in, as the customer's row is written at the end of the batch.
    // Triggers (drizzle/0003_aggregates.sql, 0005) link each row to the customer's previous and next
    // one and keep `order_days`; runs, steps and customers keep their counts the same way.
    this.insertOrder = db.$client.prepare(`
      INSERT OR IGNORE INTO orders (event_id, customer_id, at, amount, currency)
      SELECT e.id, e.customer_id, e.at, CAST(json_extract(e.properties, '$.amount') AS REAL),
             COALESCE(CASE WHEN json_type(e.properties, '$.currency') = 'text' THEN json_extract(e.properties, '$.currency') END, @customerCurrency)
      FROM events e WHERE e.id = @eventId`);
    this.insertNpsAnswer = db.$client.prepare(`
      INSERT OR IGNORE INTO nps_answers (event_id, customer_id, at, score)
      SELECT id, customer_id, at, CAST(json_extract(properties, '$.score') AS REAL) FROM events WHERE id = ?`);
    this.convertFinishedRun = db.$client.prepare('UPDATE runs SET converted_at = @at WHERE id = @id');
    this.convertPrunedRun = db.$client.prepare(`
      UPDATE run_rollups SET converted = converted + 1
      WHERE playbook_id = @playbookId AND entered_day = @enteredAt - (@enteredAt % ${MS_PER_DAY}) AND control = @control AND variant = @variant AND status = @status`);
  }

  /**
   * Applies the items in order in one transaction. A customer's world is read and decoded once
   * per batch and kept in memory across their items (an import sends each customer's events one
   * after the other); their row (world, segments, `next_flip_at`) and model scores are written
   * once, after the last item. Their runs are projected before an item's effects are written,
   * as those effects' statements and triggers read the `runs` rows (a step's entry day, a run
   * ended or converted); an order's currency is taken from the customer as the reaction left them.
   */
  run(items: readonly AdvanceItem[], reactor: Reactor, options: AdvanceOptions): AdvanceOutcome {
    return this.db.transaction(() => {
      const outcome: AdvanceOutcome = { accepted: 0, duplicates: 0, applied: [], effects: [] };
      const reached = new Map<string, ReachedCustomer>();
      for (const item of items) {
        if (item.event) {
          const { id, customerId, type, at, properties, receivedAt } = item.event;
          const stored = this.insertEvent.run(id, customerId, type, at, JSON.stringify(properties), receivedAt);
          if (stored.changes === 0) {
            outcome.duplicates++;
            outcome.applied.push(false);
            continue;
          }
        }
        // A timer that is gone was consumed already, or erased with its customer: firing it must not recreate them.
        if (item.timerId !== undefined && !this.effects.removeTimer(item.timerId)) {
          outcome.applied.push(false);
          continue;
        }
        outcome.accepted++;
        outcome.applied.push(true);
        if (item.audit !== undefined) this.insertAudit(item.audit);
        let customer = reached.get(item.customerId);
        if (customer === undefined) {
          customer = this.reach(item.customerId);
          reached.set(item.customerId, customer);
        }
        const result = reactor(customer.world, item.input);
        const { world, effects } = result;
        customer.world = world;
        if (result.segments !== undefined) customer.evaluated = { customer: world.customer, segments: result.segments };
        if (item.event) this.recordInLedger(item.event.id, item.event.type, world.customer.attributes);
        if (effects.length > 0) {
          this.saveRuns(customer.projectedRuns, world.runs);
          customer.projectedRuns = world.runs;
          for (const effect of effects) this.effects.write(effect, options);
          outcome.effects.push(...effects);
        }
      }
      const rows: CustomerRow[] = [];
      for (const [customerId, customer] of reached) {
        const row = this.saveCustomer(customerId, customer, options);
        if (row !== undefined) rows.push(row);
      }
      this.upsertCustomers(rows, options.now);
      if (options.progress !== undefined) this.writeProgress(options.progress);
      return outcome;
    });
  }

  /** A customer's stored row and world, as the first of their items in a batch finds them. */
  private reach(customerId: string): ReachedCustomer {
    const stored = this.loadCustomer.get(customerId);
    if (stored === undefined) {
      const world = newWorld({ id: customerId });
      return { row: undefined, loaded: world, world, projectedRuns: world.runs, evaluated: undefined };
    }
    const row = { segments: JSON.parse(stored.segments) as string[], nextFlipAt: stored.nextFlipAt };
    const loaded = decodeWorld(stored.id, JSON.parse(stored.attributes), JSON.parse(stored.tags), JSON.parse(stored.world));
    return { row, loaded, world: loaded, projectedRuns: loaded.runs, evaluated: undefined };
  }

  /**
   * Writes what a batch changed of a customer: the runs not projected yet and their model scores,
   * returning their row for `upsertCustomers`; or only `next_flip_at` and, when asked, the segments.
   */
  private saveCustomer(customerId: string, customer: ReachedCustomer, options: AdvanceOptions): CustomerRow | undefined {
    const { row, loaded, world } = customer;
    const stored = row?.nextFlipAt ?? null;
    const nextFlipAt = options.nextFlipOf === undefined ? stored : options.nextFlipOf(world);
    const evaluated = customer.evaluated?.customer === world.customer ? customer.evaluated.segments : undefined;
    if (world !== loaded || !row) {
      this.saveRuns(customer.projectedRuns, world.runs);
      this.savePredictions(customerId, loaded, world);
      return {
        id: customerId,
        attributes: JSON.stringify(world.customer.attributes),
        tags: JSON.stringify(world.customer.tags),
        world: JSON.stringify(encodeWorld(world)),
        segments: JSON.stringify(this.segmentsAfter(row?.segments, loaded, world, evaluated, options)),
        nextFlipAt,
      };
    }
    if (nextFlipAt !== stored) this.updateFlip.run({ id: customerId, at: nextFlipAt });
    if (options.refreshSegments === true && options.segmentsOf !== undefined) {
      const segments = JSON.stringify(evaluated ?? options.segmentsOf(world.customer));
      if (segments !== JSON.stringify(row.segments)) this.updateSegments.run({ id: customerId, segments });
    }
    return undefined;
  }

  /**
   * Upserts the batch's customer rows, the last writes of its transaction, in statements of up
   * to `CUSTOMERS_PER_UPSERT` rows. The search index's triggers (drizzle/0016) add each row's
   * trigrams to FTS5's pending terms, which FTS5 writes out as a new segment at every statement
   * journal's savepoint: a statement per customer made a segment per customer, each merged
   * again and again as the index grows (store README, "Reads at a million customers", search).
   */
  private upsertCustomers(rows: readonly CustomerRow[], now: number): void {
    for (const chunk of chunks(rows, CUSTOMERS_PER_UPSERT)) {
      this.upsertCustomersStatement(chunk.length).run(chunk.flatMap((r) => [r.id, r.attributes, r.tags, r.world, r.segments, now, now, r.nextFlipAt]));
    }
  }

  private upsertCustomersStatement(rows: number): Statement<unknown[]> {
    let statement = this.upsertCustomersOf.get(rows);
    if (statement === undefined) {
      statement = this.db.$client.prepare<unknown[]>(
        `INSERT INTO customers (id, attributes, tags, world, segments, created_at, updated_at, next_flip_at)
         VALUES ${Array.from({ length: rows }, () => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
         ON CONFLICT (id) DO UPDATE SET attributes = excluded.attributes, tags = excluded.tags, world = excluded.world,
           segments = excluded.segments, updated_at = excluded.updated_at, next_flip_at = excluded.next_flip_at`,
      );
      this.upsertCustomersOf.set(rows, statement);
    }
    return statement;
  }

  /**
   * The customer's segment memberships to store: when the customer (not only their runs)
   * changed, the ones a reaction already evaluated for the customer as they are now
   * (`ReactResult.segments`), else evaluated with `segmentsOf`; as stored otherwise.
   * Triggers keep `segment_counts` equal to them.
   */
  private segmentsAfter(stored: string[] | undefined, before: CustomerWorld, after: CustomerWorld, evaluated: readonly string[] | undefined, options: AdvanceOptions): string[] {
    if (options.segmentsOf === undefined || (stored !== undefined && after.customer === before.customer && options.refreshSegments !== true)) return stored ?? [];
    return [...(evaluated ?? options.segmentsOf(after.customer))];
  }

  /** Projects the customer's model scores into `customer_predictions` when they changed (the world is the source of truth). */
  private savePredictions(customerId: string, before: CustomerWorld, after: CustomerWorld): void {
    const predictions = after.customer.metrics.predictions;
    if (predictions === before.customer.metrics.predictions) return;
    if (predictions === undefined) this.deletePrediction.run(customerId);
    else this.upsertPrediction.run({ customerId, ...predictions });
  }

  /** Orders and NPS answers also go to their ledgers, which outlive the raw events. An order without its own currency is in the customer's. */
  private recordInLedger(eventId: string, type: string, attributes: Record<string, unknown>): void {
    if (type === 'order_placed') this.insertOrder.run({ eventId, customerCurrency: typeof attributes.currency === 'string' ? attributes.currency : null });
    else if (type === 'nps_submitted') this.insertNpsAnswer.run(eventId);
  }

  /** Projects the runs that changed into the `runs` table (the world is the source of truth). */
  private saveRuns(before: readonly RunState[], after: readonly RunState[]): void {
    if (before === after) return;
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

}
