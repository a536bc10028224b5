import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const coupons = sqliteTable(
  'coupons',
  {
    code: text('code').primaryKey(),
    customerId: text('customer_id').notNull(),
    playbookId: text('playbook_id').notNull(),
    runId: text('run_id').notNull(),
    node: text('node').notNull(),
    percent: real('percent'),
    amount: real('amount'),
    currency: text('currency'),
    issuedAt: integer('issued_at').notNull(),
    validUntil: integer('valid_until').notNull(),
    redeemedAt: integer('redeemed_at'),
  },
  // `coupons_issued` covers the per-currency coupon value of a window (store README, "Money").
  (t) => [index('coupons_customer').on(t.customerId), index('coupons_issued').on(t.issuedAt, t.currency, t.amount)],
);

export const tasks = sqliteTable(
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
    createdAt: integer('created_at').notNull(),
    dueAt: integer('due_at'),
    closedAt: integer('closed_at'),
  },
  (t) => [index('tasks_customer').on(t.customerId), index('tasks_status').on(t.status)],
);
