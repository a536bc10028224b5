import { asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { coupons, customers, deliveryAttempts, events, messages, outbox, runs, runSteps, tasks, timers } from '../schema/index.ts';
import { withoutLease } from '../lease/withoutLease.ts';
import type { CustomerExport } from '../Store.ts';
import { byKey, CUSTOMER_COLUMN, customerTables, quoted, type CustomerTables } from './customerTables.ts';
import type { SqliteDb } from './openSqlite.ts';
import { decodeWorld } from './worldCodec.ts';

/** Tables with a section of their own in the export; any other table of the customer's goes under `other`. */
const SECTIONS: ReadonlySet<string> = new Set(
  ([customers, events, runs, runSteps, messages, coupons, tasks, timers, outbox, deliveryAttempts] as SQLiteTable[]).map((t) => getTableConfig(t).name),
);

/** Ids can be many: `IN` lists stay well under SQLite's limit on bound values. */
const CHUNK = 500;

/** The list in consecutive parts of at most `size` items. */
export const chunks = <T>(list: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

export function groupBy<T>(list: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

/** Everything held about the customer, read in one transaction so the parts agree; undefined when there is no such customer. */
export function exportCustomer(db: SqliteDb, id: string, tables: CustomerTables = customerTables()): CustomerExport | undefined {
  return db.transaction((tx) => {
    const row = tx.select(withoutLease(getTableColumns(customers))).from(customers).where(eq(customers.id, id)).get();
    if (!row) return undefined;
    const customer = { ...row, world: decodeWorld(row.id, row.attributes, row.tags, row.world) };

    const runRows = tx.select().from(runs).where(eq(runs.customerId, id)).orderBy(asc(runs.enteredAt), asc(runs.id)).all();
    const runIds = runRows.map((r) => r.id);
    const steps = chunks(runIds, CHUNK).flatMap((ids) =>
      tx
        .select({ runId: runSteps.runId, visit: runSteps.visit, node: runSteps.node, port: runSteps.port, at: runSteps.at, leftAt: runSteps.leftAt })
        .from(runSteps)
        .where(inArray(runSteps.runId, ids))
        .orderBy(asc(runSteps.runId), asc(runSteps.visit))
        .all(),
    );

    const outboxRows = tx.select(withoutLease(getTableColumns(outbox))).from(outbox).where(eq(outbox.customerId, id)).orderBy(asc(outbox.createdAt), asc(outbox.key)).all();
    const attempts = chunks(outboxRows.map((o) => o.key), CHUNK).flatMap((keys) =>
      tx
        .select({ key: deliveryAttempts.key, at: deliveryAttempts.at, ok: deliveryAttempts.ok, detail: deliveryAttempts.detail })
        .from(deliveryAttempts)
        .where(inArray(deliveryAttempts.key, keys))
        .orderBy(asc(deliveryAttempts.id))
        .all(),
    );

    const stepsByRun = groupBy(steps, (s) => s.runId);
    const attemptsByKey = groupBy(attempts, (a) => a.key);

    const other: CustomerExport['other'] = {};
    for (const table of tables.owned) {
      if (SECTIONS.has(table.name)) continue;
      other[table.name] = byKey(db.$client.prepare(`SELECT * FROM ${quoted(table.name)} WHERE ${CUSTOMER_COLUMN} = ?`).all(id) as Record<string, unknown>[], table.key);
    }
    for (const table of tables.byRun) {
      if (SECTIONS.has(table.name)) continue;
      other[table.name] = byKey(
        chunks(runIds, CHUNK).flatMap((ids) => db.$client.prepare(`SELECT * FROM ${quoted(table.name)} WHERE run_id IN (${ids.map(() => '?').join(', ')})`).all(...ids) as Record<string, unknown>[]),
        table.key,
      );
    }

    return {
      customer,
      events: tx.select().from(events).where(eq(events.customerId, id)).orderBy(asc(events.at), asc(events.id)).all(),
      runs: runRows.map((run) => ({ ...run, steps: stepsByRun.get(run.id) ?? [] })),
      messages: tx.select().from(messages).where(eq(messages.customerId, id)).orderBy(asc(messages.at), asc(messages.key)).all(),
      coupons: tx.select().from(coupons).where(eq(coupons.customerId, id)).orderBy(asc(coupons.issuedAt), asc(coupons.code)).all(),
      tasks: tx.select().from(tasks).where(eq(tasks.customerId, id)).orderBy(asc(tasks.createdAt), asc(tasks.id)).all(),
      timers: tx.select(withoutLease(getTableColumns(timers))).from(timers).where(eq(timers.customerId, id)).orderBy(asc(timers.dueAt), asc(timers.id)).all(),
      deliveries: outboxRows.map((delivery) => ({
        ...delivery,
        attemptLog: (attemptsByKey.get(delivery.key) ?? []).map(({ at, ok, detail }) => ({ at, ok, detail })),
      })),
      other,
    };
  });
}
