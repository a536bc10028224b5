import { bigint, boolean, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';

export const apiKeys = pgTable('api_keys', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** SHA-256 of the key. */
  hash: text('hash').notNull().unique(),
  /** What the key may do: ingest, viewer, editor or admin (keys from before roles are admin). */
  role: text('role').notNull().default('admin'),
  createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  lastUsedAt: bigint('last_used_at', { mode: 'number' }),
});

/** The people who sign in (server README, "Accounts and sign-in"). */
export const people = pgTable('people', {
  id: text('id').primaryKey(),
  /** Lower-cased, so one address is one person; sorted for the people list. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: text('role').notNull(),
  /** `scrypt$N$r$p$salt$hash` (base64); never the password itself. */
  passwordHash: text('password_hash').notNull(),
  createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  lastSignInAt: bigint('last_sign_in_at', { mode: 'number' }),
  disabled: boolean('disabled').notNull().default(false),
  passwordChangedAt: bigint('password_changed_at', { mode: 'number' }).notNull(),
});

/** Signed-in sessions, in the database so every process sees them. */
export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 (hex) of the random token in the cookie; the token itself is never stored. */
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
    lastSeenAt: bigint('last_seen_at', { mode: 'number' }).notNull(),
    /** The token writes must echo in X-CSRF-Token. */
    csrfToken: text('csrf_token').notNull(),
  },
  (table) => [index('sessions_person').on(table.personId)],
);

/** Small key-value state: the testing clock's time (shared by every process on the database), the webhook secret, first-start flags. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').$type<unknown>().notNull(),
});
