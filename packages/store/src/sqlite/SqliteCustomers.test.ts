import { react } from '@stayflow/engine';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Store } from '../Store.ts';
import { BACKENDS, type Backend } from '../contract/backends.ts';
import * as schema from '../schema/index.ts';
import { openSqlite, type SqliteDb } from './openSqlite.ts';
import { SqliteAdvance } from './SqliteAdvance.ts';
import { SqliteCustomers } from './SqliteCustomers.ts';

const T0 = Date.parse('2026-03-01T10:00:00Z');

type Change = { id: string; attributes?: Record<string, unknown>; segments?: string[] };

/** Stores (or changes) each customer, their segments as given. */
async function change(store: Store, customers: Change[]): Promise<Store> {
  const segments = new Map(customers.map((c) => [c.id, c.segments ?? []]));
  await store.advance(
    customers.map((c) => ({ customerId: c.id, input: { kind: 'customer', attributes: c.attributes ?? {} } })),
    (world, input) => react(world, input, { now: T0, playbooks: [] }),
    { now: T0, wallNow: T0, deliversExternally: () => false, segmentsOf: (customer) => segments.get(customer.id) ?? [] },
  );
  return store;
}

const withCustomers = async (backend: Backend, customers: Change[]): Promise<Store> => change(await backend.open(), customers);

/** The search's first 10, after checking that its count agrees with every page of it. */
async function ids(store: Store, query: string): Promise<string[]> {
  const all: string[] = [];
  for (let after: string | null = null; ; ) {
    const page: string[] = (await store.customers.search(query, 3, after)).map((c) => c.id);
    all.push(...page);
    if (page.length < 3) break;
    after = page.at(-1)!;
  }
  expect(await store.customers.countMatching(query)).toBe(all.length);
  return all.slice(0, 10);
}

describe.each(BACKENDS)('customer search ($name)', (backend) => {
  it('reads "_" in the query as itself, not as any one character', async () => {
    const store = await withCustomers(backend, [{ id: 'cust_001' }, { id: 'custX001' }, { id: 'cust_002' }]);
    expect(await ids(store, 'cust_001')).toEqual(['cust_001']);
    expect(await ids(store, 't_0')).toEqual(['cust_001', 'cust_002']);
  });

  it('reads "%" in the query as itself, not as any text', async () => {
    const store = await withCustomers(backend, [{ id: 'promo-50%' }, { id: 'promo-500' }, { id: 'promo-5' }]);
    expect(await ids(store, '50%')).toEqual(['promo-50%']);
  });

  it('finds a customer by a value among their attributes', async () => {
    const store = await withCustomers(backend, [
      { id: 'c1', attributes: { name: 'Ana Lima', email: 'ana_lima@example.com' } },
      { id: 'c2', attributes: { name: 'Bo', email: 'analima@example.com' } },
    ]);
    expect(await ids(store, 'Ana Lima')).toEqual(['c1']);
    expect(await ids(store, 'ana_lima@')).toEqual(['c1']);
  });

  it('reads a double quote in the query as itself', async () => {
    const store = await withCustomers(backend, [{ id: 'q"uote' }, { id: 'quote' }, { id: 'c1', attributes: { note: 'say "hi"' } }]);
    expect(await ids(store, 'q"u')).toEqual(['q"uote']);
    expect(await ids(store, '"uo')).toEqual(['q"uote']);
    // The attributes are searched as stored JSON text, where the quote is escaped.
    expect(await ids(store, '\\"hi\\"')).toEqual(['c1']);
  });

  it('finds a query of one or two characters, Chinese ones included', async () => {
    const store = await withCustomers(backend, [
      { id: 'c1', attributes: { city: '南京' } },
      { id: 'c2', attributes: { city: '北京' } },
      { id: 'c3', attributes: { city: '上海' } },
    ]);
    expect(await ids(store, '南京')).toEqual(['c1']);
    expect(await ids(store, '京')).toEqual(['c1', 'c2']);
    expect(await ids(store, '北京市')).toEqual([]);
  });

  it('ignores the case of ASCII letters', async () => {
    const store = await withCustomers(backend, [{ id: 'c1', attributes: { name: 'Ana Lima' } }, { id: 'C2-ANA', attributes: {} }]);
    expect(await ids(store, 'ANA LIMA')).toEqual(['c1']);
    expect(await ids(store, 'c2-ana')).toEqual(['C2-ANA']);
  });

  it('never matches text spanning the id and the attributes', async () => {
    const store = await withCustomers(backend, [{ id: 'abc', attributes: { x: 'def' } }]);
    expect(await ids(store, 'abc')).toEqual(['abc']);
    expect(await ids(store, 'abc {"')).toEqual([]);
    expect(await ids(store, 'abc{"')).toEqual([]);
    expect(await ids(store, 'bc{')).toEqual([]);
    expect(await ids(store, 'abc\n{"x"')).toEqual([]);
    expect(await ids(store, 'c\n{')).toEqual([]);
  });

  it('finds a customer by their new attributes after a change, never by the old ones', async () => {
    const store = await withCustomers(backend, [{ id: 'c1', attributes: { name: 'Ana Lima' } }, { id: 'c2', attributes: { name: 'Bo' } }]);
    await change(store, [{ id: 'c1', attributes: { name: 'Bea Souza' } }]);
    expect(await ids(store, 'Ana Lima')).toEqual([]);
    expect(await ids(store, 'Bea Souza')).toEqual(['c1']);
  });

  it('no longer finds an erased customer', async () => {
    const store = await withCustomers(backend, [{ id: 'c1', attributes: { name: 'Ana Lima' } }, { id: 'c2', attributes: { name: 'Ana Lima' } }]);
    await store.customers.erase('c1');
    expect(await ids(store, 'Ana Lima')).toEqual(['c2']);
    expect(await ids(store, 'c1')).toEqual([]);
  });

  it('pages a search that matches most customers in id order, and counts them all', async () => {
    // More candidates than a search reads by rowid: it walks the customers in id order instead.
    const many = Array.from({ length: 2_100 }, (_, i) => ({ id: `m${String(i).padStart(4, '0')}`, attributes: { plan: i % 7 === 0 ? 'Basic' : 'Plus' } }));
    const store = await withCustomers(backend, many);
    expect((await store.customers.search('Plus', 4)).map((c) => c.id)).toEqual(['m0001', 'm0002', 'm0003', 'm0004']);
    expect((await store.customers.search('Plus', 3, 'm0005')).map((c) => c.id)).toEqual(['m0006', 'm0008', 'm0009']);
    expect(await store.customers.countMatching('Plus')).toBe(1_800);
    expect(await store.customers.countMatching('Basic')).toBe(300);
    expect((await store.customers.search('Basic', 2, 'm0007')).map((c) => c.id)).toEqual(['m0014', 'm0021']);
  });
});

describe.each(BACKENDS)("a segment's members ($name)", (backend) => {
  const members = async (store: Store, segment: string, limit: number) => {
    const pages: string[][] = [];
    for (let after: string | null = null; ; ) {
      const page: string[] = (await store.customers.inSegment(segment, after, limit)).map((c) => c.id);
      if (page.length === 0) return pages;
      pages.push(page);
      after = page.at(-1)!;
    }
  };

  it('are read in id order, a page after another, as their memberships change', async () => {
    const store = await withCustomers(backend, [
      { id: 'c3', segments: ['vip', 'buyer'] },
      { id: 'c1', segments: ['buyer'] },
      { id: 'c2', segments: [] },
      { id: 'c4', segments: ['buyer'] },
    ]);
    expect(await members(store, 'buyer', 2)).toEqual([['c1', 'c3'], ['c4']]);
    expect(await members(store, 'vip', 2)).toEqual([['c3']]);
    expect(await members(store, 'ghost', 2)).toEqual([]);
    await change(store, [{ id: 'c3', attributes: { x: 1 }, segments: ['vip'] }, { id: 'c2', attributes: { x: 1 }, segments: ['buyer', 'vip'] }]);
    await store.customers.erase('c1');
    expect(await members(store, 'buyer', 2)).toEqual([['c2', 'c4']]);
    expect(await members(store, 'vip', 5)).toEqual([['c2', 'c3']]);
  });
});

describe('a scan of the customers on SQLite', () => {
  /** An in-memory file holding the customers (stored 5,000 per transaction), and a reader of them with these slices that logs its drizzle statements. */
  async function sliced(all: Change[], slices: { scan: number; walk: number }) {
    const db = openSqlite(':memory:');
    const advance = new SqliteAdvance(db);
    const store = { advance: async (items, reactor, options) => advance.run(items, reactor, options) } as Store;
    for (let at = 0; at < all.length; at += 5_000) await change(store, all.slice(at, at + 5_000));
    const statements: string[] = [];
    const logged = drizzle(db.$client, { schema, logger: { logQuery: (query) => statements.push(query) } }) as SqliteDb;
    return { db, statements, customers: new SqliteCustomers(logged, slices) };
  }

  it('reads a slice of customers per statement, lets other work run between slices, and answers as one statement would', async () => {
    const thirty = Array.from({ length: 30 }, (_, i) => ({ id: `s${String(i).padStart(2, '0')}`, attributes: { plan: i % 3 === 0 ? 'Basic' : 'Plus' } }));
    const { statements, customers } = await sliced(thirty, { scan: 7, walk: 7 });
    // Queries of 2 characters: no trigram, so every one is a scan.
    const reads: [string, () => Promise<unknown>, unknown, number][] = [
      ['count "Ba"', () => customers.countMatching('Ba'), 10, 5],
      ['first page of "Ba"', async () => (await customers.search('Ba', 4)).map((c) => c.id), ['s00', 's03', 's06', 's09'], 2],
      ['"Ba" after s10', async () => (await customers.search('Ba', 20, 's10')).map((c) => c.id), ['s12', 's15', 's18', 's21', 's24', 's27'], 3],
      ['count "s2"', () => customers.countMatching('s2'), 10, 5],
    ];
    for (const [name, read, expected, slices] of reads) {
      statements.length = 0;
      let turns = 0;
      let counting = true;
      const tick = () => {
        if (!counting) return;
        turns++;
        setImmediate(tick);
      };
      setImmediate(tick);
      const answer = await read();
      counting = false;
      expect(answer, name).toEqual(expected);
      expect(statements.filter((text) => text.includes('LIKE')).length, name).toBe(slices);
      // The event loop turned between the statements (a read in one statement would answer before any turn).
      expect(turns, name).toBeGreaterThanOrEqual(slices - 1);
    }
  });

  it('counts through more than 2,000 candidates (under a tenth of the customers) a slice of them at a time', async () => {
    // 30,000 customers: 2,400 "Gold", 300 "Golden", 100 holding both trigrams of "Gold" apart (candidates that do not match).
    const attributesOf = (i: number) => (i % 10 === 0 && i < 24_000 ? { plan: 'Gold' } : i % 10 === 1 && i < 3_000 ? { plan: 'Golden' } : i % 10 === 2 && i < 1_000 ? { a: 'Gol', b: 'old' } : { plan: 'Plus' });
    const all = Array.from({ length: 30_000 }, (_, i) => ({ id: `g${String(i).padStart(5, '0')}`, attributes: attributesOf(i) }));
    const { db, statements, customers } = await sliced(all, { scan: 20_000, walk: 1_000 });
    expect(await customers.countMatching('Gold')).toBe(2_700);
    // 2,800 candidates, 1,000 per statement.
    expect(statements.filter((text) => text.includes('json_each')).length).toBe(3);
    // The default slices give the same count.
    expect(await new SqliteCustomers(db).countMatching('Gold')).toBe(2_700);
  }, 60_000);
});
