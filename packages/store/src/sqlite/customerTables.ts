import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../schema/index.ts';

/** A table of the schema by its SQL names. */
export interface TableShape {
  name: string;
  columns: readonly string[];
}

/**
 * Where a customer's data lives, read from the drizzle schema itself, so that a table
 * added later is erased and exported without anyone remembering to list it here:
 * - `owned`: every table with a `customer_id` column;
 * - `byRun`: tables keyed by `run_id` without a `customer_id` (a run's steps), reached
 *   through the customer's runs;
 * - `byOutboxKey`: delivery attempts, reached through the customer's outbox rows.
 */
export interface CustomerTables {
  owned: readonly TableShape[];
  byRun: readonly TableShape[];
  byOutboxKey: readonly { table: string; column: string }[];
}

export const CUSTOMER_COLUMN = 'customer_id';
const RUN_COLUMN = 'run_id';

export function schemaTables(): TableShape[] {
  return (Object.values(schema) as unknown[])
    .filter((value): value is SQLiteTable => is(value, SQLiteTable))
    .map((table) => {
      const config = getTableConfig(table);
      return { name: config.name, columns: config.columns.map((column) => column.name) };
    });
}

export function customerTables(tables: readonly TableShape[] = schemaTables()): CustomerTables {
  const has = (table: TableShape, column: string) => table.columns.includes(column);
  return {
    owned: tables.filter((t) => has(t, CUSTOMER_COLUMN)),
    byRun: tables.filter((t) => has(t, RUN_COLUMN) && !has(t, CUSTOMER_COLUMN)),
    // Attempts name their outbox row by its key only; no other table hangs off the outbox.
    byOutboxKey: [{ table: getTableConfig(schema.deliveryAttempts).name, column: schema.deliveryAttempts.key.name }],
  };
}

/** An SQL identifier, quoted. */
export const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
