import pg from 'pg';
import { PG_TYPES } from '../pg/openPg.ts';

/** Runs one query on a database of a test cluster and answers its rows (bigint and numeric as numbers), for tests that check a database from outside the server. */
export async function postgresRows<T = Record<string, unknown>>(url: string, text: string, values: readonly unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, types: PG_TYPES });
  await client.connect();
  try {
    return (await client.query(text, values as unknown[])).rows as T[];
  } finally {
    await client.end();
  }
}
