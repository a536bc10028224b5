import { asc, eq } from 'drizzle-orm';
import { apiKeys } from '../schema-pg/index.ts';
import type { ApiKeyRecord, ApiKeyRepository, NewApiKey } from '../Store.ts';
import type { PgDb } from './openPg.ts';

export class PgApiKeys implements ApiKeyRepository {
  constructor(private readonly db: PgDb) {}

  async add(key: NewApiKey): Promise<void> {
    await this.db.insert(apiKeys).values({ ...key, role: key.role ?? 'admin' });
  }

  async list(): Promise<ApiKeyRecord[]> {
    return this.db.select().from(apiKeys).orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
  }

  async get(id: string): Promise<ApiKeyRecord | undefined> {
    const [row] = await this.db.select().from(apiKeys).where(eq(apiKeys.id, id));
    return row;
  }

  async findByHash(hash: string): Promise<ApiKeyRecord | undefined> {
    const [row] = await this.db.select().from(apiKeys).where(eq(apiKeys.hash, hash));
    return row;
  }

  async touch(id: string, now: number): Promise<void> {
    await this.db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, id));
  }

  async remove(id: string): Promise<boolean> {
    return (await this.db.delete(apiKeys).where(eq(apiKeys.id, id))).rowCount === 1;
  }

  async count(): Promise<number> {
    return this.db.$count(apiKeys);
  }
}
