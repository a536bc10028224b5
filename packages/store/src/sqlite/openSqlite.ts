import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from '../schema/index.ts';
import { JOURNAL_SIZE_LIMIT } from './Checkpointer.ts';

export type SqliteDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/**
 * Opens (creating and migrating when needed) the SQLite database at `file`, or an
 * in-memory one for ':memory:'. WAL lets readers go on while the runtime writes.
 */
export function openSqlite(file: string, options: { checkpointInBackground?: boolean } = {}): SqliteDb {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const client = new Database(file);
  client.pragma('journal_mode = WAL');
  client.pragma('synchronous = NORMAL');
  client.pragma('busy_timeout = 5000');
  // 32 MB of page cache: the hot path re-reads the same customer and index pages.
  client.pragma('cache_size = -32000');
  client.pragma('temp_store = MEMORY');
  client.pragma('foreign_keys = ON');
  // After a checkpoint resets the WAL, its file shrinks back to this (the Checkpointer also empties it when idle).
  client.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT}`);
  // The Checkpointer does this off the request path (see openSqliteStore).
  if (options.checkpointInBackground) client.pragma('wal_autocheckpoint = 0');
  beginImmediately(client);
  const db = drizzle(client, { schema });
  migrate(db, { migrationsFolder });
  return db as SqliteDb;
}

/**
 * Every transaction of this connection takes the write lock as it begins (BEGIN IMMEDIATE),
 * waiting for it up to the busy timeout. A deferred transaction that reads and then writes
 * cannot wait: SQLite answers SQLITE_BUSY at once when another connection holds the lock at
 * that moment, as the Checkpointer's thread does for the few milliseconds of a checkpoint
 * that restarts the WAL under load. Drizzle's and better-sqlite3's default (deferred) is
 * therefore immediate here; nested transactions stay savepoints.
 */
function beginImmediately(client: Database.Database): void {
  const transaction = client.transaction.bind(client);
  client.transaction = ((fn: Parameters<typeof transaction>[0]) => {
    const { immediate, exclusive } = transaction(fn);
    const begin = (...args: Parameters<typeof immediate>) => immediate(...args);
    return Object.assign(begin, { default: immediate, deferred: immediate, immediate, exclusive });
  }) as typeof client.transaction;
}
