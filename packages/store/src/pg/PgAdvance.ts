import { newWorld, type CustomerWorld, type Effect, type ReactResult, type RunState } from '@stayflow/engine';
import type pg from 'pg';
import type { NewAuditRecord } from '../AuditRepository.ts';
import { decodeWorld, encodeWorld } from '../sqlite/worldCodec.ts';
import type { AdvanceItem, AdvanceOptions, AdvanceOutcome, Reactor } from '../Store.ts';
import type { PgDb } from './openPg.ts';
import { insertAuditRows } from './PgAudit.ts';
import { writeProgress } from './PgJobs.ts';
import { PgAdvanceWrites } from './PgAdvanceWrites.ts';
import { inTransaction, json, run, statement } from './pgTransaction.ts';

const Q = {
  // Every customer of the batch, in id order, in one statement: the ones not stored yet are inserted (empty: the
  // reaction fills them in; an unused one is removed before commit), the others locked (ON CONFLICT DO UPDATE locks
  // the row even when its WHERE is false). Their rows stay locked until the batch commits, so no other process
  // advances them meanwhile, and two batches sharing customers lock them in the same order: neither waits for the
  // other while holding what the other needs. Returns the ids it inserted.
  lockCustomers: statement(
    'stayflow_advance_lock_customers',
    `INSERT INTO customers (id, attributes, tags, world, segments, created_at, updated_at, next_flip_at)
     SELECT id, '{}'::jsonb, '[]'::jsonb, world, '[]'::jsonb, $3, $3, NULL FROM unnest($1::text[], $2::jsonb[]) AS c(id, world) ORDER BY id
     ON CONFLICT (id) DO UPDATE SET id = excluded.id WHERE false
     RETURNING id`,
  ),
  // Saving a customer's `next_flip_at` (or the customer) ends a re-check's lease on them (store README, "Leases").
  loadCustomers: statement('stayflow_advance_load', 'SELECT id, attributes, tags, world, segments, next_flip_at FROM customers WHERE id = ANY($1::text[])'),
  removeUnused: statement('stayflow_advance_remove_unused', 'DELETE FROM customers WHERE id = ANY($1::text[])'),
  // The batch's events, in id order (two batches holding the same new event wait in one order), de-duplicated by id.
  insertEvents: statement(
    'stayflow_advance_events',
    `INSERT INTO events (id, customer_id, type, at, properties, received_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::jsonb[], $6::bigint[]) ORDER BY 1
     ON CONFLICT (id) DO NOTHING RETURNING id`,
  ),
  deleteTimers: statement('stayflow_advance_delete_timers', 'DELETE FROM timers WHERE id = ANY($1::text[]) RETURNING id'),
  deleteTimer: statement('stayflow_advance_delete_timer', 'DELETE FROM timers WHERE id = $1'),
};

interface CustomerRow {
  id: string;
  attributes: unknown;
  tags: unknown;
  world: unknown;
  segments: string[];
  next_flip_at: number | null;
}

/** A customer of the batch as this transaction last wrote them; `fresh` until the first reaction saves one inserted empty. */
interface Held {
  row: CustomerRow;
  fresh: boolean;
}

/**
 * The timers the batch's timer items consume, removed in one statement before the first reaction: 'taken' when it
 * removed the row and no reaction has touched it since; 'gone' when there was none, or a reaction cancelled it;
 * 'rescheduled' when a reaction stored it again. An item consumes its timer as SQLite's one-by-one DELETE would.
 */
type TimerState = 'taken' | 'gone' | 'rescheduled';

/** One batch's working state: its customers, its timers, the writes it will send at its end. */
interface Batch {
  client: pg.PoolClient;
  held: Map<string, Held>;
  timers: Map<string, TimerState>;
  writes: PgAdvanceWrites;
}

/**
 * The runtime's write path over PostgreSQL: one transaction per call. Its customers are locked
 * (and the new ones inserted) in id order in one statement before anything else, its events
 * stored in one statement, de-duplicated by their primary key (INSERT … ON CONFLICT DO NOTHING,
 * so it holds across processes), its timers taken in one statement. Transactions of other
 * processes wait only for shared customers; the maintained counters they all update never make
 * them wait (each writes its own slot's rows: drizzle-pg/0005_counter_slots.sql). Statements are
 * named, so each connection parses them once. Store README, "PostgreSQL".
 */
export class PgAdvance {
  constructor(private readonly db: PgDb) {}

  async run(items: readonly AdvanceItem[], reactor: Reactor, options: AdvanceOptions): Promise<AdvanceOutcome> {
    return inTransaction(this.db, async (client) => {
      const outcome: AdvanceOutcome = { accepted: 0, duplicates: 0, applied: [], effects: [] };
      if (items.length === 0) {
        if (options.progress !== undefined) await writeProgress(client, options.progress);
        return outcome;
      }
      const batch: Batch = { client, held: await this.lockCustomers(client, items, options.now), timers: new Map(), writes: new PgAdvanceWrites(options) };
      const stored = await this.insertEvents(client, items);
      const timerIds = [...new Set(items.filter((i) => i.event === undefined && i.timerId !== undefined).map((i) => i.timerId!))];
      if (timerIds.length > 0) {
        const taken = new Set((await run(client, Q.deleteTimers, [timerIds])).rows.map((r: { id: string }) => r.id));
        for (const id of timerIds) batch.timers.set(id, taken.has(id) ? 'taken' : 'gone');
      }
      const audits: NewAuditRecord[] = [];
      for (const item of items) {
        if (item.event && !stored.delete(item.event.id)) {
          outcome.duplicates++;
          outcome.applied.push(false);
          continue;
        }
        // A timer that is gone was consumed already (by this or another process), or erased with its customer.
        if (item.timerId !== undefined && !(await this.consumeTimer(batch, item.timerId))) {
          outcome.applied.push(false);
          continue;
        }
        outcome.accepted++;
        outcome.applied.push(true);
        if (item.audit !== undefined) audits.push(item.audit);
        const effects = this.react(batch, item, reactor, options);
        if (item.event) this.recordInLedger(batch, item.event);
        for (const effect of effects) this.write(batch, effect);
        outcome.effects.push(...effects);
      }
      await batch.writes.flush(client);
      if (audits.length > 0) await insertAuditRows(client, audits);
      const unused = [...batch.held.values()].filter((h) => h.fresh).map((h) => h.row.id);
      if (unused.length > 0) await run(client, Q.removeUnused, [unused]);
      if (options.progress !== undefined) await writeProgress(client, options.progress);
      return outcome;
    });
  }

  /** Locks every customer of the batch (inserting the new ones empty), in id order, and reads them. */
  private async lockCustomers(client: pg.PoolClient, items: readonly AdvanceItem[], now: number): Promise<Map<string, Held>> {
    const ids = [...new Set(items.map((i) => i.customerId))].sort();
    const empty = ids.map((id) => json(encodeWorld(newWorld({ id }))));
    const inserted = new Set((await run(client, Q.lockCustomers, [ids, empty, now])).rows.map((r: { id: string }) => r.id));
    const held = new Map<string, Held>();
    for (const row of (await run(client, Q.loadCustomers, [ids])).rows as CustomerRow[]) held.set(row.id, { row, fresh: inserted.has(row.id) });
    return held;
  }

  /** Stores the batch's events (the first of any id repeated within it); the ids stored now, not before. */
  private async insertEvents(client: pg.PoolClient, items: readonly AdvanceItem[]): Promise<Set<string>> {
    const events = new Map<string, NonNullable<AdvanceItem['event']>>();
    for (const item of items) if (item.event && !events.has(item.event.id)) events.set(item.event.id, item.event);
    if (events.size === 0) return new Set();
    const list = [...events.values()];
    const { rows } = await run(client, Q.insertEvents, [
      list.map((e) => e.id),
      list.map((e) => e.customerId),
      list.map((e) => e.type),
      list.map((e) => e.at),
      list.map((e) => json(e.properties)),
      list.map((e) => e.receivedAt),
    ]);
    return new Set(rows.map((r: { id: string }) => r.id));
  }

  /** Whether the item's timer was still there to consume (see TimerState). */
  private async consumeTimer(batch: Batch, id: string): Promise<boolean> {
    const state = batch.timers.get(id);
    batch.timers.delete(id);
    if (state === 'taken') return true;
    if (state === 'gone') return false;
    const written = batch.writes.timerState(id);
    if (written === undefined) return (await run(batch.client, Q.deleteTimer, [id])).rowCount === 1;
    batch.writes.timer(id, null);
    return written === 'stored';
  }

  /** A reaction's timer stored again (values), or removed (null), while the batch may still hold an item consuming it. */
  private storeTimer(batch: Batch, id: string, values: unknown[] | null): void {
    const state = batch.timers.get(id);
    if (values === null) {
      if (state !== 'taken') batch.writes.timer(id, null);
      if (state !== undefined) batch.timers.set(id, 'gone');
      return;
    }
    // Already removed for an item still to come, which will consume it: as if stored and then removed.
    if (state === 'taken') return;
    batch.writes.timer(id, values);
    if (state !== undefined) batch.timers.set(id, 'rescheduled');
  }

  /** Reacts with the customer (held locked since the batch began); their new state is written at the batch's end. */
  private react(batch: Batch, item: AdvanceItem, reactor: Reactor, options: AdvanceOptions): Effect[] {
    const held = batch.held.get(item.customerId);
    if (held === undefined) throw new Error(`Customer ${item.customerId} was not locked for this batch; the store cannot advance them.`);
    const row = held.fresh ? undefined : held.row;
    const before = row ? decodeWorld(row.id, row.attributes, row.tags, row.world) : newWorld({ id: item.customerId });
    const result = reactor(before, item.input);
    const { world } = result;
    const stored = row?.next_flip_at ?? null;
    const nextFlipAt = options.nextFlipOf === undefined ? stored : options.nextFlipOf(world);
    if (row && world === before) {
      const flipChanged = nextFlipAt !== stored;
      let segmentsChanged = false;
      if (options.refreshSegments === true && options.segmentsOf !== undefined) {
        const segments = result.segments ?? options.segmentsOf(world.customer);
        if (json(segments) !== json(row.segments)) {
          row.segments = [...segments];
          segmentsChanged = true;
        }
      }
      row.next_flip_at = nextFlipAt;
      if (flipChanged || segmentsChanged) {
        const { id, attributes, tags, world: encoded, segments } = row;
        batch.writes.customer({ id, attributes, tags, world: encoded, segments, nextFlipAt, saved: false, release: flipChanged });
      }
      return result.effects;
    }
    const segments = this.segmentsAfter(row?.segments, before, result, options);
    const encoded = encodeWorld(world);
    const { attributes, tags } = world.customer;
    batch.held.set(item.customerId, { row: { id: item.customerId, attributes, tags, world: encoded, segments, next_flip_at: nextFlipAt }, fresh: false });
    batch.writes.customer({ id: item.customerId, attributes, tags, world: encoded, segments, nextFlipAt, saved: true, release: true });
    this.saveRuns(batch, before.runs, world.runs);
    const p = world.customer.metrics.predictions;
    if (p !== before.customer.metrics.predictions) batch.writes.prediction(item.customerId, p);
    return result.effects;
  }

  /** As on SQLite (SqliteAdvance.segmentsAfter): the reaction's own answer, else `segmentsOf`, when the customer changed. */
  private segmentsAfter(stored: string[] | undefined, before: CustomerWorld, result: ReactResult, options: AdvanceOptions): string[] {
    const after = result.world;
    if (options.segmentsOf === undefined || (stored !== undefined && after.customer === before.customer && options.refreshSegments !== true)) return stored ?? [];
    return [...(result.segments ?? options.segmentsOf(after.customer))];
  }

  /** An order's or NPS answer's ledger row; an order without a currency takes its customer's as the reaction left them. */
  private recordInLedger(batch: Batch, event: NonNullable<AdvanceItem['event']>): void {
    if (event.type === 'order_placed') {
      const currency = (batch.held.get(event.customerId)?.row.attributes as Record<string, unknown> | undefined)?.currency;
      batch.writes.order(event.id, event.customerId, typeof currency === 'string' ? currency : null);
    } else if (event.type === 'nps_submitted') batch.writes.npsAnswer(event.id, event.customerId);
  }

  /** The runs the reaction changed; a late conversion of a finished run (counted in its rollup when the run was pruned meanwhile). */
  private saveRuns(batch: Batch, before: readonly RunState[], after: readonly RunState[]): void {
    const unchanged = new Set(before);
    const finishedBefore = new Set(before.filter((r) => r.status !== 'active').map((r) => r.id));
    for (const r of after) {
      if (unchanged.has(r)) continue;
      if (finishedBefore.has(r.id)) {
        if (r.converted !== undefined) batch.writes.convertFinished(r, r.converted.at);
        continue;
      }
      batch.writes.run(r);
    }
  }

  private write(batch: Batch, effect: Effect): void {
    switch (effect.type) {
      case 'schedule_timer':
        this.storeTimer(batch, effect.timer, [effect.timer, effect.at, 'run', effect.customer, effect.playbook]);
        return;
      case 'cancel_timer':
        this.storeTimer(batch, effect.timer, null);
        return;
      case 'schedule_date': {
        const id = `date:${effect.playbook}:${effect.customer}`;
        this.storeTimer(batch, id, effect.at === null ? null : [id, effect.at, 'date', effect.customer, effect.playbook]);
        return;
      }
      default:
        batch.writes.effect(effect);
    }
  }
}
