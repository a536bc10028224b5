import { and, asc, eq, lte, min } from 'drizzle-orm';
import { timers } from '../schema-pg/index.ts';
import type { JobProgress, TimerKind, TimerRecord, TimerRepository } from '../Store.ts';
import type { PgDb } from './openPg.ts';
import { writeProgress } from './PgJobs.ts';
import { inTransaction, run, statement } from './pgTransaction.ts';

const PUT = statement('stayflow_timer_put', 'INSERT INTO timers (id, due_at, kind, customer_id, playbook_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO UPDATE SET due_at = excluded.due_at');

/**
 * Timers over PostgreSQL. `due` reads without locking: the timer is consumed by `advance`,
 * whose DELETE decides which process fires it (the other finds it gone and skips it).
 */
export class PgTimers implements TimerRepository {
  constructor(private readonly db: PgDb) {}

  async get(id: string): Promise<TimerRecord | undefined> {
    const [row] = await this.db.select().from(timers).where(eq(timers.id, id));
    return row;
  }

  async nextDue(): Promise<number | undefined> {
    const [row] = await this.db.select({ at: min(timers.dueAt) }).from(timers);
    return row?.at ?? undefined;
  }

  async due(upTo: number, limit: number): Promise<TimerRecord[]> {
    return this.db.select().from(timers).where(lte(timers.dueAt, upTo)).orderBy(asc(timers.dueAt), asc(timers.id)).limit(limit);
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
