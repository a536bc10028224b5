import { and, eq, inArray, lt } from 'drizzle-orm';
import { idempotencyKeys } from '../schema-pg/index.ts';
import type { IdempotencyRecord, IdempotencyRepository } from '../Store.ts';
import type { PgDb } from './openPg.ts';

/**
 * Over PostgreSQL the claim is `INSERT … ON CONFLICT DO NOTHING`: of processes racing with one
 * key, the database lets exactly one row in, and the others read it.
 */
export class PgIdempotency implements IdempotencyRepository {
  constructor(private readonly db: PgDb) {}

  async claim(key: string, requestHash: string, now: number, expiredBefore: number): Promise<{ claimed: true } | { claimed: false; record: IdempotencyRecord }> {
    await this.db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.key, key), lt(idempotencyKeys.createdAt, expiredBefore)));
    const inserted = await this.db.insert(idempotencyKeys).values({ key, requestHash, status: null, body: null, createdAt: now }).onConflictDoNothing({ target: idempotencyKeys.key }).returning({ key: idempotencyKeys.key });
    if (inserted.length === 1) return { claimed: true };
    const [existing] = await this.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));
    // Released between the insert and this read: claim again.
    if (existing === undefined) return this.claim(key, requestHash, now, expiredBefore);
    return { claimed: false, record: { requestHash: existing.requestHash, status: existing.status, body: existing.body, createdAt: existing.createdAt } };
  }

  async complete(key: string, status: number, body: string | null): Promise<void> {
    await this.db.update(idempotencyKeys).set({ status, body }).where(eq(idempotencyKeys.key, key));
  }

  async release(key: string): Promise<void> {
    await this.db.delete(idempotencyKeys).where(eq(idempotencyKeys.key, key));
  }

  async prune(before: number, limit: number): Promise<number> {
    const old = this.db.select({ key: idempotencyKeys.key }).from(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before)).orderBy(idempotencyKeys.createdAt).limit(limit);
    return (await this.db.delete(idempotencyKeys).where(inArray(idempotencyKeys.key, old))).rowCount ?? 0;
  }
}
