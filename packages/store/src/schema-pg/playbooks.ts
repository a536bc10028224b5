import { bigint, integer, json, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

// Documents people write are `json`, not `jsonb`: PostgreSQL then keeps them as written (key order too).
export const playbooks = pgTable('playbooks', {
  id: text('id').primaryKey(),
  /** The document being edited; re-validated on read. */
  draft: json('draft').$type<unknown>().notNull(),
  status: text('status', { enum: ['draft', 'live', 'paused'] }).notNull(),
  publishedVersion: integer('published_version'),
  createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  updatedAt: bigint('updated_at', { mode: 'number' }).notNull(),
});

export const playbookVersions = pgTable(
  'playbook_versions',
  {
    playbookId: text('playbook_id').notNull(),
    version: integer('version').notNull(),
    document: json('document').$type<unknown>().notNull(),
    publishedAt: bigint('published_at', { mode: 'number' }).notNull(),
    /** What the publisher saw and published anyway (overlapping live playbooks, same template); null when nothing overlapped. */
    acknowledged: jsonb('acknowledged').$type<unknown>(),
  },
  (t) => [primaryKey({ columns: [t.playbookId, t.version] })],
);
