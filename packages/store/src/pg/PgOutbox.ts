import { and, asc, eq, lte, min } from 'drizzle-orm';
import { deliveryAttempts, messages, outbox } from '../schema-pg/index.ts';
import type { OutboxRecord, OutboxRepository } from '../Store.ts';
import type { PgDb } from './openPg.ts';

export class PgOutbox implements OutboxRepository {
  constructor(private readonly db: PgDb) {}

  async due(now: number, limit: number): Promise<OutboxRecord[]> {
    return this.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)))
      .orderBy(asc(outbox.nextAttemptAt))
      .limit(limit);
  }

  async nextAttempt(): Promise<number | undefined> {
    const [row] = await this.db.select({ at: min(outbox.nextAttemptAt) }).from(outbox).where(eq(outbox.status, 'pending'));
    return row?.at ?? undefined;
  }

  /** The delivery's row is locked while the attempt is recorded: of two processes recording at once, the second finds it no longer pending. */
  async recordAttempt(key: string, attempt: { at: number; ok: boolean; detail: string; retryAt: number | null; sentAt: number }): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.select().from(outbox).where(eq(outbox.key, key)).for('update');
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
    const [row] = await this.db.select().from(outbox).where(eq(outbox.key, key));
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
