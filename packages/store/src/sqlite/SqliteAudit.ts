import { and, desc, eq, gte, lt, sql, type Column, type SQL } from 'drizzle-orm';
import type { AuditFilter, AuditRecord, AuditRepository, NewAuditRecord } from '../AuditRepository.ts';
import { batchedWrites } from '../batchedWrites.ts';
import { yieldToEventLoop } from '../yieldToEventLoop.ts';
import { auditLog } from '../schema/index.ts';
import type { JobProgress, PruneBatch } from '../Store.ts';
import type { WriteGuard } from './Checkpointer.ts';
import { progressWriter } from './SqliteJobs.ts';
import type { SqliteDb } from './openSqlite.ts';

/** The conditions of an audit filter, over either store's twin of the table (same column names). */
export function auditConditions(table: Record<'id' | 'at' | 'actorName' | 'action' | 'objectType' | 'objectId', Column>, filter: AuditFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    filter.actorName !== undefined ? eq(table.actorName, filter.actorName) : undefined,
    filter.action !== undefined ? eq(table.action, filter.action) : undefined,
    filter.objectType !== undefined ? eq(table.objectType, filter.objectType) : undefined,
    filter.objectId !== undefined ? eq(table.objectId, filter.objectId) : undefined,
    filter.from !== undefined ? gte(table.at, filter.from) : undefined,
    filter.to !== undefined ? lt(table.at, filter.to) : undefined,
    filter.beforeId !== undefined ? lt(table.id, filter.beforeId) : undefined,
  ];
  return and(...conditions);
}

type AuditRow = typeof auditLog.$inferSelect;

export const auditRecord = (row: Omit<AuditRow, 'actorKind'> & { actorKind: string }): AuditRecord => ({
  id: row.id,
  at: row.at,
  actor: { kind: row.actorKind as AuditRecord['actor']['kind'], id: row.actorId, name: row.actorName },
  action: row.action,
  objectType: row.objectType,
  objectId: row.objectId,
  version: row.version,
  detail: row.detail ?? null,
});

export const auditRow = (entry: NewAuditRecord) => ({
  at: entry.at,
  actorKind: entry.actor.kind,
  actorId: entry.actor.id,
  actorName: entry.actor.name,
  action: entry.action,
  objectType: entry.objectType,
  objectId: entry.objectId,
  version: entry.version,
  detail: entry.detail,
});

/**
 * Appends one audit row and answers its id: prepared once (building the statement per row cost
 * more than SQLite's insert). `SqliteAudit` and the advance (a request's row written with its
 * events: `AdvanceItem.audit`) both write through it.
 */
export function auditInserter(db: SqliteDb): (entry: NewAuditRecord) => number {
  const p = (name: keyof ReturnType<typeof auditRow>) => sql.placeholder(name);
  const insert = db
    .insert(auditLog)
    .values({ at: p('at'), actorKind: p('actorKind'), actorId: p('actorId'), actorName: p('actorName'), action: p('action'), objectType: p('objectType'), objectId: p('objectId'), version: p('version'), detail: p('detail') })
    .returning({ id: auditLog.id })
    .prepare();
  return (entry) => insert.get(auditRow(entry))!.id;
}

export class SqliteAudit implements AuditRepository {
  private readonly writeProgress;
  private readonly pruneStatement;
  /**
   * Every write request appends a row before it is answered: the rows of the requests of one
   * turn of the event loop go in one transaction, through the guard (a commit per row cost
   * single-event ingest about a fifth of its requests per second).
   */
  private readonly appendOne = batchedWrites(
    (entries: readonly NewAuditRecord[]) => this.guard(() => this.db.transaction(() => entries.map(this.insertRow))),
    yieldToEventLoop,
  );
  private readonly insertRow: (entry: NewAuditRecord) => number;

  constructor(
    private readonly db: SqliteDb,
    private readonly guard: WriteGuard = async (write) => write(),
  ) {
    this.writeProgress = progressWriter(db);
    this.insertRow = auditInserter(db);
    this.pruneStatement = db.$client.prepare(`DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE at < @olderThan ORDER BY at, id LIMIT @limit)`);
  }

  append(entry: NewAuditRecord): Promise<number> {
    return this.appendOne(entry);
  }

  async list(filter: AuditFilter): Promise<AuditRecord[]> {
    return this.db.select().from(auditLog).where(auditConditions(auditLog, filter)).orderBy(desc(auditLog.id)).limit(filter.limit).all().map(auditRecord);
  }

  async prune(olderThan: number, limit: number, progress?: (batch: PruneBatch) => JobProgress): Promise<PruneBatch> {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`A prune batch needs a positive whole number of rows, not ${limit}.`);
    return this.db.$client.transaction((): PruneBatch => {
      const removed = this.pruneStatement.run({ olderThan, limit }).changes;
      const batch = { removed, related: 0, more: removed === limit };
      if (progress !== undefined) this.writeProgress(progress(batch));
      return batch;
    })();
  }
}
