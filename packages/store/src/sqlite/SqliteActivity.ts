import { MS_PER_DAY } from '@stayflow/logic';
import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { coupons, events, messages, runs, runSteps, tasks } from '../schema/index.ts';
import { cohortCells } from './cohortCells.ts';
import { moneyByCurrency } from './moneyByCurrency.ts';
import type { CohortCell, CurrencyFigures, RetentionCounts, ActivityRepository, CouponRecord, MessageRecord, PagePosition, PlaybookStats, RunFilter, RunRecord, StepRecord, StoredEvent, TaskRecord } from '../Store.ts';
import type { SqliteDb } from './openSqlite.ts';
import { utcDay } from '../moneyFigures.ts';
import { olderThan } from '../pagePosition.ts';

type NpsCounts = 'npsResponses' | 'promoters' | 'detractors';
const nps = (row: Record<NpsCounts, number> | undefined): Record<NpsCounts, number> => ({
  npsResponses: Number(row?.npsResponses ?? 0),
  promoters: Number(row?.promoters ?? 0),
  detractors: Number(row?.detractors ?? 0),
});


/**
 * Where `stats` reads each part of a window. Live runs and steps are counted by entry day in
 * `run_counts` / `step_counts`; only the runs entering on the day `since` falls in (after
 * `since`) are read row by row, from `runs_playbook_entered`. Pruned runs come from the
 * rollups, whose grain is the day: with `since`, its whole day counts for them.
 */
export function statsWindows(playbookId: string, since: number | undefined): { counted: SQL; liveRuns?: SQL; rolledUp: SQL } {
  const playbook = sql`playbook_id = ${playbookId}`;
  if (since === undefined) return { counted: playbook, rolledUp: playbook };
  const day = since - (since % MS_PER_DAY);
  const rolledUp = sql`${playbook} AND entered_day >= ${day}`;
  // A window starting at midnight is all whole days.
  if (since === day) return { counted: rolledUp, rolledUp };
  // Qualified: the steps join these runs (CROSS JOIN keeps runs outermost, on its index).
  const liveRuns = sql`r.playbook_id = ${playbookId} AND r.entered_at >= ${since} AND r.entered_at < ${day + MS_PER_DAY}`;
  return { counted: sql`${playbook} AND entered_day > ${day}`, liveRuns, rolledUp };
}

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
    if (filter.before !== undefined) conditions.push(olderThan(runs.enteredAt, runs.id, filter.before));
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
    const { counted, liveRuns, rolledUp } = statsWindows(playbookId, options.since);
    // The runs of the window's first day, row by row, when it starts within a day.
    const live = (part: SQL) => (liveRuns === undefined ? sql`` : sql`UNION ALL ${part}`);
    const stepsJoin = sql`runs r CROSS JOIN run_steps s ON s.run_id = r.id WHERE ${liveRuns}`;
    const nodes: PlaybookStats['nodes'] = {};
    const entered = this.db.all<{ node: string; n: number }>(sql`
      SELECT node, SUM(n) AS n FROM (
        SELECT node, SUM(steps) AS n FROM step_counts WHERE ${counted} GROUP BY node
        ${live(sql`SELECT s.node, COUNT(*) FROM ${stepsJoin} GROUP BY s.node`)}
        UNION ALL SELECT node, SUM(steps) FROM step_rollups WHERE ${rolledUp} GROUP BY node
      ) GROUP BY node HAVING SUM(n) > 0 ORDER BY node`);
    for (const row of entered) nodes[row.node] = { entered: row.n, ports: {} };
    const ports = this.db.all<{ node: string; port: string; n: number }>(sql`
      SELECT node, port, SUM(n) AS n FROM (
        SELECT node, port, SUM(steps) AS n FROM step_counts WHERE ${counted} AND port != '' GROUP BY node, port
        ${live(sql`SELECT s.node, s.port, COUNT(*) FROM ${stepsJoin} AND s.port IS NOT NULL GROUP BY s.node, s.port`)}
        UNION ALL SELECT node, port, SUM(steps) FROM step_rollups WHERE ${rolledUp} AND port != '' GROUP BY node, port
      ) GROUP BY node, port HAVING SUM(n) > 0 ORDER BY node, port`);
    for (const row of ports) {
      const node = (nodes[row.node] ??= { entered: 0, ports: {} });
      node.ports[row.port] = row.n;
    }
    const byStatus = this.db.all<{ status: RunRecord['status']; n: number }>(sql`
      SELECT status, SUM(n) AS n FROM (
        SELECT status, SUM(runs) AS n FROM run_counts WHERE ${counted} GROUP BY status
        ${live(sql`SELECT status, COUNT(*) FROM runs r WHERE ${liveRuns} GROUP BY status`)}
        UNION ALL SELECT status, SUM(runs) FROM run_rollups WHERE ${rolledUp} GROUP BY status
      ) GROUP BY status`);
    const statuses = { active: 0, completed: 0, exited: 0 };
    for (const row of byStatus) statuses[row.status] = row.n;
    const groups = this.db
      .all<{ control: number; variant: string | null; runs: number; converted: number }>(
        sql`
      SELECT control, variant, SUM(runs) AS runs, SUM(converted) AS converted FROM (
        SELECT control, NULLIF(variant, '') AS variant, SUM(runs) AS runs, SUM(converted) AS converted FROM run_counts WHERE ${counted} GROUP BY control, variant
        ${live(sql`SELECT control, variant, COUNT(*), COUNT(converted_at) FROM runs r WHERE ${liveRuns} GROUP BY control, variant`)}
        UNION ALL SELECT control, NULLIF(variant, ''), SUM(runs), SUM(converted) FROM run_rollups WHERE ${rolledUp} GROUP BY control, variant
      ) GROUP BY control, variant HAVING SUM(runs) > 0 ORDER BY control, variant`,
      )
      .map((row) => ({ control: row.control === 1, variant: row.variant, runs: row.runs, converted: row.converted }));
    return { nodes, runs: statuses, groups };
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
      .limit(filter.limit)
      .all();
  }

  async coupons(customerId: string): Promise<CouponRecord[]> {
    return this.db.select().from(coupons).where(eq(coupons.customerId, customerId)).orderBy(desc(coupons.issuedAt)).all();
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
      .limit(filter.limit)
      .all();
  }

  async setTaskStatus(id: string, status: TaskRecord['status'], now: number): Promise<boolean> {
    return this.db.update(tasks).set({ status, closedAt: status === 'open' ? null : now }).where(eq(tasks.id, id)).run().changes === 1;
  }

  async eventsById(ids: readonly string[]): Promise<StoredEvent[]> {
    const found: StoredEvent[] = [];
    for (let i = 0; i < ids.length; i += 500) found.push(...(this.db.select().from(events).where(inArray(events.id, ids.slice(i, i + 500))).all()));
    return found;
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
    // From the ledgers and their day rollups, never the raw events (pruning them changes no
    // figure). See the store README, "Aggregates", for each figure's cost.
    const last = this.db.get<{ order: number | null; answer: number | null }>(sql`SELECT (SELECT MAX(at) FROM orders) AS "order", (SELECT MAX(at) FROM nps_answers) AS answer`);
    // Windows are half-open, [from, to): adjacent windows never count an order or answer twice.
    const orders = (last?.order ?? -Infinity) < to ? this.ordersEndingAfterTheLast(from, to) : this.ordersInWindow(from, to);
    let answers = this.latestAnswersInWindow.bind(this);
    if ((last?.answer ?? -Infinity) < to) {
      // No answer at or after `to`: the latest in the window are the latest of all, given since `from`.
      answers = () => {
        const [byTo, byFrom] = [this.latestAnswersBefore(to), this.latestAnswersBefore(from)];
        return { npsResponses: byTo.npsResponses - byFrom.npsResponses, promoters: byTo.promoters - byFrom.promoters, detractors: byTo.detractors - byFrom.detractors };
      };
    }
    return { ...orders, ...answers(from, to) };
  }

  async moneyByCurrency(from: number, to: number): Promise<CurrencyFigures[]> {
    return moneyByCurrency(this.db, from, to);
  }

  async cohorts(from: number, to: number, options: { segment?: string } = {}): Promise<CohortCell[]> {
    return cohortCells(this.db, from, to, options.segment);
  }

  /** Orders before an instant: whole UTC days from `order_days`, plus the ledger rows of the instant's own day. */
  private ordersBefore(at: number): { first: number; last: number; only: number; spent: number } {
    const day = utcDay(at);
    const row = this.db.get<{ first: number; last: number; only: number; spent: number }>(sql`
      SELECT d.first + p.first AS first, d.last + p.last AS last, d.only + p.only AS only, d.spent + p.spent AS spent
      FROM (SELECT TOTAL(first_orders) AS first, TOTAL(last_orders) AS last, TOTAL(only_orders) AS only, TOTAL(spent) AS spent FROM order_days WHERE day < ${day}) AS d,
           (SELECT TOTAL(prev_at IS NULL) AS first, TOTAL(next_at IS NULL) AS last, TOTAL(prev_at IS NULL AND next_at IS NULL) AS only, TOTAL(amount) AS spent
            FROM orders WHERE at >= ${day} AND at < ${at}) AS p`);
    return row ?? { first: 0, last: 0, only: 0, spent: 0 };
  }

  /**
   * When no order is at or after `to` (the default window, ending now): every figure from prefixes
   * over days. A customer who ordered by `to` but not since `from` is one whose latest order
   * is before `from`; a repeat buyer is a buyer whose only order is not in the window.
   */
  private ordersEndingAfterTheLast(from: number, to: number): Omit<RetentionCounts, NpsCounts> {
    const byTo = this.ordersBefore(to);
    const byFrom = this.ordersBefore(from);
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

  /**
   * Any other window: totals up to an instant as above, and the window's buyers by one range
   * scan of `orders_window`, each customer's first order in the window being the one whose
   * previous order is before it.
   */
  private ordersInWindow(from: number, to: number): Omit<RetentionCounts, NpsCounts> {
    const byTo = this.ordersBefore(to);
    const byFrom = this.ordersBefore(from);
    const w = this.db.get<{ buyers: number; retained: number; newCustomers: number; repeatBuyers: number }>(sql`
      SELECT COUNT(*) AS buyers, TOTAL(prev_at IS NOT NULL) AS retained, TOTAL(prev_at IS NULL) AS newCustomers,
             TOTAL(prev_at IS NOT NULL OR next_at < ${to}) AS repeatBuyers
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

  /** Customers' latest answers given before an instant, by class: whole days from `nps_days`, plus the rows of the instant's own day. */
  private latestAnswersBefore(at: number): Record<NpsCounts, number> {
    const day = utcDay(at);
    const row = this.db.get<Record<NpsCounts, number>>(sql`
      SELECT d.n + p.n AS npsResponses, d.promoters + p.promoters AS promoters, d.detractors + p.detractors AS detractors
      FROM (SELECT TOTAL(latest) AS n, TOTAL(promoters) AS promoters, TOTAL(detractors) AS detractors FROM nps_days WHERE day < ${day}) AS d,
           (SELECT COUNT(*) AS n, TOTAL(score >= 9) AS promoters, TOTAL(score <= 6) AS detractors
            FROM nps_answers WHERE at >= ${day} AND at < ${at} AND next_at IS NULL) AS p`);
    return nps(row);
  }

  /** The latest answer per customer in any window: the one whose next answer is at or after `to` (a range scan of `nps_answers_window`). */
  private latestAnswersInWindow(from: number, to: number): Record<NpsCounts, number> {
    const row = this.db.get<Record<NpsCounts, number>>(sql`
      SELECT COUNT(*) AS npsResponses, TOTAL(score >= 9) AS promoters, TOTAL(score <= 6) AS detractors
      FROM nps_answers WHERE at >= ${from} AND at < ${to} AND (next_at IS NULL OR next_at >= ${to})`);
    return nps(row);
  }
}
