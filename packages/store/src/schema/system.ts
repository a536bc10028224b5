import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const apiKeys = sqliteTable('api_keys', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** SHA-256 of the key; the key itself is shown once, when created. */
  hash: text('hash').notNull().unique(),
  /** What the key may do: ingest, viewer, editor or admin (keys from before roles are admin). */
  role: text('role').notNull().default('admin'),
  createdAt: integer('created_at').notNull(),
  lastUsedAt: integer('last_used_at'),
});

/** The people who sign in (server README, "Accounts and sign-in"). */
export const people = sqliteTable('people', {
  id: text('id').primaryKey(),
  /** Lower-cased, so one address is one person. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: text('role').notNull(),
  /** `scrypt$N$r$p$salt$hash` (base64); never the password itself. */
  passwordHash: text('password_hash').notNull(),
  createdAt: integer('created_at').notNull(),
  lastSignInAt: integer('last_sign_in_at'),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  passwordChangedAt: integer('password_changed_at').notNull(),
});

/** Signed-in sessions, in the database so every process sees them. */
export const sessions = sqliteTable(
  'sessions',
  {
    /** SHA-256 (hex) of the random token in the cookie; the token itself is never stored. */
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
    /** The token writes must echo in X-CSRF-Token. */
    csrfToken: text('csrf_token').notNull(),
  },
  (table) => [index('sessions_person').on(table.personId)],
);

/** Small key-value state the server keeps: the testing clock's time, the generated webhook secret, whether first-start data was loaded. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).$type<unknown>().notNull(),
});
