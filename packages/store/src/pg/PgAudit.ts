import { desc } from 'drizzle-orm';
import type { AuditFilter, AuditRecord, AuditRepository, NewAuditRecord } from '../AuditRepository.ts';
import { auditLog } from '../schema-pg/index.ts';
import { auditConditions, auditRecord, auditRow } from '../sqlite/SqliteAudit.ts';
import type { JobProgress, PruneBatch } from '../Store.ts';
import type { PgDb } from './openPg.ts';
import { writeProgress } from './PgJobs.ts';
import { inTransaction, run, statement } from './pgTransaction.ts';

const PRUNE = statement('stayflow_prune_audit', `DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE at < $1 ORDER BY at, id LIMIT $2)`);

/** The audit log over PostgreSQL: SqliteAudit's behaviour (see AuditRepository). */
export class PgAudit implements AuditRepository {
  constructor(private readonly db: PgDb) {}

  async append(entry: NewAuditRecord): Promise<number> {
    const [row] = await this.db.insert(auditLog).values(auditRow(entry)).returning({ id: auditLog.id });
    return row!.id;
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
