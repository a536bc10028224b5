import { and, asc, count, eq, gt, inArray, lte, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { customers, tableCounts } from '../schema/index.ts';
import type { CustomerErasure, CustomerExport, CustomerRecord, CustomerRepository } from '../Store.ts';
import { eraseCustomer } from './eraseCustomer.ts';
import { exportCustomer } from './exportCustomer.ts';
import type { SqliteDb } from './openSqlite.ts';
import { yieldToEventLoop } from '../yieldToEventLoop.ts';
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

/**
 * How much of the customers one statement of a long read covers (a search or count of 1–2
 * characters, a common word's count, a walk for a common word): after each, other requests
 * run. A count takes a range of rowids (the table in its own order); the walk in id order
 * reads each row through the id index, about four times the cost per row. Both about 10 ms
 * of the server's one thread (store README, "Reads at a million customers").
 */
export const SCAN_SLICES = { scan: 20_000, walk: 5_000 };

/** The customer rows whose search entry holds every trigram of the query. */
const candidates = (trigrams: string) => sql`${customers}.rowid IN (SELECT rowid FROM customers_search WHERE customers_search MATCH ${trigrams})`;

/** The customer rows with a rowid in `(from, to]`: a range of the table itself. */
const inRowids = (from: number, to: number) => sql`${customers}.rowid > ${from} AND ${customers}.rowid <= ${to}`;

/** The customer rows of these rowids. */
const ofRowids = (rowids: readonly number[]) => sql`${customers}.rowid IN (SELECT value FROM json_each(${JSON.stringify(rowids)}))`;

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
  private readonly sliceEnd;
  private readonly lastRowid;
  private readonly candidatesAfter;

  constructor(
    private readonly db: SqliteDb,
    /** Rowids per statement of a count, customers per statement of a walk (`SCAN_SLICES`; smaller in tests). */
    private readonly slices = SCAN_SLICES,
  ) {
    // Both read the partial index `customers_next_flip` (next_flip_at, id): a seek, then the due range in order.
    this.firstFlip = db.$client.prepare<[], { at: number | null }>('SELECT MIN(next_flip_at) AS at FROM customers WHERE next_flip_at IS NOT NULL');
    this.dueFlips = db.$client.prepare<{ upTo: number; limit: number }, { id: string; at: number }>(
      'SELECT id, next_flip_at AS at FROM customers WHERE next_flip_at IS NOT NULL AND next_flip_at <= @upTo ORDER BY next_flip_at, id LIMIT @limit',
    );
    this.candidatesUpTo = db.$client.prepare<[string, number], { n: number }>('SELECT count(*) AS n FROM (SELECT rowid FROM customers_search WHERE customers_search MATCH ? LIMIT ?)');
    // The id a slice of the walk in id order ends at: the primary key's index alone, no row read.
    this.sliceEnd = db.$client.prepare<[string, number], { id: string }>('SELECT id FROM customers WHERE id > ? ORDER BY id LIMIT 1 OFFSET ?');
    this.lastRowid = db.$client.prepare<[], { last: number | null }>('SELECT max(rowid) AS last FROM customers');
    this.candidatesAfter = db.$client.prepare<[string, number, number], number>('SELECT rowid FROM customers_search WHERE customers_search MATCH ? AND rowid > ? ORDER BY rowid LIMIT ?').pluck();
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
   * A query of 3 characters or more whose trigrams find at most `COMMON_CANDIDATES` rows reads
   * those rows by rowid and sorts them, in one statement. Any other (a common word, 1 or 2
   * characters) walks the customers in id order, `slices.walk` of them per statement, until the
   * page is full. Every row is tested by `matching`, so the answer is the same either way.
   * (Candidates that are common while whole matches are rare make the walk long: at worst every
   * customer, in slices.)
   */
  async search(query: string, limit: number, after: string | null = null): Promise<CustomerRecord[]> {
    const trigrams = trigramsOf(query);
    if (trigrams !== undefined && this.candidateCount(trigrams, COMMON_CANDIDATES + 1) <= COMMON_CANDIDATES) {
      return this.matchingInIdOrder(and(candidates(trigrams), matching(query)), after, null, limit).map(toRecord);
    }
    const found: Row[] = [];
    for (let from = after; found.length < limit; ) {
      const end = this.sliceEnd.get(from ?? '', this.slices.walk - 1)?.id ?? null;
      found.push(...this.matchingInIdOrder(matching(query), from, end, limit - found.length));
      if (end === null) break;
      from = end;
      if (found.length < limit) await yieldToEventLoop();
    }
    return found.map(toRecord);
  }

  /** The first `limit` customers the filter accepts after `after`, up to `upTo` (included), in id order. */
  private matchingInIdOrder(filter: SQL | undefined, after: string | null, upTo: string | null, limit: number): Row[] {
    const range = [after === null ? undefined : gt(customers.id, after), upTo === null ? undefined : lte(customers.id, upTo)];
    return this.db.select().from(customers).where(and(filter, ...range)).orderBy(asc(customers.id)).limit(limit).all();
  }

  /**
   * Exact. At most `COMMON_CANDIDATES` candidates: they are read in one statement. More, but
   * fewer than a tenth of the customers (`SCAN_FRACTION`: at a million, a row found by rowid cost
   * about 10 times one read in a scan): the candidates' rowids, then their rows `slices.walk` per
   * statement; else (and for a query of fewer than 3 characters) every customer, a range of
   * `slices.scan` rowids per statement. A count taken in slices sees the writes committed between them.
   */
  async countMatching(query: string): Promise<number> {
    const trigrams = trigramsOf(query);
    const scanAbove = Math.max(COMMON_CANDIDATES, Math.floor((await this.count()) * SCAN_FRACTION));
    const found = trigrams === undefined ? Number.POSITIVE_INFINITY : this.candidateCount(trigrams, scanAbove + 1);
    if (trigrams !== undefined && found <= COMMON_CANDIDATES) return this.countWhere(and(candidates(trigrams), matching(query)));
    let matches = 0;
    if (trigrams !== undefined && found <= scanAbove) {
      // The candidates in rowid order, `slices.walk` at a time: their rowids (the index seeks past the last), then their rows.
      for (let after = 0; ; ) {
        await yieldToEventLoop();
        const rowids = this.candidatesAfter.all(trigrams, after, this.slices.walk);
        if (rowids.length > 0) matches += this.countWhere(and(ofRowids(rowids), matching(query)));
        if (rowids.length < this.slices.walk) return matches;
        after = rowids.at(-1)!;
      }
    }
    const last = this.lastRowid.get()?.last ?? 0;
    for (let from = 0; from < last; from += this.slices.scan) {
      await yieldToEventLoop();
      matches += this.countWhere(and(inRowids(from, from + this.slices.scan), matching(query)));
    }
    return matches;
  }

  private countWhere(filter: SQL | undefined): number {
    const [row] = this.db.select({ n: count() }).from(customers).where(filter).all();
    return Number(row?.n ?? 0);
  }

  /** The search entries holding every trigram, counted up to `atMost` (reads no customer row). */
  private candidateCount(trigrams: string, atMost: number): number {
    return this.candidatesUpTo.get(trigrams, atMost)?.n ?? 0;
  }
}
