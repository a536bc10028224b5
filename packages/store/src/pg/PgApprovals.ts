import { and, desc, eq } from 'drizzle-orm';
import type { ApprovalDecision, ApprovalFilter, ApprovalRecord, ApprovalRepository, NewApproval } from '../AuditRepository.ts';
import { approvals } from '../schema-pg/index.ts';
import { approvalConditions, approvalRecord, decisionRow, newApprovalRow } from '../sqlite/SqliteApprovals.ts';
import type { PgDb } from './openPg.ts';

/** Four-eyes publish requests over PostgreSQL: SqliteApprovals' behaviour (see ApprovalRepository). */
export class PgApprovals implements ApprovalRepository {
  constructor(private readonly db: PgDb) {}

  async request(approval: NewApproval): Promise<{ superseded: string[] }> {
    return this.db.transaction(async (tx) => {
      // Locks the playbook's pending requests, so two requests at once supersede in turn rather than both staying pending.
      const superseded = (
        await tx
          .update(approvals)
          .set({ status: 'superseded', decidedAt: approval.requestedAt })
          .where(and(eq(approvals.playbookId, approval.playbookId), eq(approvals.status, 'pending')))
          .returning({ id: approvals.id })
      ).map((r) => r.id);
      await tx.insert(approvals).values(newApprovalRow(approval));
      return { superseded };
    });
  }

  async get(id: string): Promise<ApprovalRecord | undefined> {
    const [row] = await this.db.select().from(approvals).where(eq(approvals.id, id));
    return row === undefined ? undefined : approvalRecord(row);
  }

  async list(filter: ApprovalFilter): Promise<ApprovalRecord[]> {
    const where = approvalConditions(approvals, filter);
    return (await this.db.select().from(approvals).where(where).orderBy(desc(approvals.requestedAt), desc(approvals.id)).limit(filter.limit)).map(approvalRecord);
  }

  async decide(id: string, decision: ApprovalDecision): Promise<boolean> {
    return (await this.db.update(approvals).set(decisionRow(decision)).where(and(eq(approvals.id, id), eq(approvals.status, 'pending')))).rowCount === 1;
  }

  async setVersion(id: string, version: number): Promise<void> {
    await this.db.update(approvals).set({ version }).where(and(eq(approvals.id, id), eq(approvals.status, 'approved')));
  }
}
