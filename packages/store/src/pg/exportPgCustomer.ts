import { asc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import { coupons, customers, deliveryAttempts, events, messages, outbox, runs, runSteps, tasks, timers } from '../schema-pg/index.ts';
import { withoutLease } from '../lease/withoutLease.ts';
import { byKey, CUSTOMER_COLUMN, type CustomerTables } from '../sqlite/customerTables.ts';
import { groupBy } from '../sqlite/exportCustomer.ts';
import { decodeWorld } from '../sqlite/worldCodec.ts';
import type { CustomerExport } from '../Store.ts';
import { drizzle } from 'drizzle-orm/node-postgres';
import * as schema from '../schema-pg/index.ts';
import type { PgDb } from './openPg.ts';
import { inTransaction, rowsOf } from './pgTransaction.ts';
import { pgCustomerTables } from './pgCustomerTables.ts';

/** Tables with a section of their own in the export; any other table of the customer's goes under `other`. */
const SECTIONS: ReadonlySet<string> = new Set(['customers', 'events', 'runs', 'run_steps', 'messages', 'coupons', 'tasks', 'timers', 'outbox', 'delivery_attempts']);

/** Everything held about the customer, read in one REPEATABLE READ transaction so the parts agree; undefined when there is no such customer. */
export async function exportPgCustomer(db: PgDb, id: string, tables: CustomerTables = pgCustomerTables()): Promise<CustomerExport | undefined> {
  return inTransaction(db, async (client) => {
    await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const tx = drizzle(client, { schema });
    const [row] = await tx.select(withoutLease(getTableColumns(customers))).from(customers).where(eq(customers.id, id));
    if (!row) return undefined;
    const customer = { ...row, world: decodeWorld(row.id, row.attributes, row.tags, row.world) };
    const runRows = await tx.select().from(runs).where(eq(runs.customerId, id)).orderBy(asc(runs.enteredAt), asc(runs.id));
    const runIds = runRows.map((r) => r.id);
    const steps =
      runIds.length === 0
        ? []
        : await tx
            .select({ runId: runSteps.runId, visit: runSteps.visit, node: runSteps.node, port: runSteps.port, at: runSteps.at, leftAt: runSteps.leftAt })
            .from(runSteps)
            .where(inArray(runSteps.runId, runIds))
            .orderBy(asc(runSteps.runId), asc(runSteps.visit));
    const outboxRows = await tx.select(withoutLease(getTableColumns(outbox))).from(outbox).where(eq(outbox.customerId, id)).orderBy(asc(outbox.createdAt), asc(outbox.key));
    const keys = outboxRows.map((o) => o.key);
    const attempts =
      keys.length === 0
        ? []
        : await tx
            .select({ key: deliveryAttempts.key, at: deliveryAttempts.at, ok: deliveryAttempts.ok, detail: deliveryAttempts.detail })
            .from(deliveryAttempts)
            .where(inArray(deliveryAttempts.key, keys))
            .orderBy(asc(deliveryAttempts.id));
    const stepsByRun = groupBy(steps, (s) => s.runId);
    const attemptsByKey = groupBy(attempts, (a) => a.key);

    const other: CustomerExport['other'] = {};
    // On the connection itself, so bigint columns read as numbers (openPg's types).
    const all = (query: SQL) => rowsOf<Record<string, unknown>>(client, query);
    for (const table of tables.owned) {
      if (SECTIONS.has(table.name)) continue;
      other[table.name] = byKey(await all(sql`SELECT * FROM ${sql.identifier(table.name)} WHERE ${sql.identifier(CUSTOMER_COLUMN)} = ${id}`), table.key);
    }
    for (const table of tables.byRun) {
      if (SECTIONS.has(table.name)) continue;
      other[table.name] = byKey(await all(sql`SELECT * FROM ${sql.identifier(table.name)} WHERE run_id = ANY(${runIds}::text[])`), table.key);
    }

    return {
      customer,
      events: await tx.select().from(events).where(eq(events.customerId, id)).orderBy(asc(events.at), asc(events.id)),
      runs: runRows.map((r) => ({ ...r, steps: stepsByRun.get(r.id) ?? [] })),
      messages: await tx.select().from(messages).where(eq(messages.customerId, id)).orderBy(asc(messages.at), asc(messages.key)),
      coupons: await tx.select().from(coupons).where(eq(coupons.customerId, id)).orderBy(asc(coupons.issuedAt), asc(coupons.code)),
      tasks: await tx.select().from(tasks).where(eq(tasks.customerId, id)).orderBy(asc(tasks.createdAt), asc(tasks.id)),
      timers: await tx.select(withoutLease(getTableColumns(timers))).from(timers).where(eq(timers.customerId, id)).orderBy(asc(timers.dueAt), asc(timers.id)),
      deliveries: outboxRows.map((delivery) => ({
        ...delivery,
        attemptLog: (attemptsByKey.get(delivery.key) ?? []).map(({ at, ok, detail }) => ({ at, ok, detail })),
      })),
      other,
    };
  });
}
