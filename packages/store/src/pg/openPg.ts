import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import * as schema from '../schema-pg/index.ts';

export type PgDb = NodePgDatabase<typeof schema> & { $client: pg.Pool };

const migrationsFolder = fileURLToPath(new URL('../../drizzle-pg', import.meta.url));

/** Connections per process unless the caller says otherwise (apps/server README, "Running on PostgreSQL"). */
export const DEFAULT_POOL_SIZE = 10;

/**
 * The advisory lock every Stayflow process takes to migrate: the first to start applies
 * the migrations, the others wait for it and then find nothing left to do.
 * (A constant: "stayflow" read as a number.)
 */
export const MIGRATION_LOCK = 0x73746179666c6f77n;

const asNumber = (text: string) => Number(text);

/**
 * bigint (epoch milliseconds, counts) and numeric (sums) as JavaScript numbers, as SQLite
 * gives them: every value the store keeps is far below 2^53.
 */
export const PG_TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return asNumber;
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

/** How long a claim on shared work lasts unless the caller says otherwise (store README, "Leases"). */
export const DEFAULT_LEASE_MS = 30_000;
/** How often the scheduler, dispatcher and job runner look for work besides the wake-ups (store README, "Wake-ups"). */
export const DEFAULT_POLL_MS = 5_000;

export interface PgOptions {
  /** Connections in this process's pool (default 10). */
  poolSize?: number;
  /** How long a lease on due work lasts, in milliseconds (default 30,000): a killed process's work is taken over this much later. */
  leaseMs?: number;
  /** The polling floor under LISTEN/NOTIFY, in milliseconds (default 5,000). */
  pollMs?: number;
}

/** A connection string for messages: its password replaced, so logs never carry it. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(a connection string that is not a URL)';
  }
}

/**
 * Connects to the PostgreSQL database at `url` and applies the migrations of drizzle-pg/
 * that it lacks, under a session advisory lock, so processes starting together migrate once.
 */
export async function openPg(url: string, options: PgOptions = {}): Promise<PgDb> {
  const poolSize = options.poolSize ?? DEFAULT_POOL_SIZE;
  if (!Number.isInteger(poolSize) || poolSize < 1) throw new RangeError(`The PostgreSQL pool needs a positive whole number of connections, not ${poolSize}.`);
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: PG_TYPES });
  // An idle connection that the server drops must not take the process down; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect().catch((error: unknown) => {
      throw new Error(`Cannot connect to PostgreSQL at ${redactUrl(url)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    });
    try {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK.toString()]);
      try {
        await migrate(drizzle(client, { schema }), { migrationsFolder });
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK.toString()]);
      }
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  return drizzle(pool, { schema }) as PgDb;
}
