import { desc } from 'drizzle-orm';
import type { AuditFilter, AuditRecord, AuditRepository, NewAuditRecord } from '../AuditRepository.ts';
import { auditLog } from '../schema-pg/index.ts';
import { auditConditions, auditRecord, auditRow } from '../sqlite/SqliteAudit.ts';
import type { JobProgress, PruneBatch } from '../Store.ts';
import { batchedWrites } from '../batchedWrites.ts';
import type pg from 'pg';
import type { PgDb } from './openPg.ts';
import { writeProgress } from './PgJobs.ts';
import { columns, inTransaction, json, run, statement } from './pgTransaction.ts';

/**
 * Audit rows in one statement (arrays, one element per row), their ids answered. Ids are
 * drawn row by row in the order of the arrays: the smallest is the first entry's.
 */
const INSERT = statement(
  'stayflow_audit_insert',
  `INSERT INTO audit_log (at, actor_kind, actor_id, actor_name, action, object_type, object_id, version, detail)
   SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::jsonb[])
   RETURNING id`,
);

/** Appends audit rows on the pool or in a transaction (the advance writes its requests' rows in its own: `AdvanceItem.audit`); their ids in the order given. */
export async function insertAuditRows(client: pg.Pool | pg.PoolClient, entries: readonly NewAuditRecord[]): Promise<number[]> {
  const rows = entries.map(auditRow).map((r) => [r.at, r.actorKind, r.actorId, r.actorName, r.action, r.objectType, r.objectId, r.version, r.detail === null ? null : json(r.detail)]);
  const { rows: ids } = await run(client, INSERT, columns(rows, 9));
  return ids.map((row: { id: number }) => row.id).sort((a, b) => a - b);
}

const PRUNE = statement('stayflow_prune_audit', `DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE at < $1 ORDER BY at, id LIMIT $2)`);

/** The audit log over PostgreSQL: SqliteAudit's behaviour (see AuditRepository). */
export class PgAudit implements AuditRepository {
  /**
   * Rows appended while an insert is in flight go in the next one, together: every write
   * request appends a row before it is answered, and under concurrent requests one statement
   * per group saves a round trip per request (apps/server README, "Benchmarks").
   */
  private readonly appendOne = batchedWrites((entries: readonly NewAuditRecord[]) => insertAuditRows(this.db.$client, entries));

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
