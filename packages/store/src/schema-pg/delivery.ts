import { bigint, bigserial, boolean, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';

export const outbox = pgTable(
  'outbox',
  {
    key: text('key').primaryKey(),
    kind: text('kind', { enum: ['message', 'webhook'] }).notNull(),
    customerId: text('customer_id').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['pending', 'delivered', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull(),
    nextAttemptAt: bigint('next_attempt_at', { mode: 'number' }).notNull(),
    lastError: text('last_error'),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
    deliveredAt: bigint('delivered_at', { mode: 'number' }),
    /** The process working on this row and until when (wall-clock ms): see the store README, "Leases". */
    leaseOwner: text('lease_owner'),
    leaseUntil: bigint('lease_until', { mode: 'number' }),
  },
  (t) => [index('outbox_due').on(t.status, t.nextAttemptAt)],
);

export const deliveryAttempts = pgTable(
  'delivery_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    key: text('key').notNull(),
    at: bigint('at', { mode: 'number' }).notNull(),
    ok: boolean('ok').notNull(),
    detail: text('detail'),
  },
  (t) => [index('delivery_attempts_key').on(t.key)],
);

export const messages = pgTable(
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
    at: bigint('at', { mode: 'number' }).notNull(),
    sentAt: bigint('sent_at', { mode: 'number' }),
  },
  (t) => [index('messages_customer_at').on(t.customerId, t.at), index('messages_playbook').on(t.playbookId), index('messages_at').on(t.at)],
);
