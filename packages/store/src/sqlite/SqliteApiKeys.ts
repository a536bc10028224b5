import { asc, eq } from 'drizzle-orm';
import { apiKeys } from '../schema/index.ts';
import type { ApiKeyRecord, ApiKeyRepository, NewApiKey } from '../Store.ts';
import type { SqliteDb } from './openSqlite.ts';

export class SqliteApiKeys implements ApiKeyRepository {
  constructor(private readonly db: SqliteDb) {}

  async add(key: NewApiKey): Promise<void> {
    this.db.insert(apiKeys).values({ ...key, role: key.role ?? 'admin' }).run();
  }

  async list(): Promise<ApiKeyRecord[]> {
    return this.db.select().from(apiKeys).orderBy(asc(apiKeys.createdAt), asc(apiKeys.id)).all();
  }

  async get(id: string): Promise<ApiKeyRecord | undefined> {
    return this.db.select().from(apiKeys).where(eq(apiKeys.id, id)).get();
  }

  async findByHash(hash: string): Promise<ApiKeyRecord | undefined> {
    return this.db.select().from(apiKeys).where(eq(apiKeys.hash, hash)).get();
  }

  async touch(id: string, now: number): Promise<void> {
    this.db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, id)).run();
  }

  async remove(id: string): Promise<boolean> {
    return this.db.delete(apiKeys).where(eq(apiKeys.id, id)).run().changes === 1;
  }

  async count(): Promise<number> {
    return this.db.$count(apiKeys);
  }
}
