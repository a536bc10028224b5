import { and, asc, eq, getTableColumns, lte, min } from 'drizzle-orm';
import { deliveryAttempts, messages, outbox } from '../schema/index.ts';
import { withoutLease } from '../lease/withoutLease.ts';
import type { OutboxRecord, OutboxRepository } from '../Store.ts';
import type { SqliteDb } from './openSqlite.ts';

const columns = withoutLease(getTableColumns(outbox));

/** The outbox on SQLite: one process, so claiming due deliveries is reading them (store README, "Leases"). */
export class SqliteOutbox implements OutboxRepository {
  constructor(private readonly db: SqliteDb) {}

  async due(now: number, limit: number): Promise<OutboxRecord[]> {
    return this.db
      .select(columns)
      .from(outbox)
      .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)))
      .orderBy(asc(outbox.nextAttemptAt))
      .limit(limit)
      .all();
  }

  async claimDue(now: number, limit: number): Promise<OutboxRecord[]> {
    return this.due(now, limit);
  }

  async nextAttempt(): Promise<number | undefined> {
    return this.db.select({ at: min(outbox.nextAttemptAt) }).from(outbox).where(eq(outbox.status, 'pending')).get()?.at ?? undefined;
  }

  async recordAttempt(key: string, attempt: { at: number; ok: boolean; detail: string; retryAt: number | null; sentAt: number }): Promise<boolean> {
    return this.db.transaction((tx) => {
      const row = tx.select(columns).from(outbox).where(eq(outbox.key, key)).get();
      if (!row || row.status !== 'pending') return false;
      tx.insert(deliveryAttempts).values({ key, at: attempt.at, ok: attempt.ok, detail: attempt.detail }).run();
      const status = attempt.ok ? 'delivered' : attempt.retryAt === null ? 'failed' : 'pending';
      tx.update(outbox)
        .set({
          status,
          attempts: row.attempts + 1,
          nextAttemptAt: attempt.retryAt ?? row.nextAttemptAt,
          lastError: attempt.ok ? null : attempt.detail,
          deliveredAt: attempt.ok ? attempt.at : null,
        })
        .where(eq(outbox.key, key))
        .run();
      if (row.kind === 'message' && status !== 'pending') {
        tx.update(messages)
          .set(attempt.ok ? { status: 'sent', sentAt: attempt.sentAt } : { status: 'failed' })
          .where(eq(messages.key, key))
          .run();
      }
      return true;
    });
  }

  async get(key: string): Promise<OutboxRecord | undefined> {
    return this.db.select(columns).from(outbox).where(eq(outbox.key, key)).get();
  }

  async attempts(key: string): Promise<{ at: number; ok: boolean; detail: string | null }[]> {
    return this.db
      .select({ at: deliveryAttempts.at, ok: deliveryAttempts.ok, detail: deliveryAttempts.detail })
      .from(deliveryAttempts)
      .where(eq(deliveryAttempts.key, key))
      .orderBy(asc(deliveryAttempts.id))
      .all();
  }
}
