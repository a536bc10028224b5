import { bigint, doublePrecision, index, pgTable, text } from 'drizzle-orm/pg-core';

export const coupons = pgTable(
  'coupons',
  {
    code: text('code').primaryKey(),
    customerId: text('customer_id').notNull(),
    playbookId: text('playbook_id').notNull(),
    runId: text('run_id').notNull(),
    node: text('node').notNull(),
    percent: doublePrecision('percent'),
    amount: doublePrecision('amount'),
    currency: text('currency'),
    issuedAt: bigint('issued_at', { mode: 'number' }).notNull(),
    validUntil: bigint('valid_until', { mode: 'number' }).notNull(),
    redeemedAt: bigint('redeemed_at', { mode: 'number' }),
  },
  (t) => [index('coupons_customer').on(t.customerId), index('coupons_issued').on(t.issuedAt, t.currency, t.amount)],
);

export const tasks = pgTable(
  'tasks',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id').notNull(),
    playbookId: text('playbook_id').notNull(),
    runId: text('run_id').notNull(),
    node: text('node').notNull(),
    title: text('title').notNull(),
    assignee: text('assignee'),
    status: text('status', { enum: ['open', 'done', 'cancelled'] }).notNull(),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
    dueAt: bigint('due_at', { mode: 'number' }),
    closedAt: bigint('closed_at', { mode: 'number' }),
  },
  (t) => [index('tasks_customer').on(t.customerId), index('tasks_status').on(t.status)],
);
