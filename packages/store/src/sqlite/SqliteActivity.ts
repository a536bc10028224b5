import { and, asc, count, desc, eq, gte, inArray, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
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
    const inRuns = since === undefined ? eq(runs.playbookId, playbookId) : and(eq(runs.playbookId, playbookId), gte(runs.enteredAt, since));
    // The window's steps: those of the runs that entered in it.
    const inSteps = since === undefined ? eq(runSteps.playbookId, playbookId) : and(eq(runSteps.playbookId, playbookId), inArray(runSteps.runId, this.db.select({ id: runs.id }).from(runs).where(inRuns)));
    const nodes: PlaybookStats['nodes'] = {};
    const entered = this.db.select({ node: runSteps.node, n: count() }).from(runSteps).where(inSteps).groupBy(runSteps.node).all();
    for (const row of entered) nodes[row.node] = { entered: row.n, ports: {} };
    const ports = this.db
      .select({ node: runSteps.node, port: runSteps.port, n: count() })
      .from(runSteps)
      .where(and(inSteps, isNotNull(runSteps.port)))
      .groupBy(runSteps.node, runSteps.port)
      .all();
    for (const row of ports) {
      const node = (nodes[row.node] ??= { entered: 0, ports: {} });
      node.ports[row.port!] = row.n;
    }
    const byStatus = this.db.select({ status: runs.status, n: count() }).from(runs).where(inRuns).groupBy(runs.status).all();
    const statuses = { active: 0, completed: 0, exited: 0 };
    for (const row of byStatus) statuses[row.status] = row.n;
    const groups = this.db
      .select({ control: runs.control, variant: runs.variant, runs: count(), converted: count(runs.convertedAt) })
      .from(runs)
      .where(inRuns)
      .groupBy(runs.control, runs.variant)
      .all();
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
    const row = this.db.get<Record<keyof RetentionCounts, number | null>>(sql`
      WITH orders AS (
        SELECT customer_id, at, CAST(json_extract(properties, '$.amount') AS REAL) AS amount FROM events WHERE type = 'order_placed' AND at <= ${to}
      ),
      per_customer AS (
        SELECT customer_id,
               MIN(at) AS first_at,
               COUNT(*) AS orders,
               SUM(amount) AS spent,
               MAX(CASE WHEN at < ${from} THEN 1 ELSE 0 END) AS before,
               MAX(CASE WHEN at >= ${from} THEN 1 ELSE 0 END) AS within
        FROM orders GROUP BY customer_id
      ),
      nps AS (
        SELECT e.customer_id, CAST(json_extract(e.properties, '$.score') AS REAL) AS score
        FROM events e
        WHERE e.type = 'nps_submitted' AND e.at >= ${from} AND e.at <= ${to}
          AND e.at = (SELECT MAX(at) FROM events x WHERE x.customer_id = e.customer_id AND x.type = 'nps_submitted' AND x.at >= ${from} AND x.at <= ${to})
        GROUP BY e.customer_id
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
