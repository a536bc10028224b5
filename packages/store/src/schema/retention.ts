import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The order ledger: one row per stored `order_placed` event, written in the same
 * transaction as the event (and back-filled by migration 0001). Retention metrics read
 * it, so raw events can be pruned without changing them; churn models will read it too.
 */
export const orders = sqliteTable(
  'orders',
  {
    eventId: text('event_id').primaryKey(),
    customerId: text('customer_id').notNull(),
    at: integer('at').notNull(),
    /** `properties.amount` as SQLite casts it to REAL; null when the event had none. */
    amount: real('amount'),
    /** `properties.currency`, else the customer's `currency` attribute when the order was stored. */
    currency: text('currency'),
    /**
     * The customer's previous and next order (by `at`, then `event_id`): null for their first
     * and their latest. Kept by triggers (drizzle/0003_aggregates.sql, 0005) on every insert and
     * delete, so a window's buyers are one range scan (store README, "Aggregates").
     */
    prevAt: integer('prev_at'),
    nextAt: integer('next_at'),
  },
  (t) => [
    index('orders_customer_at').on(t.customerId, t.at, t.eventId),
    // Covers every retention and money query over a time range: no table row is read (a partial day's
    // orders per currency read 14,000 table rows, 65 ms, at a million customers without `currency`).
    index('orders_window').on(t.at, t.prevAt, t.nextAt, t.amount, t.currency),
  ],
);

/** The NPS ledger: one row per stored `nps_submitted` event (see `orders`). */
export const npsAnswers = sqliteTable(
  'nps_answers',
  {
    eventId: text('event_id').primaryKey(),
    customerId: text('customer_id').notNull(),
    at: integer('at').notNull(),
    /** `properties.score` as SQLite casts it to REAL. */
    score: real('score'),
    /** When the customer answered next (by `at`, then `event_id`); null for their latest answer. Kept by triggers, like `orders.prev_at`. */
    nextAt: integer('next_at'),
  },
  (t) => [index('nps_answers_customer_at').on(t.customerId, t.at, t.eventId), index('nps_answers_window').on(t.at, t.nextAt, t.score)],
);

/**
 * Pruned runs, counted per playbook, entry day (UTC midnight, epoch ms), holdout group,
 * variant ('' for none) and final status. No customer ids: nothing here is personal.
 * `stats` adds these to the live rows' `run_counts` (schema/aggregates.ts): the same key, a
 * separate table because these are written by pruning only and survive an erasure, while
 * `run_counts` follows every delete from `runs`.
 */
export const runRollups = sqliteTable(
  'run_rollups',
  {
    playbookId: text('playbook_id').notNull(),
    enteredDay: integer('entered_day').notNull(),
    control: integer('control', { mode: 'boolean' }).notNull(),
    variant: text('variant').notNull(),
    status: text('status', { enum: ['completed', 'exited'] }).notNull(),
    runs: integer('runs').notNull(),
    converted: integer('converted').notNull(),
  },
  (t) => [primaryKey({ columns: [t.playbookId, t.enteredDay, t.control, t.variant, t.status] })],
);

/** The steps of pruned runs, counted per playbook, their run's entry day, node and port taken ('' for none); beside `step_counts` like `run_rollups`. */
export const stepRollups = sqliteTable(
  'step_rollups',
  {
    playbookId: text('playbook_id').notNull(),
    enteredDay: integer('entered_day').notNull(),
    node: text('node').notNull(),
    port: text('port').notNull(),
    steps: integer('steps').notNull(),
  },
  (t) => [primaryKey({ columns: [t.playbookId, t.enteredDay, t.node, t.port] })],
);
