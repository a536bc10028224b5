import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * One row per customer. `world` holds the engine's state for the customer (metrics,
 * segment-trigger memberships, retained runs, recent sends) as one JSON value, so a
 * reaction loads and saves one row; `runs` and `run_steps` are projections for queries.
 */
export const customers = sqliteTable('customers', {
  id: text('id').primaryKey(),
  attributes: text('attributes', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  tags: text('tags', { mode: 'json' }).$type<string[]>().notNull(),
  /** The rest of the engine's CustomerWorld (JSON, re-validated on read). */
  world: text('world', { mode: 'json' }).$type<unknown>().notNull(),
  /**
   * The named segments the customer matched when last evaluated (by `advance` when the
   * customer changed, or by a recount): triggers keep `segment_counts` equal to these.
   */
  segments: text('segments', { mode: 'json' }).$type<string[]>().notNull().default([]),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
  /**
   * The earliest instant at which time alone may change one of the customer's rule answers
   * (segment triggers, named segments, `exit_when`: the engine's `nextTimeChange`), null when
   * none can. Written by `advance` and recounts; the runtime re-evaluates the customers whose
   * instant has passed instead of sweeping everyone.
   */
  nextFlipAt: integer('next_flip_at'),
  /** The process re-checking the customer (their `next_flip_at` passed) and until when (wall-clock ms): store README, "Leases". Unused on SQLite. */
  leaseOwner: text('lease_owner'),
  leaseUntil: integer('lease_until'),
}, (t) => [index('customers_next_flip').on(t.nextFlipAt, t.id).where(sql`next_flip_at IS NOT NULL`)]);

export const events = sqliteTable(
  'events',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id').notNull(),
    type: text('type').notNull(),
    at: integer('at').notNull(),
    properties: text('properties', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    receivedAt: integer('received_at').notNull(),
  },
  (t) => [
    index('events_customer_at').on(t.customerId, t.at),
    // No (type, at) index: nothing reads events by type and time (the ledgers answer the metrics), and its
    // inserts, in the random order of the events' times, cost a page per event at scale (drizzle/0004).
    // Pruning walks events by when they were received: the id-dedup window.
    index('events_received_at').on(t.receivedAt),
  ],
);
