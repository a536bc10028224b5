import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, lt, type SQL } from 'drizzle-orm';
import type pg from 'pg';
import { withoutLease } from '../lease/withoutLease.ts';
import { jobs } from '../schema-pg/index.ts';
import type { JobFilter, JobKind, JobProgress, JobRecord, JobRepository, NewJob } from '../Store.ts';
import type { PgDb } from './openPg.ts';
import type { PgLeases } from './PgLeases.ts';
import { run, statement } from './pgTransaction.ts';

const ACTIVE = ['queued', 'running'] as const;
const columns = withoutLease(getTableColumns(jobs));
const FINISHED = ['done', 'failed', 'cancelled'] as const;

const SAVE_PROGRESS = statement('stayflow_job_progress', `UPDATE jobs SET done = $2, cursor = $3 WHERE id = $1 AND status = 'running'`);

/** Saves a slice's progress inside the transaction of the slice's work; a job cancelled meanwhile keeps its final state. */
export async function writeProgress(client: pg.PoolClient | pg.Pool, progress: JobProgress): Promise<void> {
  await run(client, SAVE_PROGRESS, [progress.jobId, progress.done, progress.cursor]);
}

export class PgJobs implements JobRepository {
  constructor(
    private readonly db: PgDb,
    private readonly leases: PgLeases,
  ) {}

  async create(job: NewJob): Promise<{ job: JobRecord; created: boolean }> {
    return this.db.transaction(async (tx) => {
      const inserted = await tx.insert(jobs).values({ ...job, status: 'queued', done: 0 }).onConflictDoNothing({ target: jobs.id }).returning({ seq: jobs.seq });
      const [row] = await tx.select(columns).from(jobs).where(eq(jobs.id, job.id));
      return { job: row!, created: inserted.length === 1 };
    });
  }

  async get(id: string): Promise<JobRecord | undefined> {
    const [row] = await this.db.select(columns).from(jobs).where(eq(jobs.id, id));
    return row;
  }

  /**
   * The oldest unfinished job of those kinds, locked while it is marked and leased to this
   * process (each claim renews the lease). The head of the queue is locked with a plain FOR
   * UPDATE, not SKIP LOCKED: passing over it would run a younger job before it. While another
   * process holds it (its lease has not ended), nothing is claimed.
   */
  async claim(kinds: readonly JobKind[], now: number): Promise<JobRecord | undefined> {
    if (kinds.length === 0) return undefined;
    const terms = this.leases.terms();
    return this.db.transaction(async (tx) => {
      const [next] = await tx
        .select({ ...columns, leaseOwner: jobs.leaseOwner, leaseUntil: jobs.leaseUntil })
        .from(jobs)
        .where(and(inArray(jobs.status, ACTIVE), inArray(jobs.kind, [...kinds])))
        .orderBy(asc(jobs.seq))
        .limit(1)
        .for('update');
      if (next === undefined) return undefined;
      const { leaseOwner, leaseUntil, ...job } = next;
      if (leaseOwner !== null && leaseOwner !== terms.owner && leaseUntil !== null && leaseUntil >= terms.now) return undefined;
      const startedAt = job.status === 'running' ? job.startedAt : now;
      await tx.update(jobs).set({ status: 'running', startedAt, leaseOwner: terms.owner, leaseUntil: terms.until }).where(eq(jobs.id, job.id));
      return { ...job, status: 'running' as const, startedAt };
    });
  }

  async saveProgress(progress: JobProgress): Promise<void> {
    await writeProgress(this.db.$client, progress);
  }

  async finish(id: string, outcome: { status: 'done' | 'failed' | 'cancelled'; error?: string }, now: number): Promise<boolean> {
    const result = await this.db
      .update(jobs)
      .set({ status: outcome.status, error: outcome.error ?? null, finishedAt: now, leaseOwner: null, leaseUntil: null })
      .where(and(eq(jobs.id, id), inArray(jobs.status, ACTIVE)));
    return result.rowCount === 1;
  }

  async cancel(filter: { playbookId: string; kinds?: readonly JobKind[] }, now: number): Promise<number> {
    const conditions: SQL[] = [eq(jobs.playbookId, filter.playbookId), inArray(jobs.status, ACTIVE)];
    if (filter.kinds !== undefined) conditions.push(inArray(jobs.kind, [...filter.kinds]));
    const result = await this.db.update(jobs).set({ status: 'cancelled', finishedAt: now, leaseOwner: null, leaseUntil: null }).where(and(...conditions));
    return result.rowCount ?? 0;
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
      .limit(filter.limit);
  }

  async removeFinished(before: number, limit: number): Promise<number> {
    const old = this.db
      .select({ seq: jobs.seq })
      .from(jobs)
      .where(and(isNotNull(jobs.finishedAt), lt(jobs.finishedAt, before)))
      .orderBy(asc(jobs.finishedAt))
      .limit(limit);
    const result = await this.db.delete(jobs).where(inArray(jobs.seq, old));
    return result.rowCount ?? 0;
  }
}
