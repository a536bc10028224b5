import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';

/** PostgreSQL twin of schema/customers.ts (same tables and columns; see the store README, "PostgreSQL"). */
export const customers = pgTable('customers', {
  id: text('id').primaryKey(),
  attributes: jsonb('attributes').$type<Record<string, unknown>>().notNull(),
  tags: jsonb('tags').$type<string[]>().notNull(),
  /** The rest of the engine's CustomerWorld (re-validated on read). */
  world: jsonb('world').$type<unknown>().notNull(),
  /** The named segments the customer matched when last evaluated: triggers keep `segment_counts` equal to these. */
  segments: jsonb('segments').$type<string[]>().notNull().default([]),
  createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  updatedAt: bigint('updated_at', { mode: 'number' }).notNull(),
  /** The earliest instant at which time alone may change one of the customer's rule answers; null when none can. */
  nextFlipAt: bigint('next_flip_at', { mode: 'number' }),
  /** The process re-checking the customer (their `next_flip_at` passed) and until when (wall-clock ms): store README, "Leases". */
  leaseOwner: text('lease_owner'),
  leaseUntil: bigint('lease_until', { mode: 'number' }),
}, (t) => [index('customers_next_flip').on(t.nextFlipAt, t.id).where(sql`next_flip_at IS NOT NULL`)]);

export const events = pgTable(
  'events',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id').notNull(),
    type: text('type').notNull(),
    at: bigint('at', { mode: 'number' }).notNull(),
    properties: jsonb('properties').$type<Record<string, unknown>>().notNull(),
    receivedAt: bigint('received_at', { mode: 'number' }).notNull(),
  },
  (t) => [index('events_customer_at').on(t.customerId, t.at), index('events_received_at').on(t.receivedAt)],
);
