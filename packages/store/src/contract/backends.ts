import { afterEach, inject } from 'vitest';
import { openPgStore } from '../pg/openPgStore.ts';
import { openSqliteStore } from '../sqlite/openSqliteStore.ts';
import type { Store } from '../Store.ts';
import { createTestDatabase } from '../testing/postgresCluster.ts';

/** A store implementation the contract tests run against: each `open()` is a new, empty, migrated store. */
export interface Backend {
  name: 'sqlite' | 'postgres';
  open(): Promise<Store>;
}

export const sqliteBackend: Backend = { name: 'sqlite', open: async () => openSqliteStore(':memory:') };

/** A database of its own per store, copied from the run's migrated template (testing/postgresGlobalSetup.ts). */
export const postgresBackend: Backend = { name: 'postgres', open: async () => openPgStore(await createTestDatabase(inject('postgresAdminUrl'))) };


const opened: Store[] = [];
const track = (backend: Backend): Backend => ({
  name: backend.name,
  async open() {
    const store = await backend.open();
    opened.push(store);
    return store;
  },
});

// Every store a test opened is closed after it (a PostgreSQL store holds a pool of connections).
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});

/** For `describe.each(BACKENDS)('… ($name)', …)`. */
export const BACKENDS: readonly Backend[] = [sqliteBackend, postgresBackend].map((backend) => track(backend));
