import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { storeError } from './UnstorableText.ts';
import type { PgDb } from './openPg.ts';

/** Deadlock and serialization failures: PostgreSQL undid the transaction, and running it again is safe. */
const RETRYABLE = new Set(['40P01', '40001']);
const MAX_ATTEMPTS = 5;

/** A query run as a named prepared statement: parsed once per connection. */
export interface Statement {
  name: string;
  text: string;
}

export const statement = (name: string, text: string): Statement => ({ name, text });

export async function run(client: pg.PoolClient | pg.Pool, query: Statement, values: readonly unknown[]): Promise<pg.QueryResult> {
  try {
    return await client.query({ name: query.name, text: query.text, values: values as unknown[] });
  } catch (error) {
    throw storeError(error);
  }
}

/**
 * Runs `work` in one transaction on a connection of its own, again from the start when
 * PostgreSQL ended it for a deadlock with another process (two batches locking the same
 * customers in different orders). `work` must therefore have no effect outside the database
 * until it returns, as the store's work has none.
 */
export async function inTransaction<T>(db: PgDb, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await db.$client.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && RETRYABLE.has(code) && attempt < MAX_ATTEMPTS) continue;
      throw storeError(error);
    } finally {
      client.release();
    }
  }
}

/** Column arrays of rows, for unnest. */
export function columns(rows: readonly (readonly unknown[])[], width: number): unknown[][] {
  const out: unknown[][] = Array.from({ length: width }, () => []);
  for (const row of rows) for (let c = 0; c < width; c++) out[c]!.push(row[c]);
  return out;
}

/** A value for a jsonb or json parameter: node-postgres would turn a JavaScript array into a PostgreSQL array. */
export const json = (value: unknown): string => JSON.stringify(value);

const dialect = new PgDialect();

/**
 * Runs a query built with drizzle's `sql` on the pool itself, so its numbers are parsed
 * as openPg's types say (bigint and numeric as numbers); drizzle's `execute` would parse
 * them with node-postgres's global defaults, as strings.
 */
export async function rowsOf<T>(client: pg.Pool | pg.PoolClient, query: SQL): Promise<T[]> {
  const { sql, params } = dialect.sqlToQuery(query);
  try {
    return (await client.query(sql, params)).rows as T[];
  } catch (error) {
    throw storeError(error);
  }
}
