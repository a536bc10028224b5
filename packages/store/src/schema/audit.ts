import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The audit log (apps/server README, "Audit log"): one row per successful write through the
 * API, with who made it. Append-only: rows are only ever added, and removed by age when
 * STAYFLOW_RETAIN_AUDIT_DAYS passes. `id` orders the log (newest first is `id` descending)
 * and is the paging cursor; `at` is the runtime clock's time of the write.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    actorKind: text('actor_kind', { enum: ['person', 'key', 'local'] }).notNull(),
    actorId: text('actor_id'),
    /** The person's email, the key's name, or "local". */
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id'),
    /** For playbooks: the version the write produced. */
    version: integer('version'),
    /** Small facts about the write (counts, changed fields); never passwords or key text. */
    detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_log_at').on(t.at, t.id),
    index('audit_log_actor').on(t.actorName, t.id),
    index('audit_log_action').on(t.action, t.id),
    index('audit_log_object').on(t.objectType, t.objectId, t.id),
  ],
);

/**
 * Four-eyes publishing (apps/server README, "Four-eyes publishing"): a request to publish
 * exactly `snapshot` (the draft when it was asked for; `snapshot_hash` is the SHA-256 of
 * its canonical JSON), waiting for another editor or an admin to approve or reject it.
 */
export const approvals = sqliteTable(
  'approvals',
  {
    id: text('id').primaryKey(),
    playbookId: text('playbook_id').notNull(),
    requestedByKind: text('requested_by_kind', { enum: ['person', 'key', 'local'] }).notNull(),
    requestedById: text('requested_by_id'),
    requestedByName: text('requested_by_name').notNull(),
    requestedAt: integer('requested_at').notNull(),
    snapshot: text('snapshot', { mode: 'json' }).$type<unknown>().notNull(),
    snapshotHash: text('snapshot_hash').notNull(),
    /** What the publish dialog showed the requester (the preview's acknowledged overlaps); null when it showed none. */
    summary: text('summary', { mode: 'json' }).$type<unknown>(),
    status: text('status', { enum: ['pending', 'approved', 'rejected', 'withdrawn', 'superseded'] }).notNull(),
    decidedByKind: text('decided_by_kind', { enum: ['person', 'key', 'local'] }),
    decidedById: text('decided_by_id'),
    decidedByName: text('decided_by_name'),
    decidedAt: integer('decided_at'),
    reason: text('reason'),
    /** The version approving it published. */
    version: integer('version'),
  },
  (t) => [index('approvals_status').on(t.status, t.requestedAt, t.id), index('approvals_playbook').on(t.playbookId, t.status)],
);
