import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';

export const runs = pgTable(
  'runs',
  {
    id: text('id').primaryKey(),
    playbookId: text('playbook_id').notNull(),
    version: integer('version').notNull(),
    customerId: text('customer_id').notNull(),
    status: text('status', { enum: ['active', 'completed', 'exited'] }).notNull(),
    control: boolean('control').notNull(),
    variant: text('variant'),
    exitReason: text('exit_reason'),
    enteredAt: bigint('entered_at', { mode: 'number' }).notNull(),
    endedAt: bigint('ended_at', { mode: 'number' }),
    convertedAt: bigint('converted_at', { mode: 'number' }),
  },
  (t) => [
    index('runs_customer').on(t.customerId),
    index('runs_playbook_status').on(t.playbookId, t.status),
    index('runs_playbook_entered').on(t.playbookId, t.enteredAt),
    index('runs_ended').on(t.endedAt).where(sql`ended_at IS NOT NULL`),
    uniqueIndex('runs_one_active').on(t.playbookId, t.customerId).where(sql`status = 'active'`),
  ],
);

export const runSteps = pgTable(
  'run_steps',
  {
    runId: text('run_id').notNull(),
    visit: integer('visit').notNull(),
    playbookId: text('playbook_id').notNull(),
    node: text('node').notNull(),
    port: text('port'),
    at: bigint('at', { mode: 'number' }).notNull(),
    leftAt: bigint('left_at', { mode: 'number' }),
  },
  // Read by run (the visit index) only: steps by playbook and node are counted in `step_counts`. An index on
  // (playbook_id, node) was written for every step and read by nothing (dropped: drizzle/0018, drizzle-pg/0013).
  (t) => [uniqueIndex('run_steps_visit').on(t.runId, t.visit)],
);
