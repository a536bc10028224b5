import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Bulk work done in the background, in slices (apps/server's JobRunner): enrolment on
 * publish, date arming, schedule firings, sweeps, pruning. `seq` orders the queue; `at` is
 * the instant the job evaluates every customer at; `cursor` is where the last committed
 * slice ended (the last customer id done), written in the same transaction as that
 * slice's work, so a job resumes after a crash without doing any customer twice.
 */
export const jobs = sqliteTable(
  'jobs',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    kind: text('kind', { enum: ['enrol', 'arm_dates', 'arm_schedule', 'sweep', 'schedule', 'recount', 'prune', 'fit_models'] }).notNull(),
    playbookId: text('playbook_id'),
    status: text('status', { enum: ['queued', 'running', 'done', 'failed', 'cancelled'] }).notNull(),
    at: integer('at').notNull(),
    done: integer('done').notNull().default(0),
    total: integer('total'),
    cursor: text('cursor'),
    createdAt: integer('created_at').notNull(),
    startedAt: integer('started_at'),
    finishedAt: integer('finished_at'),
    error: text('error'),
    /** The process working on this row and until when (wall-clock ms): see the store README, "Leases". Unused on SQLite (one process). */
    leaseOwner: text('lease_owner'),
    leaseUntil: integer('lease_until'),
  },
  (t) => [index('jobs_status').on(t.status, t.seq), index('jobs_playbook').on(t.playbookId, t.seq), index('jobs_finished').on(t.finishedAt)],
);
