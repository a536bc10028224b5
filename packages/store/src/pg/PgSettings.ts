import { settings } from '../schema-pg/index.ts';
import type { SettingsRepository } from '../Store.ts';
import type { PgDb } from './openPg.ts';
import { sharedReads } from './sharedReads.ts';
import { run, statement } from './pgTransaction.ts';

const READ = statement('stayflow_settings_read', 'SELECT value FROM settings WHERE key = $1');

/** Settings in the database: on PostgreSQL the testing clock's time (`clock.now`) is therefore one for every process. */
export class PgSettings implements SettingsRepository {
  /** Concurrent reads of a key share one round trip (the testing clock reads its time before every request). */
  private readonly read = sharedReads(async (key: string): Promise<unknown> => {
    const [row] = (await run(this.db.$client, READ, [key])).rows as { value: unknown }[];
    return row?.value;
  });

  constructor(private readonly db: PgDb) {}

  async get(key: string): Promise<unknown> {
    const value = await this.read(key);
    // Callers sharing a read each get their own copy of an object value.
    return typeof value === 'object' && value !== null ? structuredClone(value) : value;
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } });
  }

  /** INSERT … ON CONFLICT DO NOTHING, then a read: of processes starting together, the first value committed is everyone's. */
  async setIfAbsent(key: string, value: unknown): Promise<unknown> {
    await this.db.insert(settings).values({ key, value }).onConflictDoNothing({ target: settings.key });
    return this.get(key);
  }
}
