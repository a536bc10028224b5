import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const playbooks = sqliteTable('playbooks', {
  id: text('id').primaryKey(),
  /** The document being edited; re-validated on read. */
  draft: text('draft', { mode: 'json' }).$type<unknown>().notNull(),
  status: text('status', { enum: ['draft', 'live', 'paused'] }).notNull(),
  publishedVersion: integer('published_version'),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export const playbookVersions = sqliteTable(
  'playbook_versions',
  {
    playbookId: text('playbook_id').notNull(),
    version: integer('version').notNull(),
    document: text('document', { mode: 'json' }).$type<unknown>().notNull(),
    publishedAt: integer('published_at').notNull(),
    /** What the publisher saw and published anyway (overlapping live playbooks, same template); null when nothing overlapped. */
    acknowledged: text('acknowledged', { mode: 'json' }).$type<unknown>(),
  },
  (t) => [primaryKey({ columns: [t.playbookId, t.version] })],
);
