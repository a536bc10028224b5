import { bigint, boolean, doublePrecision, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** The order ledger (see schema/retention.ts); `prev_at` / `next_at` are kept by triggers (drizzle-pg/, hand-written part). */
export const orders = pgTable(
  'orders',
  {
    eventId: text('event_id').primaryKey(),
    customerId: text('customer_id').notNull(),
    at: bigint('at', { mode: 'number' }).notNull(),
    /** `properties.amount` read as SQLite's CAST(… AS REAL) reads it (the `stayflow_real` function). */
    amount: doublePrecision('amount'),
    currency: text('currency'),
    prevAt: bigint('prev_at', { mode: 'number' }),
    nextAt: bigint('next_at', { mode: 'number' }),
  },
  (t) => [index('orders_customer_at').on(t.customerId, t.at, t.eventId), index('orders_window').on(t.at, t.prevAt, t.nextAt, t.amount, t.currency)],
);

export const npsAnswers = pgTable(
  'nps_answers',
  {
    eventId: text('event_id').primaryKey(),
    customerId: text('customer_id').notNull(),
    at: bigint('at', { mode: 'number' }).notNull(),
    score: doublePrecision('score'),
    nextAt: bigint('next_at', { mode: 'number' }),
  },
  (t) => [index('nps_answers_customer_at').on(t.customerId, t.at, t.eventId), index('nps_answers_window').on(t.at, t.nextAt, t.score)],
);

export const runRollups = pgTable(
  'run_rollups',
  {
    playbookId: text('playbook_id').notNull(),
    enteredDay: bigint('entered_day', { mode: 'number' }).notNull(),
    control: boolean('control').notNull(),
    variant: text('variant').notNull(),
    status: text('status', { enum: ['completed', 'exited'] }).notNull(),
    runs: integer('runs').notNull(),
    converted: integer('converted').notNull(),
  },
  (t) => [primaryKey({ columns: [t.playbookId, t.enteredDay, t.control, t.variant, t.status] })],
);

export const stepRollups = pgTable(
  'step_rollups',
  {
    playbookId: text('playbook_id').notNull(),
    enteredDay: bigint('entered_day', { mode: 'number' }).notNull(),
    node: text('node').notNull(),
    port: text('port').notNull(),
    steps: integer('steps').notNull(),
  },
  (t) => [primaryKey({ columns: [t.playbookId, t.enteredDay, t.node, t.port] })],
);
