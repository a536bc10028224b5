import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../schema/index.ts';
import type { CustomerReader } from '../CustomerReader.ts';
import type { SqliteDb } from './openSqlite.ts';
import { SqliteCustomers } from './SqliteCustomers.ts';

/**
 * A second, read-only connection to the SQLite file, for reading every customer off the
 * runtime's connection (a worker thread's publish preview). WAL lets it read a consistent
 * snapshot per statement while the runtime writes; it never migrates or writes.
 */
export function openSqliteReader(file: string): CustomerReader {
  if (file === ':memory:') throw new Error('An in-memory database has no file a second connection could read.');
  const client = new Database(file, { readonly: true, fileMustExist: true });
  client.pragma('busy_timeout = 5000');
  const customers = new SqliteCustomers(drizzle(client, { schema }) as SqliteDb);
  return {
    customers,
    async close() {
      client.close();
    },
  };
}
