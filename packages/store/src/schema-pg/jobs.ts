import { bigint, bigserial, index, integer, pgTable, text } from 'drizzle-orm/pg-core';

export const jobs = pgTable(
  'jobs',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    id: text('id').notNull().unique(),
    kind: text('kind', { enum: ['enrol', 'arm_dates', 'arm_schedule', 'sweep', 'schedule', 'recount', 'prune', 'fit_models'] }).notNull(),
    playbookId: text('playbook_id'),
    status: text('status', { enum: ['queued', 'running', 'done', 'failed', 'cancelled'] }).notNull(),
    at: bigint('at', { mode: 'number' }).notNull(),
    done: integer('done').notNull().default(0),
    total: integer('total'),
    cursor: text('cursor'),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
    startedAt: bigint('started_at', { mode: 'number' }),
    finishedAt: bigint('finished_at', { mode: 'number' }),
    error: text('error'),
    /** The process working on this row and until when (wall-clock ms): see the store README, "Leases". */
    leaseOwner: text('lease_owner'),
    leaseUntil: bigint('lease_until', { mode: 'number' }),
  },
  (t) => [index('jobs_status').on(t.status, t.seq), index('jobs_playbook').on(t.playbookId, t.seq), index('jobs_finished').on(t.finishedAt)],
);
