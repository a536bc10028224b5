import { eq } from 'drizzle-orm';
import { settings } from '../schema/index.ts';
import type { SettingsRepository } from '../Store.ts';
import type { SqliteDb } from './openSqlite.ts';

export class SqliteSettings implements SettingsRepository {
  constructor(private readonly db: SqliteDb) {}

  async get(key: string): Promise<unknown> {
    return this.db.select().from(settings).where(eq(settings.key, key)).get()?.value;
  }

  async set(key: string, value: unknown): Promise<void> {
    this.db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
  }

  async setIfAbsent(key: string, value: unknown): Promise<unknown> {
    this.db.insert(settings).values({ key, value }).onConflictDoNothing({ target: settings.key }).run();
    return this.get(key);
  }
}
