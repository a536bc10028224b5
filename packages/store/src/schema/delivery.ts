import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** External effects waiting for the dispatcher, keyed by (run, node, visit). */
export const outbox = sqliteTable(
  'outbox',
  {
    key: text('key').primaryKey(),
    kind: text('kind', { enum: ['message', 'webhook'] }).notNull(),
    customerId: text('customer_id').notNull(),
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['pending', 'delivered', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull(),
    nextAttemptAt: integer('next_attempt_at').notNull(),
    lastError: text('last_error'),
    createdAt: integer('created_at').notNull(),
    deliveredAt: integer('delivered_at'),
    /** The process working on this row and until when (wall-clock ms): see the store README, "Leases". Unused on SQLite (one process). */
    leaseOwner: text('lease_owner'),
    leaseUntil: integer('lease_until'),
  },
  (t) => [index('outbox_due').on(t.status, t.nextAttemptAt)],
);

export const deliveryAttempts = sqliteTable(
  'delivery_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    at: integer('at').notNull(),
    ok: integer('ok', { mode: 'boolean' }).notNull(),
    detail: text('detail'),
  },
  (t) => [index('delivery_attempts_key').on(t.key)],
);

/** Every message a playbook produced, whether or not a channel delivered it outside. */
export const messages = sqliteTable(
  'messages',
  {
    key: text('key').primaryKey(),
    customerId: text('customer_id').notNull(),
    playbookId: text('playbook_id').notNull(),
    runId: text('run_id').notNull(),
    node: text('node').notNull(),
    channel: text('channel').notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    status: text('status', { enum: ['queued', 'sent', 'logged', 'failed'] }).notNull(),
    at: integer('at').notNull(),
    sentAt: integer('sent_at'),
  },
  (t) => [index('messages_customer_at').on(t.customerId, t.at), index('messages_playbook').on(t.playbookId), index('messages_at').on(t.at)],
);
