import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Everything that falls due at a time: run waits, date triggers, schedule firings, sweeps.
 * The scheduler sleeps until the earliest `due_at`.
 */
export const timers = sqliteTable(
  'timers',
  {
    id: text('id').primaryKey(),
    dueAt: integer('due_at').notNull(),
    kind: text('kind', { enum: ['run', 'date', 'schedule', 'sweep'] }).notNull(),
    customerId: text('customer_id'),
    playbookId: text('playbook_id'),
    /** The process working on this row and until when (wall-clock ms): see the store README, "Leases". Unused on SQLite (one process). */
    leaseOwner: text('lease_owner'),
    leaseUntil: integer('lease_until'),
  },
  // With the id, claiming the next batch reads it in index order: on `due_at` alone, SQLite sorted
  // every timer of the earliest instant by id for each batch (100,000 due at once: a sort of all
  // those left per batch of 500).
  (t) => [index('timers_due').on(t.dueAt, t.id)],
);
