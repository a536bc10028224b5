import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, lt, type SQL } from 'drizzle-orm';
import { withoutLease } from '../lease/withoutLease.ts';
import { jobs } from '../schema/index.ts';
import type { JobFilter, JobKind, JobProgress, JobRecord, JobRepository, NewJob } from '../Store.ts';
import type { SqliteDb } from './openSqlite.ts';

const ACTIVE = ['queued', 'running'] as const;
const FINISHED = ['done', 'failed', 'cancelled'] as const;
const columns = withoutLease(getTableColumns(jobs));

/**
 * Saves a slice's progress; called inside the transaction of the slice's work (advance,
 * timers, pruning). A job cancelled meanwhile keeps its final state.
 */
export function progressWriter(db: SqliteDb): (progress: JobProgress) => void {
  const statement = db.$client.prepare(`UPDATE jobs SET done = @done, cursor = @cursor WHERE id = @jobId AND status = 'running'`);
  return (progress) => {
    statement.run({ jobId: progress.jobId, done: progress.done, cursor: progress.cursor });
  };
}

export class SqliteJobs implements JobRepository {
  private readonly writeProgress;

  constructor(private readonly db: SqliteDb) {
    this.writeProgress = progressWriter(db);
  }

  async create(job: NewJob): Promise<{ job: JobRecord; created: boolean }> {
    return this.db.transaction(() => {
      const created = this.db.insert(jobs).values({ ...job, status: 'queued', done: 0 }).onConflictDoNothing({ target: jobs.id }).run().changes === 1;
      return { job: this.db.select(columns).from(jobs).where(eq(jobs.id, job.id)).get()!, created };
    });
  }

  async get(id: string): Promise<JobRecord | undefined> {
    return this.db.select(columns).from(jobs).where(eq(jobs.id, id)).get();
  }

  async claim(kinds: readonly JobKind[], now: number): Promise<JobRecord | undefined> {
    if (kinds.length === 0) return undefined;
    return this.db.transaction(() => {
      const next = this.db
        .select(columns)
        .from(jobs)
        .where(and(inArray(jobs.status, ACTIVE), inArray(jobs.kind, [...kinds])))
        .orderBy(asc(jobs.seq))
        .limit(1)
        .get();
      if (next === undefined || next.status === 'running') return next;
      this.db.update(jobs).set({ status: 'running', startedAt: now }).where(eq(jobs.id, next.id)).run();
      return { ...next, status: 'running' as const, startedAt: now };
    });
  }

  async saveProgress(progress: JobProgress): Promise<void> {
    this.writeProgress(progress);
  }

  async finish(id: string, outcome: { status: 'done' | 'failed' | 'cancelled'; error?: string }, now: number): Promise<boolean> {
    const result = this.db
      .update(jobs)
      .set({ status: outcome.status, error: outcome.error ?? null, finishedAt: now })
      .where(and(eq(jobs.id, id), inArray(jobs.status, ACTIVE)))
      .run();
    return result.changes === 1;
  }

  async cancel(filter: { playbookId: string; kinds?: readonly JobKind[] }, now: number): Promise<number> {
    const conditions: SQL[] = [eq(jobs.playbookId, filter.playbookId), inArray(jobs.status, ACTIVE)];
    if (filter.kinds !== undefined) conditions.push(inArray(jobs.kind, [...filter.kinds]));
    return this.db.update(jobs).set({ status: 'cancelled', finishedAt: now }).where(and(...conditions)).run().changes;
  }

  async list(filter: JobFilter): Promise<JobRecord[]> {
    const conditions: SQL[] = [];
    if (filter.playbookId !== undefined) conditions.push(eq(jobs.playbookId, filter.playbookId));
    if (filter.kind !== undefined) conditions.push(eq(jobs.kind, filter.kind));
    if (filter.status === 'active') conditions.push(inArray(jobs.status, ACTIVE));
    if (filter.status === 'finished') conditions.push(inArray(jobs.status, FINISHED));
    if (filter.beforeSeq !== undefined) conditions.push(lt(jobs.seq, filter.beforeSeq));
    return this.db
      .select(columns)
      .from(jobs)
      .where(and(...conditions))
      .orderBy(desc(jobs.seq))
      .limit(filter.limit)
      .all();
  }

  async removeFinished(before: number, limit: number): Promise<number> {
    const old = this.db
      .select({ seq: jobs.seq })
      .from(jobs)
      .where(and(isNotNull(jobs.finishedAt), lt(jobs.finishedAt, before)))
      .orderBy(asc(jobs.finishedAt))
      .limit(limit);
    return this.db.delete(jobs).where(inArray(jobs.seq, old)).run().changes;
  }
}
