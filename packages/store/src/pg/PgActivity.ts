import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { coupons, events, messages, runs, runSteps, tasks } from '../schema-pg/index.ts';
import type { ActivityRepository, CohortCell, CouponRecord, CurrencyFigures, MessageRecord, PagePosition, PlaybookStats, RetentionCounts, RunFilter, RunRecord, StepRecord, StoredEvent, TaskRecord } from '../Store.ts';
import { statsWindows } from '../sqlite/SqliteActivity.ts';
import type { PgDb } from './openPg.ts';
import { pgCohortCells } from './pgCohortCells.ts';
import { pgMoneyByCurrency } from './pgMoneyByCurrency.ts';
import { rowsOf } from './pgTransaction.ts';
import { utcDay } from '../moneyFigures.ts';
import { olderThan } from '../pagePosition.ts';

type NpsCounts = 'npsResponses' | 'promoters' | 'detractors';
type OrderTotals = { first: number; last: number; only: number; spent: number };


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

/** Reads over PostgreSQL: the same maintained aggregates and the same queries as SqliteActivity, in PostgreSQL's SQL. */
export class PgActivity implements ActivityRepository {
  constructor(private readonly db: PgDb) {}

  private async rows<T>(query: SQL): Promise<T[]> {
    return rowsOf<T>(this.db.$client, query);
  }

  async runs(filter: RunFilter): Promise<RunRecord[]> {
    const conditions: SQL[] = [];
    if (filter.playbookId !== undefined) conditions.push(eq(runs.playbookId, filter.playbookId));
    if (filter.customerId !== undefined) conditions.push(eq(runs.customerId, filter.customerId));
    if (filter.status !== undefined) conditions.push(eq(runs.status, filter.status));
    if (filter.before !== undefined) conditions.push(olderThan(runs.enteredAt, runs.id, filter.before));
    return this.db
      .select(runColumns)
      .from(runs)
      .where(and(...conditions))
      .orderBy(desc(runs.enteredAt), desc(runs.id))
      .limit(filter.limit);
  }

  async steps(runIds: readonly string[]): Promise<StepRecord[]> {
    if (runIds.length === 0) return [];
    return this.db
      .select({ runId: runSteps.runId, visit: runSteps.visit, node: runSteps.node, port: runSteps.port, at: runSteps.at, leftAt: runSteps.leftAt })
      .from(runSteps)
      .where(inArray(runSteps.runId, [...runIds]))
      .orderBy(asc(runSteps.runId), asc(runSteps.visit));
  }

  async stats(playbookId: string, options: { since?: number } = {}): Promise<PlaybookStats> {
    const { counted, liveRuns, rolledUp } = statsWindows(playbookId, options.since);
    const live = (part: SQL) => (liveRuns === undefined ? sql`` : sql`UNION ALL ${part}`);
    const stepsJoin = sql`runs r JOIN run_steps s ON s.run_id = r.id WHERE ${liveRuns}`;
    const nodes: PlaybookStats['nodes'] = {};
    const entered = await this.rows<{ node: string; n: number }>(sql`
      SELECT node, SUM(n) AS n FROM (
        SELECT node, SUM(steps) AS n FROM step_counts WHERE ${counted} GROUP BY node
        ${live(sql`SELECT s.node, COUNT(*) FROM ${stepsJoin} GROUP BY s.node`)}
        UNION ALL SELECT node, SUM(steps) FROM step_rollups WHERE ${rolledUp} GROUP BY node
      ) AS parts GROUP BY node HAVING SUM(n) > 0 ORDER BY node`);
    for (const row of entered) nodes[row.node] = { entered: row.n, ports: {} };
    const ports = await this.rows<{ node: string; port: string; n: number }>(sql`
      SELECT node, port, SUM(n) AS n FROM (
        SELECT node, port, SUM(steps) AS n FROM step_counts WHERE ${counted} AND port <> '' GROUP BY node, port
        ${live(sql`SELECT s.node, s.port, COUNT(*) FROM ${stepsJoin} AND s.port IS NOT NULL GROUP BY s.node, s.port`)}
        UNION ALL SELECT node, port, SUM(steps) FROM step_rollups WHERE ${rolledUp} AND port <> '' GROUP BY node, port
      ) AS parts GROUP BY node, port HAVING SUM(n) > 0 ORDER BY node, port`);
    for (const row of ports) {
      const node = (nodes[row.node] ??= { entered: 0, ports: {} });
      node.ports[row.port] = row.n;
    }
    const byStatus = await this.rows<{ status: RunRecord['status']; n: number }>(sql`
      SELECT status, SUM(n) AS n FROM (
        SELECT status, SUM(runs) AS n FROM run_counts WHERE ${counted} GROUP BY status
        ${live(sql`SELECT status, COUNT(*) FROM runs r WHERE ${liveRuns} GROUP BY status`)}
        UNION ALL SELECT status, SUM(runs) FROM run_rollups WHERE ${rolledUp} GROUP BY status
      ) AS parts GROUP BY status`);
    const statuses = { active: 0, completed: 0, exited: 0 };
    for (const row of byStatus) statuses[row.status] = row.n;
    const groups = await this.rows<{ control: boolean; variant: string | null; runs: number; converted: number }>(sql`
      SELECT control, variant, SUM(runs) AS runs, SUM(converted) AS converted FROM (
        SELECT control, NULLIF(variant, '') AS variant, SUM(runs) AS runs, SUM(converted) AS converted FROM run_counts WHERE ${counted} GROUP BY control, variant
        ${live(sql`SELECT control, variant, COUNT(*), COUNT(converted_at) FROM runs r WHERE ${liveRuns} GROUP BY control, variant`)}
        UNION ALL SELECT control, NULLIF(variant, ''), SUM(runs), SUM(converted) FROM run_rollups WHERE ${rolledUp} GROUP BY control, variant
      ) AS parts GROUP BY control, variant HAVING SUM(runs) > 0 ORDER BY control, variant`);
    return { nodes, runs: statuses, groups: groups.map((row) => ({ control: row.control, variant: row.variant, runs: row.runs, converted: row.converted })) };
  }

  async messages(filter: { customerId?: string; playbookId?: string; before?: PagePosition; limit: number }): Promise<MessageRecord[]> {
    const conditions: SQL[] = [];
    if (filter.customerId !== undefined) conditions.push(eq(messages.customerId, filter.customerId));
    if (filter.playbookId !== undefined) conditions.push(eq(messages.playbookId, filter.playbookId));
    if (filter.before !== undefined) conditions.push(olderThan(messages.at, messages.key, filter.before));
    return this.db
      .select()
      .from(messages)
      .where(and(...conditions))
      .orderBy(desc(messages.at), desc(messages.key))
      .limit(filter.limit);
  }

  async coupons(customerId: string): Promise<CouponRecord[]> {
    return this.db.select().from(coupons).where(eq(coupons.customerId, customerId)).orderBy(desc(coupons.issuedAt));
  }

  async tasks(filter: { customerId?: string; status?: TaskRecord['status']; before?: PagePosition; limit: number }): Promise<TaskRecord[]> {
    const conditions: SQL[] = [];
    if (filter.customerId !== undefined) conditions.push(eq(tasks.customerId, filter.customerId));
    if (filter.status !== undefined) conditions.push(eq(tasks.status, filter.status));
    if (filter.before !== undefined) conditions.push(olderThan(tasks.createdAt, tasks.id, filter.before));
    return this.db
      .select()
      .from(tasks)
      .where(and(...conditions))
      .orderBy(desc(tasks.createdAt), desc(tasks.id))
      .limit(filter.limit);
  }

  async setTaskStatus(id: string, status: TaskRecord['status'], now: number): Promise<boolean> {
    return (await this.db.update(tasks).set({ status, closedAt: status === 'open' ? null : now }).where(eq(tasks.id, id))).rowCount === 1;
  }

  async eventsById(ids: readonly string[]): Promise<StoredEvent[]> {
    const found: StoredEvent[] = [];
    for (let i = 0; i < ids.length; i += 500) found.push(...(await this.db.select().from(events).where(inArray(events.id, ids.slice(i, i + 500)))));
    return found;
  }

  async events(filter: { customerId?: string; from?: number; to?: number; types?: readonly string[]; limit?: number }): Promise<StoredEvent[]> {
    const conditions: SQL[] = [];
    if (filter.customerId !== undefined) conditions.push(eq(events.customerId, filter.customerId));
    if (filter.from !== undefined) conditions.push(gte(events.at, filter.from));
    if (filter.to !== undefined) conditions.push(lte(events.at, filter.to));
    if (filter.types !== undefined) conditions.push(inArray(events.type, [...filter.types]));
    const query = this.db.select().from(events).where(and(...conditions)).orderBy(asc(events.at));
    return filter.limit !== undefined ? query.limit(filter.limit) : query;
  }

  async retentionCounts(from: number, to: number): Promise<RetentionCounts> {
    // From the ledgers and their day rollups, as on SQLite (store README, "Aggregates"). Windows are half-open, [from, to).
    const [last] = await this.rows<{ order: number | null; answer: number | null }>(sql`SELECT (SELECT MAX(at) FROM orders) AS "order", (SELECT MAX(at) FROM nps_answers) AS answer`);
    const orders = (last?.order ?? -Infinity) < to ? await this.ordersEndingAfterTheLast(from, to) : await this.ordersInWindow(from, to);
    let answers: Record<NpsCounts, number>;
    if ((last?.answer ?? -Infinity) < to) {
      // No answer at or after `to`: the latest in the window are the latest of all, given since `from`.
      const [byTo, byFrom] = [await this.latestAnswersBefore(to), await this.latestAnswersBefore(from)];
      answers = { npsResponses: byTo.npsResponses - byFrom.npsResponses, promoters: byTo.promoters - byFrom.promoters, detractors: byTo.detractors - byFrom.detractors };
    } else {
      answers = await this.latestAnswersInWindow(from, to);
    }
    return { ...orders, ...answers };
  }

  async moneyByCurrency(from: number, to: number): Promise<CurrencyFigures[]> {
    return pgMoneyByCurrency(this.db, from, to);
  }

  async cohorts(from: number, to: number, options: { segment?: string } = {}): Promise<CohortCell[]> {
    return pgCohortCells(this.db, from, to, options.segment);
  }

  /** Orders before an instant: whole UTC days from `order_days`, plus the ledger rows of the instant's own day. */
  private async ordersBefore(at: number): Promise<OrderTotals> {
    const day = utcDay(at);
    const [row] = await this.rows<OrderTotals>(sql`
      SELECT d.first + p.first AS first, d.last + p.last AS last, d.only + p.only AS only, d.spent + p.spent AS spent
      FROM (SELECT COALESCE(SUM(k.first_orders), 0) AS first, COALESCE(SUM(k.last_orders), 0) AS last, COALESCE(SUM(k.only_orders), 0) AS only,
                   COALESCE(SUM(CASE WHEN k.orders = 0 THEN 0 ELSE k.spent END), 0) AS spent
            FROM (SELECT SUM(orders) AS orders, SUM(first_orders) AS first_orders, SUM(last_orders) AS last_orders, SUM(only_orders) AS only_orders, SUM(spent) AS spent
                  FROM order_days WHERE day < ${day} GROUP BY day, currency) AS k) AS d,
           (SELECT COUNT(*) FILTER (WHERE prev_at IS NULL) AS first, COUNT(*) FILTER (WHERE next_at IS NULL) AS last,
                   COUNT(*) FILTER (WHERE prev_at IS NULL AND next_at IS NULL) AS only, COALESCE(SUM(amount), 0) AS spent
            FROM orders WHERE at >= ${day} AND at < ${at}) AS p`);
    return row ?? { first: 0, last: 0, only: 0, spent: 0 };
  }

  private async ordersEndingAfterTheLast(from: number, to: number): Promise<Omit<RetentionCounts, NpsCounts>> {
    const byTo = await this.ordersBefore(to);
    const byFrom = await this.ordersBefore(from);
    const buyers = byTo.first - byFrom.last;
    return {
      customersAtStart: byFrom.first,
      retained: byFrom.first - byFrom.last,
      newCustomers: byTo.first - byFrom.first,
      buyers,
      repeatBuyers: buyers - (byTo.only - byFrom.only),
      customersWithOrders: byTo.first,
      totalSpent: byTo.spent,
    };
  }

  private async ordersInWindow(from: number, to: number): Promise<Omit<RetentionCounts, NpsCounts>> {
    const byTo = await this.ordersBefore(to);
    const byFrom = await this.ordersBefore(from);
    const [w] = await this.rows<{ buyers: number; retained: number; newCustomers: number; repeatBuyers: number }>(sql`
      SELECT COUNT(*) AS buyers, COUNT(*) FILTER (WHERE prev_at IS NOT NULL) AS retained, COUNT(*) FILTER (WHERE prev_at IS NULL) AS "newCustomers",
             COUNT(*) FILTER (WHERE prev_at IS NOT NULL OR next_at < ${to}) AS "repeatBuyers"
      FROM orders WHERE at >= ${from} AND at < ${to} AND (prev_at IS NULL OR prev_at < ${from})`);
    return {
      customersAtStart: byFrom.first,
      retained: w?.retained ?? 0,
      newCustomers: w?.newCustomers ?? 0,
      buyers: w?.buyers ?? 0,
      repeatBuyers: w?.repeatBuyers ?? 0,
      customersWithOrders: byTo.first,
      totalSpent: byTo.spent,
    };
  }

  private async latestAnswersBefore(at: number): Promise<Record<NpsCounts, number>> {
    const day = utcDay(at);
    const [row] = await this.rows<Record<NpsCounts, number>>(sql`
      SELECT d.n + p.n AS "npsResponses", d.promoters + p.promoters AS promoters, d.detractors + p.detractors AS detractors
      FROM (SELECT COALESCE(SUM(latest), 0) AS n, COALESCE(SUM(promoters), 0) AS promoters, COALESCE(SUM(detractors), 0) AS detractors FROM nps_days WHERE day < ${day}) AS d,
           (SELECT COUNT(*) AS n, COUNT(*) FILTER (WHERE score >= 9) AS promoters, COUNT(*) FILTER (WHERE score <= 6) AS detractors
            FROM nps_answers WHERE at >= ${day} AND at < ${at} AND next_at IS NULL) AS p`);
    return { npsResponses: row?.npsResponses ?? 0, promoters: row?.promoters ?? 0, detractors: row?.detractors ?? 0 };
  }

  private async latestAnswersInWindow(from: number, to: number): Promise<Record<NpsCounts, number>> {
    const [row] = await this.rows<Record<NpsCounts, number>>(sql`
      SELECT COUNT(*) AS "npsResponses", COUNT(*) FILTER (WHERE score >= 9) AS promoters, COUNT(*) FILTER (WHERE score <= 6) AS detractors
      FROM nps_answers WHERE at >= ${from} AND at < ${to} AND (next_at IS NULL OR next_at >= ${to})`);
    return { npsResponses: row?.npsResponses ?? 0, promoters: row?.promoters ?? 0, detractors: row?.detractors ?? 0 };
  }
}
