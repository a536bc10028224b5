import { and, desc, eq, lt, or, type Column, type SQL } from 'drizzle-orm';
import type { ActorRef, ApprovalDecision, ApprovalFilter, ApprovalRecord, ApprovalRepository, NewApproval } from '../AuditRepository.ts';
import { approvals } from '../schema/index.ts';
import type { SqliteDb } from './openSqlite.ts';

type ApprovalRow = typeof approvals.$inferSelect;
type ActorKind = ActorRef['kind'];

/** A row as the repository answers it (both stores' rows have this shape). */
export const approvalRecord = (row: Omit<ApprovalRow, 'requestedByKind' | 'decidedByKind' | 'status'> & { requestedByKind: string; decidedByKind: string | null; status: string }): ApprovalRecord => ({
  id: row.id,
  playbookId: row.playbookId,
  requestedBy: { kind: row.requestedByKind as ActorKind, id: row.requestedById, name: row.requestedByName },
  requestedAt: row.requestedAt,
  snapshot: row.snapshot,
  snapshotHash: row.snapshotHash,
  summary: row.summary ?? null,
  status: row.status as ApprovalRecord['status'],
  decidedBy: row.decidedByKind === null ? null : { kind: row.decidedByKind as ActorKind, id: row.decidedById, name: row.decidedByName ?? '' },
  decidedAt: row.decidedAt,
  reason: row.reason,
  version: row.version,
});

export const newApprovalRow = (approval: NewApproval) => ({
  id: approval.id,
  playbookId: approval.playbookId,
  requestedByKind: approval.requestedBy.kind,
  requestedById: approval.requestedBy.id,
  requestedByName: approval.requestedBy.name,
  requestedAt: approval.requestedAt,
  snapshot: approval.snapshot,
  snapshotHash: approval.snapshotHash,
  summary: approval.summary ?? null,
  status: 'pending' as const,
});

export const decisionRow = (decision: ApprovalDecision) => ({
  status: decision.status,
  decidedByKind: decision.by.kind,
  decidedById: decision.by.id,
  decidedByName: decision.by.name,
  decidedAt: decision.at,
  reason: decision.reason,
  version: decision.version,
});

/** The conditions of an approval filter, over either store's twin of the table. */
export function approvalConditions(table: Record<'id' | 'playbookId' | 'status' | 'requestedAt', Column>, filter: ApprovalFilter): SQL | undefined {
  const before = filter.before;
  return and(
    filter.status !== undefined ? eq(table.status, filter.status) : undefined,
    filter.playbookId !== undefined ? eq(table.playbookId, filter.playbookId) : undefined,
    before !== undefined ? or(lt(table.requestedAt, before.at), and(eq(table.requestedAt, before.at), lt(table.id, before.id))) : undefined,
  );
}

export class SqliteApprovals implements ApprovalRepository {
  constructor(private readonly db: SqliteDb) {}

  async request(approval: NewApproval): Promise<{ superseded: string[] }> {
    return this.db.transaction((tx) => {
      const superseded = tx
        .update(approvals)
        .set({ status: 'superseded', decidedAt: approval.requestedAt })
        .where(and(eq(approvals.playbookId, approval.playbookId), eq(approvals.status, 'pending')))
        .returning({ id: approvals.id })
        .all()
        .map((r) => r.id);
      tx.insert(approvals).values(newApprovalRow(approval)).run();
      return { superseded };
    });
  }

  async get(id: string): Promise<ApprovalRecord | undefined> {
    const row = this.db.select().from(approvals).where(eq(approvals.id, id)).get();
    return row === undefined ? undefined : approvalRecord(row);
  }

  async list(filter: ApprovalFilter): Promise<ApprovalRecord[]> {
    return this.db.select().from(approvals).where(approvalConditions(approvals, filter)).orderBy(desc(approvals.requestedAt), desc(approvals.id)).limit(filter.limit).all().map(approvalRecord);
  }

  async decide(id: string, decision: ApprovalDecision): Promise<boolean> {
    return this.db.update(approvals).set(decisionRow(decision)).where(and(eq(approvals.id, id), eq(approvals.status, 'pending'))).run().changes === 1;
  }

  async setVersion(id: string, version: number): Promise<void> {
    this.db.update(approvals).set({ version }).where(and(eq(approvals.id, id), eq(approvals.status, 'approved'))).run();
  }
}
