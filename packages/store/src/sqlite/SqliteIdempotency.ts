import { eq, inArray, lt } from 'drizzle-orm';
import { idempotencyKeys } from '../schema/index.ts';
import type { IdempotencyRecord, IdempotencyRepository } from '../Store.ts';
import type { SqliteDb } from './openSqlite.ts';

export class SqliteIdempotency implements IdempotencyRepository {
  constructor(private readonly db: SqliteDb) {}

  async claim(key: string, requestHash: string, now: number, expiredBefore: number): Promise<{ claimed: true } | { claimed: false; record: IdempotencyRecord }> {
    return this.db.transaction((tx) => {
      const existing = tx.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key)).get();
      if (existing !== undefined && existing.createdAt >= expiredBefore) {
        return { claimed: false as const, record: { requestHash: existing.requestHash, status: existing.status, body: existing.body, createdAt: existing.createdAt } };
      }
      if (existing !== undefined) tx.delete(idempotencyKeys).where(eq(idempotencyKeys.key, key)).run();
      tx.insert(idempotencyKeys).values({ key, requestHash, status: null, body: null, createdAt: now }).run();
      return { claimed: true as const };
    });
  }

  async complete(key: string, status: number, body: string | null): Promise<void> {
    this.db.update(idempotencyKeys).set({ status, body }).where(eq(idempotencyKeys.key, key)).run();
  }

  async release(key: string): Promise<void> {
    this.db.delete(idempotencyKeys).where(eq(idempotencyKeys.key, key)).run();
  }

  async prune(before: number, limit: number): Promise<number> {
    const old = this.db.select({ key: idempotencyKeys.key }).from(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before)).orderBy(idempotencyKeys.createdAt).limit(limit);
    return this.db.delete(idempotencyKeys).where(inArray(idempotencyKeys.key, old)).run().changes;
  }
}
