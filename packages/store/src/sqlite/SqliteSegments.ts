import { asc, eq } from 'drizzle-orm';
import { segments } from '../schema/index.ts';
import type { SegmentRecord, SegmentRepository } from '../Store.ts';
import type { SqliteDb } from './openSqlite.ts';

export class SqliteSegments implements SegmentRepository {
  constructor(private readonly db: SqliteDb) {}

  async list(): Promise<SegmentRecord[]> {
    return this.db.select().from(segments).orderBy(asc(segments.name)).all();
  }

  async get(name: string): Promise<SegmentRecord | undefined> {
    return this.db.select().from(segments).where(eq(segments.name, name)).get();
  }

  async put(segment: SegmentRecord): Promise<void> {
    this.db
      .insert(segments)
      .values(segment)
      .onConflictDoUpdate({ target: segments.name, set: { rule: segment.rule, description: segment.description, updatedAt: segment.updatedAt } })
      .run();
  }

  async remove(name: string): Promise<boolean> {
    return this.db.delete(segments).where(eq(segments.name, name)).run().changes === 1;
  }
}
