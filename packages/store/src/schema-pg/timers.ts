import { bigint, index, pgTable, text } from 'drizzle-orm/pg-core';

export const timers = pgTable(
  'timers',
  {
    id: text('id').primaryKey(),
    dueAt: bigint('due_at', { mode: 'number' }).notNull(),
    kind: text('kind', { enum: ['run', 'date', 'schedule', 'sweep'] }).notNull(),
    customerId: text('customer_id'),
    playbookId: text('playbook_id'),
    /** The process working on this row and until when (wall-clock ms): see the store README, "Leases". */
    leaseOwner: text('lease_owner'),
    leaseUntil: bigint('lease_until', { mode: 'number' }),
  },
  // With the id: claiming the next batch (ORDER BY due_at, id) reads the index in order instead of sorting every timer of the earliest instant (SQLite's twin, drizzle/0015).
  (t) => [index('timers_due').on(t.dueAt, t.id)],
);
