import { and, asc, eq, getTableColumns, lte, min } from 'drizzle-orm';
import { withoutLease } from '../lease/withoutLease.ts';
import { deliveryAttempts, messages, outbox } from '../schema-pg/index.ts';
import type { OutboxRecord, OutboxRepository } from '../Store.ts';
import type { PgDb } from './openPg.ts';
import type { PgLeases } from './PgLeases.ts';
import { run, statement } from './pgTransaction.ts';

const columns = withoutLease(getTableColumns(outbox));
// Up to $2 pending deliveries due at $1 that nobody else holds, leased to $3 until $4 (SKIP LOCKED: rows another process is claiming are passed over).
const CLAIM = statement(
  'stayflow_outbox_claim',
  `UPDATE outbox o SET lease_owner = $3, lease_until = $4
   FROM (SELECT key FROM outbox WHERE status = 'pending' AND next_attempt_at <= $1 AND (lease_until IS NULL OR lease_until < $5 OR lease_owner = $3)
         ORDER BY next_attempt_at, key LIMIT $2 FOR UPDATE SKIP LOCKED) c
   WHERE o.key = c.key
   RETURNING o.key, o.kind, o.customer_id AS "customerId", o.payload, o.status, o.attempts, o.next_attempt_at AS "nextAttemptAt",
             o.last_error AS "lastError", o.created_at AS "createdAt", o.delivered_at AS "deliveredAt"`,
);

export class PgOutbox implements OutboxRepository {
  constructor(
    private readonly db: PgDb,
    private readonly leases: PgLeases,
  ) {}

  async due(now: number, limit: number): Promise<OutboxRecord[]> {
    return this.db
      .select(columns)
      .from(outbox)
      .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)))
      .orderBy(asc(outbox.nextAttemptAt))
      .limit(limit);
  }

  async claimDue(now: number, limit: number): Promise<OutboxRecord[]> {
    const terms = this.leases.terms();
    const { rows } = await run(this.db.$client, CLAIM, [now, limit, terms.owner, terms.until, terms.now]);
    return (rows as OutboxRecord[]).sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  async nextAttempt(): Promise<number | undefined> {
    const [row] = await this.db.select({ at: min(outbox.nextAttemptAt) }).from(outbox).where(eq(outbox.status, 'pending'));
    return row?.at ?? undefined;
  }

  /** The delivery's row is locked while the attempt is recorded: of two processes recording at once, the second finds it no longer pending. */
  async recordAttempt(key: string, attempt: { at: number; ok: boolean; detail: string; retryAt: number | null; sentAt: number }): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.select(columns).from(outbox).where(eq(outbox.key, key)).for('update');
      if (!row || row.status !== 'pending') return false;
      await tx.insert(deliveryAttempts).values({ key, at: attempt.at, ok: attempt.ok, detail: attempt.detail });
      const status = attempt.ok ? 'delivered' : attempt.retryAt === null ? 'failed' : 'pending';
      await tx
        .update(outbox)
        .set({
          status,
          attempts: row.attempts + 1,
          nextAttemptAt: attempt.retryAt ?? row.nextAttemptAt,
          lastError: attempt.ok ? null : attempt.detail,
          deliveredAt: attempt.ok ? attempt.at : null,
          leaseOwner: null,
          leaseUntil: null,
        })
        .where(eq(outbox.key, key));
      if (row.kind === 'message' && status !== 'pending') {
        await tx
          .update(messages)
          .set(attempt.ok ? { status: 'sent', sentAt: attempt.sentAt } : { status: 'failed' })
          .where(eq(messages.key, key));
      }
      return true;
    });
  }

  async get(key: string): Promise<OutboxRecord | undefined> {
    const [row] = await this.db.select(columns).from(outbox).where(eq(outbox.key, key));
    return row;
  }

  async attempts(key: string): Promise<{ at: number; ok: boolean; detail: string | null }[]> {
    return this.db
      .select({ at: deliveryAttempts.at, ok: deliveryAttempts.ok, detail: deliveryAttempts.detail })
      .from(deliveryAttempts)
      .where(eq(deliveryAttempts.key, key))
      .orderBy(asc(deliveryAttempts.id));
  }
}
