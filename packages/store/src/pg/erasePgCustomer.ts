import type pg from 'pg';
import type { CustomerErasure } from '../Store.ts';
import { CUSTOMER_COLUMN, quoted, type CustomerTables } from '../sqlite/customerTables.ts';
import type { PgDb } from './openPg.ts';
import { inTransaction } from './pgTransaction.ts';
import { pgCustomerTables } from './pgCustomerTables.ts';
import { FORGET_IN_AUDIT_LOG } from '../forgetInAuditLog.ts';

/** The customer's run ids: from `runs`, from their world (which keeps runs whose rows were pruned), and from any row they own with a `run_id`. */
function runIdsOf(tables: CustomerTables): string {
  const sources = [`SELECT id FROM runs WHERE ${CUSTOMER_COLUMN} = $1`, `SELECT run ->> 'id' FROM customers AS c, jsonb_array_elements(c.world -> 'runs') AS run WHERE c.id = $1`];
  for (const table of tables.owned) if (table.columns.includes('run_id')) sources.push(`SELECT run_id FROM ${quoted(table.name)} WHERE ${CUSTOMER_COLUMN} = $1`);
  return sources.join(' UNION ');
}

/**
 * Deletes every row held about the customer in one transaction, in the order of
 * eraseCustomer.ts (children first, then every table with a `customer_id`, then the
 * customer; the audit log forgets which customer), the customer's row locked first so no reaction runs meanwhile. PostgreSQL has
 * no secure_delete: the deleted tuples stay in the table files until VACUUM reuses their space.
 */
export async function erasePgCustomer(db: PgDb, id: string, tables: CustomerTables = pgCustomerTables()): Promise<CustomerErasure | undefined> {
  const removed: Record<string, number> = {};
  await inTransaction(db, async (client: pg.PoolClient) => {
    const count = async (table: string, text: string) => {
      const { rowCount } = await client.query(text, [id]);
      removed[table] = (removed[table] ?? 0) + (rowCount ?? 0);
    };
    for (const key of Object.keys(removed)) delete removed[key];
    await client.query('SELECT 1 FROM customers WHERE id = $1 FOR UPDATE', [id]);
    for (const table of tables.byRun) await count(table.name, `DELETE FROM ${quoted(table.name)} WHERE run_id IN (${runIdsOf(tables)})`);
    const outboxKeys = `SELECT key FROM outbox WHERE ${CUSTOMER_COLUMN} = $1`;
    for (const { table, column } of tables.byOutboxKey) await count(table, `DELETE FROM ${quoted(table)} WHERE ${quoted(column)} IN (${outboxKeys})`);
    for (const table of tables.owned) await count(table.name, `DELETE FROM ${quoted(table.name)} WHERE ${CUSTOMER_COLUMN} = $1`);
    await count('customers', 'DELETE FROM customers WHERE id = $1');
    await client.query(FORGET_IN_AUDIT_LOG, [id]);
  });
  const total = Object.values(removed).reduce((sum, n) => sum + n, 0);
  return total === 0 ? undefined : { removed, total };
}
