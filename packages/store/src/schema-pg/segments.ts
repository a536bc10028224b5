import { bigint, json, pgTable, text } from 'drizzle-orm/pg-core';

export const segments = pgTable('segments', {
  name: text('name').primaryKey(),
  /** As written (`json`, like playbook documents). */
  rule: json('rule').$type<unknown>().notNull(),
  description: text('description'),
  updatedAt: bigint('updated_at', { mode: 'number' }).notNull(),
});
