import { bigint, boolean, doublePrecision, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/* Maintained aggregates (see schema/aggregates.ts), kept by PL/pgSQL triggers in drizzle-pg/ (hand-written part). */

export const orderDays = pgTable(
  'order_days',
  {
    day: bigint('day', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    orders: integer('orders').notNull(),
    firstOrders: integer('first_orders').notNull(),
    spent: doublePrecision('spent').notNull(),
    lastOrders: integer('last_orders').notNull().default(0),
    onlyOrders: integer('only_orders').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.currency] })],
);

export const npsDays = pgTable('nps_days', {
  day: bigint('day', { mode: 'number' }).primaryKey(),
  latest: integer('latest').notNull(),
  promoters: integer('promoters').notNull(),
  detractors: integer('detractors').notNull(),
});

export const segmentCounts = pgTable('segment_counts', {
  segment: text('segment').primaryKey(),
  members: integer('members').notNull(),
});

export const tableCounts = pgTable('table_counts', {
  name: text('name').primaryKey(),
  rows: bigint('rows', { mode: 'number' }).notNull(),
});

export const runCounts = pgTable(
  'run_counts',
  {
    playbookId: text('playbook_id').notNull(),
    enteredDay: bigint('entered_day', { mode: 'number' }).notNull(),
    control: boolean('control').notNull(),
    variant: text('variant').notNull(),
    status: text('status', { enum: ['active', 'completed', 'exited'] }).notNull(),
    runs: integer('runs').notNull(),
    converted: integer('converted').notNull(),
  },
  (t) => [primaryKey({ columns: [t.playbookId, t.enteredDay, t.control, t.variant, t.status] })],
);

export const stepCounts = pgTable(
  'step_counts',
  {
    playbookId: text('playbook_id').notNull(),
    enteredDay: bigint('entered_day', { mode: 'number' }).notNull(),
    node: text('node').notNull(),
    port: text('port').notNull(),
    steps: integer('steps').notNull(),
  },
  (t) => [primaryKey({ columns: [t.playbookId, t.enteredDay, t.node, t.port] })],
);
