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
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

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
    index('events_type_at').on(t.type, t.at),
    // Pruning walks events by when they were received: the id-dedup window.
    index('events_received_at').on(t.receivedAt),
  ],
);
