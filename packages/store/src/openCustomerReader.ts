import type { CustomerReader } from './CustomerReader.ts';
import type { StoreTarget } from './openStore.ts';
import { openPgStore } from './pg/openPgStore.ts';
import { openSqliteReader } from './sqlite/openSqliteReader.ts';

/** Opens a reader of the customers at `target`: a read-only SQLite connection, or a PostgreSQL pool of its own. */
export async function openCustomerReader(target: StoreTarget): Promise<CustomerReader> {
  if ('dataFile' in target) return openSqliteReader(target.dataFile);
  const store = await openPgStore(target.databaseUrl, target.pool);
  return { customers: store.customers, close: () => store.close() };
}
