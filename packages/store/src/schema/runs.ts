import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const runs = sqliteTable(
  'runs',
  {
    id: text('id').primaryKey(),
    playbookId: text('playbook_id').notNull(),
    version: integer('version').notNull(),
    customerId: text('customer_id').notNull(),
    status: text('status', { enum: ['active', 'completed', 'exited'] }).notNull(),
    control: integer('control', { mode: 'boolean' }).notNull(),
    variant: text('variant'),
    exitReason: text('exit_reason'),
    enteredAt: integer('entered_at').notNull(),
    endedAt: integer('ended_at'),
    convertedAt: integer('converted_at'),
  },
  (t) => [
    index('runs_customer').on(t.customerId),
    index('runs_playbook_status').on(t.playbookId, t.status),
    // Stats read the runs that entered on the day a window starts (the counters cover the rest).
    index('runs_playbook_entered').on(t.playbookId, t.enteredAt),
    // Pruning walks finished runs by when they ended (active runs have no end).
    index('runs_ended').on(t.endedAt).where(sql`ended_at IS NOT NULL`),
    // At most one active run of a playbook per customer (spec: settings.reentry).
    uniqueIndex('runs_one_active').on(t.playbookId, t.customerId).where(sql`status = 'active'`),
  ],
);

export const runSteps = sqliteTable(
  'run_steps',
  {
    runId: text('run_id').notNull(),
    visit: integer('visit').notNull(),
    playbookId: text('playbook_id').notNull(),
    node: text('node').notNull(),
    port: text('port'),
    at: integer('at').notNull(),
    leftAt: integer('left_at'),
  },
  // Read by run (the visit index) only: steps by playbook and node are counted in `step_counts`. An index on
  // (playbook_id, node) was written for every step and read by nothing (dropped: drizzle/0018, drizzle-pg/0013).
  (t) => [uniqueIndex('run_steps_visit').on(t.runId, t.visit)],
);
