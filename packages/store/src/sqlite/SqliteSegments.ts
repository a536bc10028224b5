import { asc, eq } from 'drizzle-orm';
import { segmentCounts, segments } from '../schema/index.ts';
import type { JobProgress, NextFlipOf, RecountSlice, SegmentRecord, SegmentRepository, SegmentsOf } from '../Store.ts';
import type { SqliteDb } from './openSqlite.ts';
import { progressWriter } from './SqliteJobs.ts';
import { decodeWorld } from './worldCodec.ts';

export class SqliteSegments implements SegmentRepository {
  private readonly recountPage;
  private readonly storeMemberships;
  private readonly storeFlip;
  private readonly writeProgress;

  constructor(private readonly db: SqliteDb) {
    this.writeProgress = progressWriter(db);
    this.recountPage = db.$client.prepare<{ after: string | null; limit: number }, { id: string; attributes: string; tags: string; world: string; segments: string; next_flip_at: number | null }>(
      'SELECT id, attributes, tags, world, segments, next_flip_at FROM customers WHERE @after IS NULL OR id > @after ORDER BY id LIMIT @limit',
    );
    this.storeMemberships = db.$client.prepare<{ id: string; segments: string }>('UPDATE customers SET segments = @segments WHERE id = @id');
    this.storeFlip = db.$client.prepare<{ id: string; at: number | null }>('UPDATE customers SET next_flip_at = @at WHERE id = @id');
  }

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

  async memberCounts(): Promise<Record<string, number>> {
    const rows = this.db.select().from(segmentCounts).all();
    return Object.fromEntries(rows.filter((row) => row.members > 0).map((row) => [row.segment, row.members]));
  }

  async recount(after: string | null, limit: number, segmentsOf: SegmentsOf, progress?: (slice: RecountSlice) => JobProgress, nextFlipOf?: NextFlipOf): Promise<RecountSlice> {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`A recount slice needs a positive whole number of customers, not ${limit}.`);
    return this.db.$client.transaction((): RecountSlice => {
      const page = this.recountPage.all({ after, limit });
      let changed = 0;
      for (const row of page) {
        const world = decodeWorld(row.id, JSON.parse(row.attributes), JSON.parse(row.tags), JSON.parse(row.world));
        if (nextFlipOf !== undefined) {
          const at = nextFlipOf(world);
          if (at !== row.next_flip_at) this.storeFlip.run({ id: row.id, at });
        }
        const segments = JSON.stringify(segmentsOf(world.customer));
        if (segments === row.segments) continue;
        this.storeMemberships.run({ id: row.id, segments });
        changed++;
      }
      const slice = { last: page.at(-1)?.id ?? null, scanned: page.length, changed };
      if (progress !== undefined) this.writeProgress(progress(slice));
      return slice;
    })();
  }
}
