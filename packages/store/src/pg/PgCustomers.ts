import { and, asc, count, eq, gt, inArray, or, sql, type SQLWrapper } from 'drizzle-orm';
import { customers, tableCounts } from '../schema-pg/index.ts';
import { decodeWorld } from '../sqlite/worldCodec.ts';
import type { CustomerErasure, CustomerExport, CustomerRecord, CustomerRepository } from '../Store.ts';
import { erasePgCustomer } from './erasePgCustomer.ts';
import { exportPgCustomer } from './exportPgCustomer.ts';
import type { PgDb } from './openPg.ts';
import type { PgLeases } from './PgLeases.ts';
import { rowsOf, run, statement } from './pgTransaction.ts';

// Up to $2 customers whose next_flip_at is by $1 that nobody else holds, leased to $3 until $4 (SKIP LOCKED: rows locked by another claim or an `advance` are passed over).
const CLAIM_FLIPS = statement(
  'stayflow_customer_claim_flips',
  `UPDATE customers c SET lease_owner = $3, lease_until = $4
   FROM (SELECT id FROM customers WHERE next_flip_at IS NOT NULL AND next_flip_at <= $1 AND (lease_until IS NULL OR lease_until < $5 OR lease_owner = $3)
         ORDER BY next_flip_at, id LIMIT $2 FOR UPDATE SKIP LOCKED) d
   WHERE c.id = d.id
   RETURNING c.id, c.next_flip_at AS at`,
);

type Row = typeof customers.$inferSelect;

/** Ids per query of `existing`: well under both databases' bound-parameter limits. */
const EXISTING_CHUNK = 500;

/**
 * Case-insensitive, like SQLite's LIKE (which folds ASCII letters only); `\` escapes.
 * A jsonb column is searched in PostgreSQL's rendering of it (`{"plan": "pro"}`, with a space).
 */
const contains = (column: SQLWrapper, pattern: string) => sql`${column}::text ILIKE ${pattern} ESCAPE '\\'`;

/**
 * The id and the attributes' text in one, joined by a line feed: the expression of the trigram
 * index `customers_search` (drizzle-pg/0008). The JSON text never holds an unescaped line feed,
 * so text without one that it contains lies within the id or within the attributes.
 */
const searchText = sql`(${customers.id} || E'\\n' || ${customers.attributes}::text)`;

/**
 * The search of the customer list: the id or the attributes' JSON text contain `query` (`%`, `_` and `\` match themselves).
 * One ILIKE the trigram index answers (a word of 3 characters or more) and the planner can
 * estimate; a query holding a line feed is also tested on each part, the join being no match.
 */
const matching = (query: string) => {
  const pattern = `%${query.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  const candidates = sql`${searchText} ILIKE ${pattern} ESCAPE '\\'`;
  return query.includes('\n') ? and(candidates, or(contains(customers.id, pattern), contains(customers.attributes, pattern))) : candidates;
};

const toRecord = (row: Row): CustomerRecord => ({
  id: row.id,
  attributes: row.attributes,
  tags: row.tags,
  world: decodeWorld(row.id, row.attributes, row.tags, row.world),
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

export class PgCustomers implements CustomerRepository {
  constructor(
    private readonly db: PgDb,
    private readonly leases: PgLeases,
  ) {}

  async get(id: string): Promise<CustomerRecord | undefined> {
    const [row] = await this.db.select().from(customers).where(eq(customers.id, id));
    return row ? toRecord(row) : undefined;
  }

  async existing(ids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < ids.length; i += EXISTING_CHUNK) {
      const rows = await this.db.select({ id: customers.id }).from(customers).where(inArray(customers.id, ids.slice(i, i + EXISTING_CHUNK)));
      for (const row of rows) found.add(row.id);
    }
    return found;
  }

  async page(after: string | null, limit: number): Promise<CustomerRecord[]> {
    const query = this.db.select().from(customers);
    const rows = await (after === null ? query : query.where(gt(customers.id, after))).orderBy(asc(customers.id)).limit(limit);
    return rows.map(toRecord);
  }

  async inSegment(segment: string, after: string | null, limit: number): Promise<CustomerRecord[]> {
    const member = sql`${customers.segments} @> ${JSON.stringify([segment])}::jsonb`;
    const rows = await this.db
      .select()
      .from(customers)
      .where(after === null ? member : and(gt(customers.id, after), member))
      .orderBy(asc(customers.id))
      .limit(limit);
    return rows.map(toRecord);
  }

  async ids(after: string | null, limit: number): Promise<string[]> {
    const query = this.db.select({ id: customers.id }).from(customers);
    const rows = await (after === null ? query : query.where(gt(customers.id, after))).orderBy(asc(customers.id)).limit(limit);
    return rows.map((r) => r.id);
  }

  async count(): Promise<number> {
    // Kept by triggers on `customers`, one row per writer slot (drizzle-pg/0005_counter_slots.sql).
    const [row] = await this.db.select({ rows: sql<number>`COALESCE(SUM(${tableCounts.rows}), 0)::bigint`.mapWith(Number) }).from(tableCounts).where(eq(tableCounts.name, 'customers'));
    return row?.rows ?? 0;
  }

  async nextFlipAt(): Promise<number | undefined> {
    // Both read the partial index `customers_next_flip` (next_flip_at, id).
    const [row] = await rowsOf<{ at: number | null }>(this.db.$client, sql`SELECT MIN(next_flip_at) AS at FROM customers WHERE next_flip_at IS NOT NULL`);
    return row?.at ?? undefined;
  }

  async flipsDue(upTo: number, limit: number): Promise<{ id: string; at: number }[]> {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Due customers are read a positive whole number at a time, not ${limit}.`);
    return rowsOf(
      this.db.$client,
      sql`SELECT id, next_flip_at AS at FROM customers WHERE next_flip_at IS NOT NULL AND next_flip_at <= ${upTo} ORDER BY next_flip_at, id LIMIT ${limit}`,
    );
  }

  async claimFlipsDue(upTo: number, limit: number): Promise<{ id: string; at: number }[]> {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Due customers are claimed a positive whole number at a time, not ${limit}.`);
    const terms = this.leases.terms();
    const { rows } = await run(this.db.$client, CLAIM_FLIPS, [upTo, limit, terms.owner, terms.until, terms.now]);
    const due = (rows as { id: string; at: number }[]).sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.leases.claimedCustomers(due.map((d) => d.id), terms.until);
    return due;
  }

  async erase(id: string): Promise<CustomerErasure | undefined> {
    return erasePgCustomer(this.db, id);
  }

  async export(id: string): Promise<CustomerExport | undefined> {
    return exportPgCustomer(this.db, id);
  }

  async search(query: string, limit: number, after: string | null = null): Promise<CustomerRecord[]> {
    const rows = await this.db
      .select()
      .from(customers)
      .where(after === null ? matching(query) : and(matching(query), gt(customers.id, after)))
      .orderBy(asc(customers.id))
      .limit(limit);
    return rows.map(toRecord);
  }

  async countMatching(query: string): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(customers).where(matching(query));
    return Number(row?.n ?? 0);
  }
}
