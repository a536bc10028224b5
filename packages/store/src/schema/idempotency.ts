import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Answers kept for `Idempotency-Key` retries (apps/server README, "Retrying writes"): the claim
 * row is inserted before the request runs (status null while it does), then completed with the
 * answer. Pruned 24 hours after `created_at` (wall clock).
 */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    /** Who sent it and the key they chose, so two clients' keys never meet. */
    key: text('key').primaryKey(),
    /** SHA-256 (hex) of the method, path and canonical body: a retry must send the same request. */
    requestHash: text('request_hash').notNull(),
    status: integer('status'),
    /** The answer's body as sent (JSON text; null for none). */
    body: text('body'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('idempotency_keys_created_at').on(t.createdAt)],
);
