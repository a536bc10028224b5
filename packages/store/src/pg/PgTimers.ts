import { and, asc, eq, getTableColumns, lte, min } from 'drizzle-orm';
import { withoutLease } from '../lease/withoutLease.ts';
import { timers } from '../schema-pg/index.ts';
import type { JobProgress, TimerKind, TimerRecord, TimerRepository } from '../Store.ts';
import type { PgDb } from './openPg.ts';
import { writeProgress } from './PgJobs.ts';
import type { PgLeases } from './PgLeases.ts';
import { inTransaction, run, statement } from './pgTransaction.ts';

const PUT = statement('stayflow_timer_put', 'INSERT INTO timers (id, due_at, kind, customer_id, playbook_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO UPDATE SET due_at = excluded.due_at, lease_owner = NULL, lease_until = NULL');
// Up to $2 timers due by $1 that nobody else holds (SKIP LOCKED: rows another process is claiming are passed over), leased to $3 until $4.
const CLAIM = statement(
  'stayflow_timer_claim',
  `UPDATE timers t SET lease_owner = $3, lease_until = $4
   FROM (SELECT id FROM timers WHERE due_at <= $1 AND (lease_until IS NULL OR lease_until < $5 OR lease_owner = $3)
         ORDER BY due_at, id LIMIT $2 FOR UPDATE SKIP LOCKED) c
   WHERE t.id = c.id
   RETURNING t.id, t.due_at AS "dueAt", t.kind, t.customer_id AS "customerId", t.playbook_id AS "playbookId"`,
);
const columns = withoutLease(getTableColumns(timers));
const byDueThenId = (a: TimerRecord, b: TimerRecord) => a.dueAt - b.dueAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Timers over PostgreSQL. `claimDue` leases due timers to this process, so processes share
 * them; the timer is consumed by `advance`, whose DELETE still decides which process fires
 * it should a lease end while its holder is slow (the other finds it gone and skips it).
 */
export class PgTimers implements TimerRepository {
  constructor(
    private readonly db: PgDb,
    private readonly leases: PgLeases,
  ) {}

  async get(id: string): Promise<TimerRecord | undefined> {
    const [row] = await this.db.select(columns).from(timers).where(eq(timers.id, id));
    return row;
  }

  async nextDue(): Promise<number | undefined> {
    const [row] = await this.db.select({ at: min(timers.dueAt) }).from(timers);
    return row?.at ?? undefined;
  }

  async due(upTo: number, limit: number): Promise<TimerRecord[]> {
    return this.db.select(columns).from(timers).where(lte(timers.dueAt, upTo)).orderBy(asc(timers.dueAt), asc(timers.id)).limit(limit);
  }

  async claimDue(upTo: number, limit: number): Promise<TimerRecord[]> {
    const { owner, now, until } = this.leases.terms();
    const { rows } = await run(this.db.$client, CLAIM, [upTo, limit, owner, until, now]);
    return (rows as TimerRecord[]).sort(byDueThenId);
  }

  async put(timer: TimerRecord): Promise<void> {
    await run(this.db.$client, PUT, [timer.id, timer.dueAt, timer.kind, timer.customerId, timer.playbookId]);
  }

  async putMany(list: readonly TimerRecord[], progress?: JobProgress): Promise<void> {
    await inTransaction(this.db, async (client) => {
      for (const timer of list) await run(client, PUT, [timer.id, timer.dueAt, timer.kind, timer.customerId, timer.playbookId]);
      if (progress !== undefined) await writeProgress(client, progress);
    });
  }

  async remove(id: string): Promise<boolean> {
    return (await this.db.delete(timers).where(eq(timers.id, id))).rowCount === 1;
  }

  async removeWhere(filter: { kind: TimerKind; playbookId: string }): Promise<number> {
    return (await this.db.delete(timers).where(and(eq(timers.kind, filter.kind), eq(timers.playbookId, filter.playbookId)))).rowCount ?? 0;
  }
}
