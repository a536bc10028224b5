import { openPgStore } from './pg/openPgStore.ts';
import type { PgOptions } from './pg/openPg.ts';
import { openSqliteStore } from './sqlite/openSqliteStore.ts';
import type { Store } from './Store.ts';

/**
 * Where the runtime keeps its data: a PostgreSQL database (STAYFLOW_DATABASE_URL), else the
 * embedded SQLite file under STAYFLOW_DATA. Nothing above the store learns which.
 */
export type StoreTarget = { databaseUrl: string; pool?: PgOptions } | { dataFile: string };

/** Whether a connection string names a PostgreSQL database (postgres:// or postgresql://). */
export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//i.test(url);

/** Opens (creating and migrating when needed) the store at `target`. */
export async function openStore(target: StoreTarget): Promise<Store> {
  if ('databaseUrl' in target) {
    if (!isPostgresUrl(target.databaseUrl)) {
      throw new Error(`STAYFLOW_DATABASE_URL must be a PostgreSQL connection string, postgres://user:password@host:5432/database, not "${target.databaseUrl.replace(/:[^:@/]*@/, ':***@')}".`);
    }
    return openPgStore(target.databaseUrl, target.pool);
  }
  return openSqliteStore(target.dataFile);
}
