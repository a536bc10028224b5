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

/**
 * An FTS5 query for the rows of `customers_search` (drizzle/0016) holding every trigram of
 * `query`, each quoted as itself: a superset of the rows `matching` accepts (the index has no
 * positions, so the trigrams may lie apart). None for a query of fewer than 3 characters.
 */
export const trigramsOf = (query: string): string | undefined => {
  const chars = Array.from(query);
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars.slice(i, i + 3).join(''));
  return grams.size === 0 ? undefined : [...grams].map((gram) => `"${gram.replaceAll('"', '""')}"`).join(' AND ');
};

/**
 * Candidates above which a search reads customers in id order instead: matches that common
 * are dense (at least 1 in 500 of a million), so the first page is near, while sorting every
 * candidate by id would cost O(candidates).
 */
const COMMON_CANDIDATES = 2_000;

/** Above this share of the customers, counting matches reads every customer rather than the candidates (measured at 1 M: store README). */
const SCAN_FRACTION = 0.1;

/** The customer rows whose search entry holds every trigram of the query. */
const candidates = (trigrams: string) => sql`${customers}.rowid IN (SELECT rowid FROM customers_search WHERE customers_search MATCH ${trigrams})`;

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
  private readonly candidatesUpTo;

  constructor(private readonly db: SqliteDb) {
    // Both read the partial index `customers_next_flip` (next_flip_at, id): a seek, then the due range in order.
    this.firstFlip = db.$client.prepare<[], { at: number | null }>('SELECT MIN(next_flip_at) AS at FROM customers WHERE next_flip_at IS NOT NULL');
    this.dueFlips = db.$client.prepare<{ upTo: number; limit: number }, { id: string; at: number }>(
      'SELECT id, next_flip_at AS at FROM customers WHERE next_flip_at IS NOT NULL AND next_flip_at <= @upTo ORDER BY next_flip_at, id LIMIT @limit',
    );
    this.candidatesUpTo = db.$client.prepare<[string, number], { n: number }>('SELECT count(*) AS n FROM (SELECT rowid FROM customers_search WHERE customers_search MATCH ? LIMIT ?)');
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
    // A range of `segment_members` (kept equal to `customers.segments` by triggers, drizzle/0016) in id order, then one lookup per member.
    const from = after === null ? sql`` : sql` AND customer_id > ${after}`;
    const page = sql`SELECT customer_id FROM segment_members WHERE segment = ${segment}${from} ORDER BY customer_id LIMIT ${limit}`;
    const rows = this.db.select().from(customers).where(sql`${customers.id} IN (${page})`).orderBy(asc(customers.id)).all();
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

  /**
   * A query of 3 characters or more reads the rows of its trigram candidates (rare) or walks
   * customers in id order (common: `COMMON_CANDIDATES`); a shorter one walks them all. Every
   * row is tested by `matching`, so the answer is the same either way. (Candidates that are
   * common while whole matches are rare make the walk long: at worst every customer, as before.)
   */
  async search(query: string, limit: number, after: string | null = null): Promise<CustomerRecord[]> {
    const trigrams = trigramsOf(query);
    const rare = trigrams !== undefined && this.candidateCount(trigrams, COMMON_CANDIDATES + 1) <= COMMON_CANDIDATES;
    const filter = rare ? and(candidates(trigrams), matching(query)) : matching(query);
    const rows = this.db
      .select()
      .from(customers)
      .where(after === null ? filter : and(filter, gt(customers.id, after)))
      .orderBy(asc(customers.id))
      .limit(limit)
      .all();
    return rows.map(toRecord);
  }

  /**
   * Exact. Read through the candidates while they are fewer than a tenth of the customers
   * (`SCAN_FRACTION`: at a million, a row found by rowid cost about 10 times one read in a scan), else and
   * for a query of fewer than 3 characters, by a scan of every customer.
   */
  async countMatching(query: string): Promise<number> {
    const trigrams = trigramsOf(query);
    const scanAbove = Math.max(COMMON_CANDIDATES, Math.floor((await this.count()) * SCAN_FRACTION));
    const few = trigrams !== undefined && this.candidateCount(trigrams, scanAbove + 1) <= scanAbove;
    const [row] = this.db
      .select({ n: count() })
      .from(customers)
      .where(few ? and(candidates(trigrams), matching(query)) : matching(query))
      .all();
    return Number(row?.n ?? 0);
  }

  /** The search entries holding every trigram, counted up to `atMost` (reads no customer row). */
  private candidateCount(trigrams: string, atMost: number): number {
    return this.candidatesUpTo.get(trigrams, atMost)?.n ?? 0;
  }
}
