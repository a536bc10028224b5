import { bigint, bigserial, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';

/** PostgreSQL twin of schema/audit.ts. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: bigint('at', { mode: 'number' }).notNull(),
    actorKind: text('actor_kind', { enum: ['person', 'key', 'local'] }).notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id'),
    version: integer('version'),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_log_at').on(t.at, t.id),
    index('audit_log_actor').on(t.actorName, t.id),
    index('audit_log_action').on(t.action, t.id),
    index('audit_log_object').on(t.objectType, t.objectId, t.id),
  ],
);

/** PostgreSQL twin of schema/audit.ts's approvals. */
export const approvals = pgTable(
  'approvals',
  {
    id: text('id').primaryKey(),
    playbookId: text('playbook_id').notNull(),
    requestedByKind: text('requested_by_kind', { enum: ['person', 'key', 'local'] }).notNull(),
    requestedById: text('requested_by_id'),
    requestedByName: text('requested_by_name').notNull(),
    requestedAt: bigint('requested_at', { mode: 'number' }).notNull(),
    snapshot: jsonb('snapshot').$type<unknown>().notNull(),
    snapshotHash: text('snapshot_hash').notNull(),
    summary: jsonb('summary').$type<unknown>(),
    status: text('status', { enum: ['pending', 'approved', 'rejected', 'withdrawn', 'superseded'] }).notNull(),
    decidedByKind: text('decided_by_kind', { enum: ['person', 'key', 'local'] }),
    decidedById: text('decided_by_id'),
    decidedByName: text('decided_by_name'),
    decidedAt: bigint('decided_at', { mode: 'number' }),
    reason: text('reason'),
    version: integer('version'),
  },
  (t) => [index('approvals_status').on(t.status, t.requestedAt, t.id), index('approvals_playbook').on(t.playbookId, t.status)],
);
