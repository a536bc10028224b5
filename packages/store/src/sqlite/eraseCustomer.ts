import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { customers, outbox, runs } from '../schema/index.ts';
import type { CustomerErasure } from '../Store.ts';
import { CUSTOMER_COLUMN, customerTables, quoted, type CustomerTables } from './customerTables.ts';
import type { SqliteDb } from './openSqlite.ts';
import { FORGET_IN_AUDIT_LOG } from '../forgetInAuditLog.ts';

/**
 * The customer's run ids: from the runs projection, from their world (the source of
 * truth, which keeps runs whose rows were pruned), and from the `run_id` of any row they
 * own, so that no step is left behind whichever of these lost track of a run.
 */
function runIdsOf(tables: CustomerTables): string {
  const sources = [
    `SELECT id FROM ${quoted(getTableConfig(runs).name)} WHERE ${CUSTOMER_COLUMN} = @id`,
    `SELECT json_extract(run.value, '$.id') FROM ${quoted(getTableConfig(customers).name)} AS c, json_each(c.world, '$.runs') AS run WHERE c.id = @id`,
  ];
  for (const table of tables.owned) if (table.columns.includes('run_id')) sources.push(`SELECT run_id FROM ${quoted(table.name)} WHERE ${CUSTOMER_COLUMN} = @id`);
  return sources.join(' UNION ');
}

/**
 * Deletes every row held about the customer in one transaction (see `CustomerTables`):
 * children first, while the rows that lead to them still exist, then every table with a
 * `customer_id`, then the customer; the audit log forgets which customer its rows were about
 * (`FORGET_IN_AUDIT_LOG`). With `secure_delete` on for the erasure, SQLite
 * overwrites the deleted content with zeros instead of leaving it in free space.
 * Undefined when no row was held.
 */
export function eraseCustomer(db: SqliteDb, id: string, tables: CustomerTables = customerTables()): CustomerErasure | undefined {
  const client = db.$client;
  const removed: Record<string, number> = {};
  const count = (table: string, changes: number) => (removed[table] = (removed[table] ?? 0) + changes);
  const outboxKeys = `SELECT key FROM ${quoted(getTableConfig(outbox).name)} WHERE ${CUSTOMER_COLUMN} = @id`;
  const secureDelete = client.pragma('secure_delete', { simple: true });
  client.pragma('secure_delete = ON');
  try {
    client.transaction(() => {
      for (const table of tables.byRun) count(table.name, client.prepare(`DELETE FROM ${quoted(table.name)} WHERE run_id IN (${runIdsOf(tables)})`).run({ id }).changes);
      for (const { table, column } of tables.byOutboxKey) count(table, client.prepare(`DELETE FROM ${quoted(table)} WHERE ${quoted(column)} IN (${outboxKeys})`).run({ id }).changes);
      for (const table of tables.owned) count(table.name, client.prepare(`DELETE FROM ${quoted(table.name)} WHERE ${CUSTOMER_COLUMN} = @id`).run({ id }).changes);
      const customersTable = getTableConfig(customers).name;
      // The search index's delete trigger takes the customer's trigrams out of its pages only under
      // FTS5's 'secure-delete' (else a delete marker hides them until a merge): on for this delete alone,
      // since it costs milliseconds a row at scale (drizzle/0016, store README "Reads at a million customers").
      // (Literal values: FTS5 wants an integer, and better-sqlite3 binds a number as a real.)
      const secureSearchDelete = (on: 0 | 1) => client.prepare(`INSERT INTO customers_search (customers_search, rank) VALUES ('secure-delete', ${on})`).run();
      secureSearchDelete(1);
      count(customersTable, client.prepare(`DELETE FROM ${quoted(customersTable)} WHERE id = @id`).run({ id }).changes);
      secureSearchDelete(0);
      client.prepare(FORGET_IN_AUDIT_LOG.replaceAll('$1', '@id')).run({ id });
    })();
  } finally {
    client.pragma(`secure_delete = ${Number(secureDelete)}`);
  }
  const total = Object.values(removed).reduce((sum, n) => sum + n, 0);
  return total === 0 ? undefined : { removed, total };
}
