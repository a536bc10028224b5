import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../schema/index.ts';

/** A table of the schema by its SQL names. */
export interface TableShape {
  name: string;
  columns: readonly string[];
  /** The primary key's columns (all columns when it has none): the order an export lists rows in. */
  key: readonly string[];
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
    .map((table) => tableShape(getTableConfig(table)));
}

/** A drizzle table's shape (either dialect's `getTableConfig`). */
export function tableShape(config: {
  name: string;
  columns: readonly { name: string; primary: boolean }[];
  primaryKeys: readonly { columns: readonly { name: string }[] }[];
}): TableShape {
  const primary = config.columns.filter((column) => column.primary).map((column) => column.name);
  const composite = config.primaryKeys[0]?.columns.map((column) => column.name) ?? [];
  const columns = config.columns.map((column) => column.name);
  return { name: config.name, columns, key: primary.length > 0 ? primary : composite.length > 0 ? composite : columns };
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

/**
 * Rows in the order of `key` (numbers as numbers, the rest as text), so both stores list a
 * customer's rows alike whatever order their engine read them in (two orders at one instant).
 */
export function byKey(rows: Record<string, unknown>[], key: readonly string[]): Record<string, unknown>[] {
  const compare = (a: unknown, b: unknown): number => {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    const [x, y] = [String(a ?? ''), String(b ?? '')];
    return x < y ? -1 : x > y ? 1 : 0;
  };
  return rows.sort((a, b) => {
    for (const column of key) {
      const order = compare(a[column], b[column]);
      if (order !== 0) return order;
    }
    return 0;
  });
}

/** An SQL identifier, quoted. */
export const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
