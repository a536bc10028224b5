import { integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/*
 * Maintained aggregates: each is kept equal to a count over other tables by SQLite
 * triggers (created, with their back-fill, in drizzle/0003_aggregates.sql and 0005), so every
 * path that writes those tables (advance, pruning, erasure) keeps them right in the same
 * transaction. None holds a customer id. See the store README, "Aggregates".
 *
 * `slot` is always 0 here (one writer at a time); on PostgreSQL concurrent writers add to the
 * rows of their own slot and reads sum a key's rows (schema-pg/aggregates.ts). It is in both
 * schemas so a copy between the stores moves the same columns.
 */

/** The writer's counter slot: always 0 on SQLite (see above). */
const slot = () => integer('slot').notNull().default(0);

/**
 * Orders per UTC day (epoch ms of midnight) and currency ('' for none): how many, how many
 * were a customer's first, their latest, their only one, and their amounts.
 */
export const orderDays = sqliteTable(
  'order_days',
  {
    day: integer('day').notNull(),
    currency: text('currency').notNull(),
    orders: integer('orders').notNull(),
    firstOrders: integer('first_orders').notNull(),
    spent: real('spent').notNull(),
    lastOrders: integer('last_orders').notNull().default(0),
    onlyOrders: integer('only_orders').notNull().default(0),
    slot: slot(),
  },
  (t) => [primaryKey({ columns: [t.day, t.currency] })],
);

/** Each customer's latest NPS answer, counted per UTC day it was given: all, promoters (9–10), detractors (0–6). */
export const npsDays = sqliteTable('nps_days', {
  day: integer('day').primaryKey(),
  latest: integer('latest').notNull(),
  promoters: integer('promoters').notNull(),
  detractors: integer('detractors').notNull(),
  slot: slot(),
});

/** Customers per segment, from `customers.segments`. */
export const segmentCounts = sqliteTable('segment_counts', {
  segment: text('segment').primaryKey(),
  members: integer('members').notNull(),
  slot: slot(),
});

/** Rows per table, for counts that must not scan (`customers`). */
export const tableCounts = sqliteTable('table_counts', {
  name: text('name').primaryKey(),
  rows: integer('rows').notNull(),
  slot: slot(),
});

/**
 * The live `runs` rows, counted per playbook, entry day (UTC), holdout group, variant ('' for
 * none) and status; a pruned run leaves these for `run_rollups`.
 *
 * Same key as `run_rollups` (schema/retention.ts), kept apart on purpose: this table mirrors
 * whatever rows `runs` holds (its triggers subtract on every delete, pruning and erasure
 * alike), while the rollups are written by pruning only and outlive an erasure. One table
 * would need its delete trigger to tell pruning from erasure, which SQLite cannot see.
 */
export const runCounts = sqliteTable(
  'run_counts',
  {
    playbookId: text('playbook_id').notNull(),
    enteredDay: integer('entered_day').notNull(),
    control: integer('control', { mode: 'boolean' }).notNull(),
    variant: text('variant').notNull(),
    status: text('status', { enum: ['active', 'completed', 'exited'] }).notNull(),
    runs: integer('runs').notNull(),
    converted: integer('converted').notNull(),
    slot: slot(),
  },
  (t) => [primaryKey({ columns: [t.playbookId, t.enteredDay, t.control, t.variant, t.status] })],
);

/** The live `run_steps` rows, counted per playbook, their run's entry day, node and port taken ('' for none); apart from `step_rollups` like `run_counts`. */
export const stepCounts = sqliteTable(
  'step_counts',
  {
    playbookId: text('playbook_id').notNull(),
    enteredDay: integer('entered_day').notNull(),
    node: text('node').notNull(),
    port: text('port').notNull(),
    steps: integer('steps').notNull(),
    slot: slot(),
  },
  (t) => [primaryKey({ columns: [t.playbookId, t.enteredDay, t.node, t.port] })],
);
