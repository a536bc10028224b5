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
  (t) => [index('coupons_customer').on(t.customerId)],
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
