import { and, asc, count, eq, gt, inArray, or, sql, type SQLWrapper } from 'drizzle-orm';
import { customers, tableCounts } from '../schema/index.ts';
import type { CustomerErasure, CustomerExport, CustomerRecord, CustomerRepository } from '../Store.ts';
import { eraseCustomer } from './eraseCustomer.ts';
import { exportCustomer } from './exportCustomer.ts';
import type { SqliteDb } from './openSqlite.ts';
import { decodeWorld } from './worldCodec.ts';

type Row = typeof customers.$inferSelect;

/** Ids per query of `existing`: well under both databases' bound-parameter limits. */
const EXISTING_CHUNK = 500;

/** `LIKE` with `\` as its escape character: drizzle's `like()` writes no ESCAPE clause. */
const contains = (column: SQLWrapper, pattern: string) => sql`${column} LIKE ${pattern} ESCAPE '\\'`;

/** The search of the customer list: the id or the attributes' JSON text contain `query` (`%`, `_` and `\` match themselves). */
const matching = (query: string) => {
  const pattern = `%${query.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return or(contains(customers.id, pattern), contains(customers.attributes, pattern));
};

const toRecord = (row: Row): CustomerRecord => ({
  id: row.id,
  attributes: row.attributes,
  tags: row.tags,
  world: decodeWorld(row.id, row.attributes, row.tags, row.world),
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

export class SqliteCustomers implements CustomerRepository {
  private readonly firstFlip;
  private readonly dueFlips;

  constructor(private readonly db: SqliteDb) {
    // Both read the partial index `customers_next_flip` (next_flip_at, id): a seek, then the due range in order.
    this.firstFlip = db.$client.prepare<[], { at: number | null }>('SELECT MIN(next_flip_at) AS at FROM customers WHERE next_flip_at IS NOT NULL');
    this.dueFlips = db.$client.prepare<{ upTo: number; limit: number }, { id: string; at: number }>(
      'SELECT id, next_flip_at AS at FROM customers WHERE next_flip_at IS NOT NULL AND next_flip_at <= @upTo ORDER BY next_flip_at, id LIMIT @limit',
    );
  }

  async get(id: string): Promise<CustomerRecord | undefined> {
    const row = this.db.select().from(customers).where(eq(customers.id, id)).get();
    return row ? toRecord(row) : undefined;
  }

  async existing(ids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < ids.length; i += EXISTING_CHUNK) {
      const rows = this.db.select({ id: customers.id }).from(customers).where(inArray(customers.id, ids.slice(i, i + EXISTING_CHUNK))).all();
      for (const row of rows) found.add(row.id);
    }
    return found;
  }

  async page(after: string | null, limit: number): Promise<CustomerRecord[]> {
    const query = this.db.select().from(customers);
    const rows = (after === null ? query : query.where(gt(customers.id, after))).orderBy(asc(customers.id)).limit(limit).all();
    return rows.map(toRecord);
  }

  async inSegment(segment: string, after: string | null, limit: number): Promise<CustomerRecord[]> {
    const member = sql`EXISTS (SELECT 1 FROM json_each(${customers.segments}) WHERE json_each.value = ${segment})`;
    const rows = this.db
      .select()
      .from(customers)
      .where(after === null ? member : and(gt(customers.id, after), member))
      .orderBy(asc(customers.id))
      .limit(limit)
      .all();
    return rows.map(toRecord);
  }

  async ids(after: string | null, limit: number): Promise<string[]> {
    const query = this.db.select({ id: customers.id }).from(customers);
    return (after === null ? query : query.where(gt(customers.id, after)))
      .orderBy(asc(customers.id))
      .limit(limit)
      .all()
      .map((r) => r.id);
  }

  async count(): Promise<number> {
    // Kept by triggers on `customers` (drizzle/0003_aggregates.sql): COUNT(*) would read a whole index.
    return this.db.select({ rows: tableCounts.rows }).from(tableCounts).where(eq(tableCounts.name, 'customers')).get()?.rows ?? 0;
  }

  async nextFlipAt(): Promise<number | undefined> {
    return this.firstFlip.get()?.at ?? undefined;
  }

  async flipsDue(upTo: number, limit: number): Promise<{ id: string; at: number }[]> {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Due customers are read a positive whole number at a time, not ${limit}.`);
    return this.dueFlips.all({ upTo, limit });
  }

  /** One process: claiming is reading (store README, "Leases"). */
  async claimFlipsDue(upTo: number, limit: number): Promise<{ id: string; at: number }[]> {
    return this.flipsDue(upTo, limit);
  }

  async erase(id: string): Promise<CustomerErasure | undefined> {
    return eraseCustomer(this.db, id);
  }

  async export(id: string): Promise<CustomerExport | undefined> {
    return exportCustomer(this.db, id);
  }

  async search(query: string, limit: number, after: string | null = null): Promise<CustomerRecord[]> {
    const rows = this.db
      .select()
      .from(customers)
      .where(after === null ? matching(query) : and(matching(query), gt(customers.id, after)))
      .orderBy(asc(customers.id))
      .limit(limit)
      .all();
    return rows.map(toRecord);
  }

  async countMatching(query: string): Promise<number> {
    const [row] = this.db.select({ n: count() }).from(customers).where(matching(query))
      .all();
    return Number(row?.n ?? 0);
  }
}
