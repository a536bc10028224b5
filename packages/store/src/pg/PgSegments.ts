import { asc, eq, sql } from 'drizzle-orm';
import { segmentCounts, segments } from '../schema-pg/index.ts';
import { decodeWorld } from '../sqlite/worldCodec.ts';
import type { JobProgress, NextFlipOf, RecountSlice, SegmentRecord, SegmentRepository, SegmentsOf } from '../Store.ts';
import type { PgDb } from './openPg.ts';
import { writeProgress } from './PgJobs.ts';
import { inTransaction, json, run, statement } from './pgTransaction.ts';

// Locked like `advance` locks them: a recount slice and a reaction never interleave on one customer.
const PAGE = statement(
  'stayflow_recount_page',
  'SELECT id, attributes, tags, world, segments, next_flip_at FROM customers WHERE $1::text IS NULL OR id > $1 ORDER BY id LIMIT $2 FOR UPDATE',
);
const STORE = statement('stayflow_recount_store', 'UPDATE customers SET segments = $2 WHERE id = $1');
const STORE_FLIP = statement('stayflow_recount_store_flip', 'UPDATE customers SET next_flip_at = $2 WHERE id = $1');

export class PgSegments implements SegmentRepository {
  constructor(private readonly db: PgDb) {}

  async list(): Promise<SegmentRecord[]> {
    return this.db.select().from(segments).orderBy(asc(segments.name));
  }

  async get(name: string): Promise<SegmentRecord | undefined> {
    const [row] = await this.db.select().from(segments).where(eq(segments.name, name));
    return row;
  }

  async put(segment: SegmentRecord): Promise<void> {
    await this.db
      .insert(segments)
      .values(segment)
      .onConflictDoUpdate({ target: segments.name, set: { rule: segment.rule, description: segment.description, updatedAt: segment.updatedAt } });
  }

  async remove(name: string): Promise<boolean> {
    return (await this.db.delete(segments).where(eq(segments.name, name))).rowCount === 1;
  }

  async memberCounts(): Promise<Record<string, number>> {
    // One row per segment and writer slot (drizzle-pg/0005_counter_slots.sql).
    const rows = await this.db
      .select({ segment: segmentCounts.segment, members: sql<number>`SUM(${segmentCounts.members})`.mapWith(Number) })
      .from(segmentCounts)
      .groupBy(segmentCounts.segment);
    return Object.fromEntries(rows.filter((row) => row.members > 0).map((row) => [row.segment, row.members]));
  }

  async recount(after: string | null, limit: number, segmentsOf: SegmentsOf, progress?: (slice: RecountSlice) => JobProgress, nextFlipOf?: NextFlipOf): Promise<RecountSlice> {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`A recount slice needs a positive whole number of customers, not ${limit}.`);
    return inTransaction(this.db, async (client) => {
      const page = (await run(client, PAGE, [after, limit])).rows as { id: string; attributes: unknown; tags: unknown; world: unknown; segments: string[]; next_flip_at: number | null }[];
      let changed = 0;
      for (const row of page) {
        const world = decodeWorld(row.id, row.attributes, row.tags, row.world);
        if (nextFlipOf !== undefined) {
          const at = nextFlipOf(world);
          if (at !== row.next_flip_at) await run(client, STORE_FLIP, [row.id, at]);
        }
        const found = json(segmentsOf(world.customer));
        if (found === json(row.segments)) continue;
        await run(client, STORE, [row.id, found]);
        changed++;
      }
      const slice = { last: page.at(-1)?.id ?? null, scanned: page.length, changed };
      if (progress !== undefined) await writeProgress(client, progress(slice));
      return slice;
    });
  }
}
