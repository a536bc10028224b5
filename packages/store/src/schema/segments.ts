import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const segments = sqliteTable('segments', {
  name: text('name').primaryKey(),
  rule: text('rule', { mode: 'json' }).$type<unknown>().notNull(),
  description: text('description'),
  updatedAt: integer('updated_at').notNull(),
});
