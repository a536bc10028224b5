import { eq, sql } from 'drizzle-orm';
import { settings } from '../schema/index.ts';
import type { SettingsRepository } from '../Store.ts';
import type { SqliteDb } from './openSqlite.ts';

export class SqliteSettings implements SettingsRepository {
  /** Prepared once: the testing clock reads its time before every request. */
  private readonly read;

  constructor(private readonly db: SqliteDb) {
    this.read = db.select({ value: settings.value }).from(settings).where(eq(settings.key, sql.placeholder('key'))).prepare();
  }

  async get(key: string): Promise<unknown> {
    return this.read.get({ key })?.value;
  }

  async set(key: string, value: unknown): Promise<void> {
    this.db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
  }

  async setIfAbsent(key: string, value: unknown): Promise<unknown> {
    this.db.insert(settings).values({ key, value }).onConflictDoNothing({ target: settings.key }).run();
    return this.get(key);
  }
}
