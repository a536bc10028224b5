import { desc } from 'drizzle-orm';
import type { AuditFilter, AuditRecord, AuditRepository, NewAuditRecord } from '../AuditRepository.ts';
import { auditLog } from '../schema-pg/index.ts';
import { auditConditions, auditRecord, auditRow } from '../sqlite/SqliteAudit.ts';
import type { JobProgress, PruneBatch } from '../Store.ts';
import { batchedWrites } from '../batchedWrites.ts';
import type { PgDb } from './openPg.ts';
import { writeProgress } from './PgJobs.ts';
import { inTransaction, run, statement } from './pgTransaction.ts';

const PRUNE = statement('stayflow_prune_audit', `DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE at < $1 ORDER BY at, id LIMIT $2)`);

/** The audit log over PostgreSQL: SqliteAudit's behaviour (see AuditRepository). */
export class PgAudit implements AuditRepository {
  /**
   * Rows appended while an insert is in flight go in the next one, together: every write
   * request appends a row before it is answered, and under concurrent requests one statement
   * per group saves a round trip per request (apps/server README, "Benchmarks").
   */
  private readonly appendOne = batchedWrites(async (entries: readonly NewAuditRecord[]): Promise<number[]> => {
    const rows = await this.db.insert(auditLog).values(entries.map(auditRow)).returning({ id: auditLog.id });
    // Ids are drawn row by row in the order of VALUES: the smallest is the first entry's.
    return rows.map((row) => row.id).sort((a, b) => a - b);
  });

  constructor(private readonly db: PgDb) {}

  append(entry: NewAuditRecord): Promise<number> {
    return this.appendOne(entry);
  }

  async list(filter: AuditFilter): Promise<AuditRecord[]> {
    const where = auditConditions(auditLog, filter);
    return (await this.db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(filter.limit)).map(auditRecord);
  }

  async prune(olderThan: number, limit: number, progress?: (batch: PruneBatch) => JobProgress): Promise<PruneBatch> {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`A prune batch needs a positive whole number of rows, not ${limit}.`);
    return inTransaction(this.db, async (client) => {
      const removed = (await run(client, PRUNE, [olderThan, limit])).rowCount ?? 0;
      const batch = { removed, related: 0, more: removed === limit };
      if (progress !== undefined) await writeProgress(client, progress(batch));
      return batch;
    });
  }
}
