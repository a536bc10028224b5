import { bigint, index, pgTable, text } from 'drizzle-orm/pg-core';

export const timers = pgTable(
  'timers',
  {
    id: text('id').primaryKey(),
    dueAt: bigint('due_at', { mode: 'number' }).notNull(),
    kind: text('kind', { enum: ['run', 'date', 'schedule', 'sweep'] }).notNull(),
    customerId: text('customer_id'),
    playbookId: text('playbook_id'),
  },
  (t) => [index('timers_due').on(t.dueAt)],
);
