import { MS_PER_DAY } from '@stayflow/logic';
import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { coupons, events, messages, runs, runSteps, tasks } from '../schema/index.ts';
import type { RetentionCounts, ActivityRepository, CouponRecord, MessageRecord, PlaybookStats, RunFilter, RunRecord, StepRecord, StoredEvent, TaskRecord } from '../Store.ts';
import type { SqliteDb } from './openSqlite.ts';

const runColumns = {
  id: runs.id,
  playbookId: runs.playbookId,
  version: runs.version,
  customerId: runs.customerId,
  status: runs.status,
  exitReason: runs.exitReason,
  control: runs.control,
  variant: runs.variant,
  enteredAt: runs.enteredAt,
  endedAt: runs.endedAt,
  convertedAt: runs.convertedAt,
};

export class SqliteActivity implements ActivityRepository {
  constructor(private readonly db: SqliteDb) {}

  async runs(filter: RunFilter): Promise<RunRecord[]> {
    const conditions: SQL[] = [];
    if (filter.playbookId !== undefined) conditions.push(eq(runs.playbookId, filter.playbookId));
    if (filter.customerId !== undefined) conditions.push(eq(runs.customerId, filter.customerId));
    if (filter.status !== undefined) conditions.push(eq(runs.status, filter.status));
    return this.db
      .select(runColumns)
      .from(runs)
      .where(and(...conditions))
      .orderBy(desc(runs.enteredAt), desc(runs.id))
      .limit(filter.limit)
      .all();
  }

  async steps(runIds: readonly string[]): Promise<StepRecord[]> {
    if (runIds.length === 0) return [];
    return this.db
      .select({ runId: runSteps.runId, visit: runSteps.visit, node: runSteps.node, port: runSteps.port, at: runSteps.at, leftAt: runSteps.leftAt })
      .from(runSteps)
      .where(inArray(runSteps.runId, [...runIds]))
      .orderBy(asc(runSteps.runId), asc(runSteps.visit))
      .all();
  }

  async stats(playbookId: string, options: { since?: number } = {}): Promise<PlaybookStats> {
    const since = options.since;
    // Live rows: the runs that entered in the window, and their steps.
    const liveRuns = since === undefined ? sql`playbook_id = ${playbookId}` : sql`playbook_id = ${playbookId} AND entered_at >= ${since}`;
    const liveSteps =
      since === undefined
        ? sql`playbook_id = ${playbookId}`
        : sql`playbook_id = ${playbookId} AND run_id IN (SELECT id FROM runs WHERE playbook_id = ${playbookId} AND entered_at >= ${since})`;
    // Pruned runs, from the rollups: by entry day, so a window takes the whole day `since` falls in.
    const rolledUp = since === undefined ? sql`playbook_id = ${playbookId}` : sql`playbook_id = ${playbookId} AND entered_day >= ${since - (since % MS_PER_DAY)}`;
    const nodes: PlaybookStats['nodes'] = {};
    const entered = this.db.all<{ node: string; n: number }>(sql`
      SELECT node, SUM(n) AS n FROM (
        SELECT node, COUNT(*) AS n FROM run_steps WHERE ${liveSteps} GROUP BY node
        UNION ALL SELECT node, SUM(steps) FROM step_rollups WHERE ${rolledUp} GROUP BY node
      ) GROUP BY node ORDER BY node`);
    for (const row of entered) nodes[row.node] = { entered: row.n, ports: {} };
    const ports = this.db.all<{ node: string; port: string; n: number }>(sql`
      SELECT node, port, SUM(n) AS n FROM (
        SELECT node, port, COUNT(*) AS n FROM run_steps WHERE ${liveSteps} AND port IS NOT NULL GROUP BY node, port
        UNION ALL SELECT node, port, SUM(steps) FROM step_rollups WHERE ${rolledUp} AND port != '' GROUP BY node, port
      ) GROUP BY node, port ORDER BY node, port`);
    for (const row of ports) {
      const node = (nodes[row.node] ??= { entered: 0, ports: {} });
      node.ports[row.port] = row.n;
    }
    const byStatus = this.db.all<{ status: RunRecord['status']; n: number }>(sql`
      SELECT status, SUM(n) AS n FROM (
        SELECT status, COUNT(*) AS n FROM runs WHERE ${liveRuns} GROUP BY status
        UNION ALL SELECT status, SUM(runs) FROM run_rollups WHERE ${rolledUp} GROUP BY status
      ) GROUP BY status`);
    const statuses = { active: 0, completed: 0, exited: 0 };
    for (const row of byStatus) statuses[row.status] = row.n;
    const groups = this.db
      .all<{ control: number; variant: string | null; runs: number; converted: number }>(
        sql`
      SELECT control, variant, SUM(runs) AS runs, SUM(converted) AS converted FROM (
        SELECT control, variant, COUNT(*) AS runs, COUNT(converted_at) AS converted FROM runs WHERE ${liveRuns} GROUP BY control, variant
        UNION ALL SELECT control, NULLIF(variant, ''), SUM(runs), SUM(converted) FROM run_rollups WHERE ${rolledUp} GROUP BY control, variant
      ) GROUP BY control, variant ORDER BY control, variant`,
      )
      .map((row) => ({ control: row.control === 1, variant: row.variant, runs: row.runs, converted: row.converted }));
    return { nodes, runs: statuses, groups };
  }

  async messages(filter: { customerId?: string; playbookId?: string; limit: number }): Promise<MessageRecord[]> {
    const conditions: SQL[] = [];
    if (filter.customerId !== undefined) conditions.push(eq(messages.customerId, filter.customerId));
    if (filter.playbookId !== undefined) conditions.push(eq(messages.playbookId, filter.playbookId));
    return this.db
      .select()
      .from(messages)
      .where(and(...conditions))
      .orderBy(desc(messages.at), desc(messages.key))
      .limit(filter.limit)
      .all();
  }

  async coupons(customerId: string): Promise<CouponRecord[]> {
    return this.db.select().from(coupons).where(eq(coupons.customerId, customerId)).orderBy(desc(coupons.issuedAt)).all();
  }

  async tasks(filter: { customerId?: string; status?: TaskRecord['status']; limit: number }): Promise<TaskRecord[]> {
    const conditions: SQL[] = [];
    if (filter.customerId !== undefined) conditions.push(eq(tasks.customerId, filter.customerId));
    if (filter.status !== undefined) conditions.push(eq(tasks.status, filter.status));
    return this.db
      .select()
      .from(tasks)
      .where(and(...conditions))
      .orderBy(desc(tasks.createdAt))
      .limit(filter.limit)
      .all();
  }

  async setTaskStatus(id: string, status: TaskRecord['status'], now: number): Promise<boolean> {
    return this.db.update(tasks).set({ status, closedAt: status === 'open' ? null : now }).where(eq(tasks.id, id)).run().changes === 1;
  }

  async events(filter: { customerId?: string; from?: number; to?: number; types?: readonly string[]; limit?: number }): Promise<StoredEvent[]> {
    const conditions: SQL[] = [];
    if (filter.customerId !== undefined) conditions.push(eq(events.customerId, filter.customerId));
    if (filter.from !== undefined) conditions.push(gte(events.at, filter.from));
    if (filter.to !== undefined) conditions.push(lte(events.at, filter.to));
    if (filter.types !== undefined) conditions.push(inArray(events.type, [...filter.types]));
    const query = this.db.select().from(events).where(and(...conditions)).orderBy(asc(events.at));
    return filter.limit !== undefined ? query.limit(filter.limit).all() : query.all();
  }

  async retentionCounts(from: number, to: number): Promise<RetentionCounts> {
    // From the ledgers, not the raw events: pruning events leaves these figures alone.
    const row = this.db.get<Record<keyof RetentionCounts, number | null>>(sql`
      WITH window_orders AS (
        SELECT customer_id, at, amount FROM orders WHERE at <= ${to}
      ),
      per_customer AS (
        SELECT customer_id,
               MIN(at) AS first_at,
               COUNT(*) AS orders,
               SUM(amount) AS spent,
               MAX(CASE WHEN at < ${from} THEN 1 ELSE 0 END) AS before,
               MAX(CASE WHEN at >= ${from} THEN 1 ELSE 0 END) AS within
        FROM window_orders GROUP BY customer_id
      ),
      nps AS (
        SELECT score FROM (
          SELECT score, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY at DESC, event_id DESC) AS latest
          FROM nps_answers WHERE at >= ${from} AND at <= ${to}
        ) WHERE latest = 1
      )
      SELECT
        (SELECT COUNT(*) FROM per_customer WHERE before = 1) AS customersAtStart,
        (SELECT COUNT(*) FROM per_customer WHERE before = 1 AND within = 1) AS retained,
        (SELECT COUNT(*) FROM per_customer WHERE first_at >= ${from}) AS newCustomers,
        (SELECT COUNT(*) FROM per_customer WHERE within = 1) AS buyers,
        (SELECT COUNT(*) FROM per_customer WHERE within = 1 AND orders >= 2) AS repeatBuyers,
        (SELECT COUNT(*) FROM nps) AS npsResponses,
        (SELECT COUNT(*) FROM nps WHERE score >= 9) AS promoters,
        (SELECT COUNT(*) FROM nps WHERE score <= 6) AS detractors,
        (SELECT COUNT(*) FROM per_customer) AS customersWithOrders,
        (SELECT COALESCE(SUM(spent), 0) FROM per_customer) AS totalSpent
    `);
    const n = (value: number | null | undefined) => Number(value ?? 0);
    return {
      customersAtStart: n(row?.customersAtStart),
      retained: n(row?.retained),
      newCustomers: n(row?.newCustomers),
      buyers: n(row?.buyers),
      repeatBuyers: n(row?.repeatBuyers),
      npsResponses: n(row?.npsResponses),
      promoters: n(row?.promoters),
      detractors: n(row?.detractors),
      customersWithOrders: n(row?.customersWithOrders),
      totalSpent: n(row?.totalSpent),
    };
  }
}
