import { and, asc, eq, getTableColumns, lte, min } from 'drizzle-orm';
import { timers } from '../schema/index.ts';
import { withoutLease } from '../lease/withoutLease.ts';
import type { JobProgress, TimerKind, TimerRecord, TimerRepository } from '../Store.ts';
import type { SqliteDb } from './openSqlite.ts';
import { progressWriter } from './SqliteJobs.ts';

const columns = withoutLease(getTableColumns(timers));

/** Timers on SQLite: one process, so claiming due timers is reading them (store README, "Leases"). */
export class SqliteTimers implements TimerRepository {
  private readonly writeProgress;

  constructor(private readonly db: SqliteDb) {
    this.writeProgress = progressWriter(db);
  }

  async get(id: string): Promise<TimerRecord | undefined> {
    return this.db.select(columns).from(timers).where(eq(timers.id, id)).get();
  }

  async nextDue(): Promise<number | undefined> {
    return this.db.select({ at: min(timers.dueAt) }).from(timers).get()?.at ?? undefined;
  }

  async due(upTo: number, limit: number): Promise<TimerRecord[]> {
    return this.db.select(columns).from(timers).where(lte(timers.dueAt, upTo)).orderBy(asc(timers.dueAt), asc(timers.id)).limit(limit).all();
  }

  async claimDue(upTo: number, limit: number): Promise<TimerRecord[]> {
    return this.due(upTo, limit);
  }

  async put(timer: TimerRecord): Promise<void> {
    this.db.insert(timers).values(timer).onConflictDoUpdate({ target: timers.id, set: { dueAt: timer.dueAt } }).run();
  }

  async putMany(list: readonly TimerRecord[], progress?: JobProgress): Promise<void> {
    this.db.transaction(() => {
      for (const timer of list) this.db.insert(timers).values(timer).onConflictDoUpdate({ target: timers.id, set: { dueAt: timer.dueAt } }).run();
      if (progress !== undefined) this.writeProgress(progress);
    });
  }

  async remove(id: string): Promise<boolean> {
    return this.db.delete(timers).where(eq(timers.id, id)).run().changes === 1;
  }

  async removeWhere(filter: { kind: TimerKind; playbookId: string }): Promise<number> {
    return this.db.delete(timers).where(and(eq(timers.kind, filter.kind), eq(timers.playbookId, filter.playbookId))).run().changes;
  }
}
