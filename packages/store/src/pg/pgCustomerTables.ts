import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../schema-pg/index.ts';
import { customerTables, tableShape, type CustomerTables, type TableShape } from '../sqlite/customerTables.ts';

/** The PostgreSQL schema's tables by their SQL names (the same names as SQLite's). */
export function pgSchemaTables(): TableShape[] {
  return (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => is(value, PgTable))
    .map((table) => tableShape(getTableConfig(table)));
}

/** Where a customer's data lives on PostgreSQL, read from its drizzle schema by the same rules as on SQLite (customerTables.ts). */
export const pgCustomerTables = (): CustomerTables => customerTables(pgSchemaTables());
