import { bigint, index, integer, pgTable, text } from 'drizzle-orm/pg-core';

/** PostgreSQL twin of schema/idempotency.ts. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    key: text('key').primaryKey(),
    requestHash: text('request_hash').notNull(),
    status: integer('status'),
    body: text('body'),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  },
  (t) => [index('idempotency_keys_created_at').on(t.createdAt)],
);
