import { bigint, boolean, doublePrecision, integer, pgTable, primaryKey, smallint, text } from 'drizzle-orm/pg-core';

/*
 * Maintained aggregates (see schema/aggregates.ts), kept by PL/pgSQL triggers in drizzle-pg/ (hand-written part).
 * Each counter is split over `slot`s: a writing transaction adds its changes to the rows of the one slot it holds
 * (stayflow_counter_slot(), drizzle-pg/0004), so concurrent transactions never wait for, or deadlock on, each
 * other's counter rows; a read sums a key's rows (at most COUNTER_SLOTS of them). Store README, "PostgreSQL".
 */

/** The writer's counter slot, 0 … COUNTER_SLOTS − 1 (drizzle-pg/0004): part of every counter's key. */
const slot = () => smallint('slot').notNull().default(0);

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
    slot: slot(),
  },
  (t) => [primaryKey({ columns: [t.day, t.currency, t.slot] })],
);

export const npsDays = pgTable(
  'nps_days',
  {
    day: bigint('day', { mode: 'number' }).notNull(),
    latest: integer('latest').notNull(),
    promoters: integer('promoters').notNull(),
    detractors: integer('detractors').notNull(),
    slot: slot(),
  },
  (t) => [primaryKey({ columns: [t.day, t.slot] })],
);

export const segmentCounts = pgTable(
  'segment_counts',
  {
    segment: text('segment').notNull(),
    members: integer('members').notNull(),
    slot: slot(),
  },
  (t) => [primaryKey({ columns: [t.segment, t.slot] })],
);

export const tableCounts = pgTable(
  'table_counts',
  {
    name: text('name').notNull(),
    rows: bigint('rows', { mode: 'number' }).notNull(),
    slot: slot(),
  },
  (t) => [primaryKey({ columns: [t.name, t.slot] })],
);

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
    slot: slot(),
  },
  (t) => [primaryKey({ columns: [t.playbookId, t.enteredDay, t.control, t.variant, t.status, t.slot] })],
);

export const stepCounts = pgTable(
  'step_counts',
  {
    playbookId: text('playbook_id').notNull(),
    enteredDay: bigint('entered_day', { mode: 'number' }).notNull(),
    node: text('node').notNull(),
    port: text('port').notNull(),
    steps: integer('steps').notNull(),
    slot: slot(),
  },
  (t) => [primaryKey({ columns: [t.playbookId, t.enteredDay, t.node, t.port, t.slot] })],
);
