import { describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase } from '../testing/postgresCluster.ts';
import { eventItem } from '../sqlite/testFixtures.ts';
import { openPgStore } from './openPgStore.ts';

const admin = () => inject('postgresAdminUrl');

async function emptyDatabase(): Promise<string> {
  const name = `stayflow_empty_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: admin() });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin());
  url.pathname = `/${name}`;
  return url.toString();
}

describe('openPgStore', () => {
  it('migrates an empty database once when several processes open it at the same time', async () => {
    const url = await emptyDatabase();
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPgStore(url, { poolSize: 2 })));
    try {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const applied = await client.query('SELECT COUNT(*)::int AS n FROM drizzle.__drizzle_migrations');
      await client.end();
      expect(applied.rows[0].n).toBeGreaterThanOrEqual(2);
      const again = await openPgStore(url);
      await again.close();
      const recount = new pg.Client({ connectionString: url });
      await recount.connect();
      expect((await recount.query('SELECT COUNT(*)::int AS n FROM drizzle.__drizzle_migrations')).rows[0].n).toBe(applied.rows[0].n);
      await recount.end();
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('compares every text column byte by byte (COLLATE "C"), as SQLite does', async () => {
    const url = await createTestDatabase(admin());
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const other = await client.query(
        `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'text' AND collation_name IS DISTINCT FROM 'C'`,
      );
      expect(other.rows).toEqual([]);
    } finally {
      await client.end();
    }
  });

  it('says where it could not connect, without the password', async () => {
    await expect(openPgStore('postgres://stayflow:secret@127.0.0.1:1/nowhere')).rejects.toThrow(/Cannot connect to PostgreSQL at postgres:\/\/stayflow:\*\*\*@127\.0\.0\.1:1\/nowhere/);
  });

  it('lets one of two processes advancing the same customer wait for the other: no reaction is lost', async () => {
    const url = await createTestDatabase(admin());
    const [a, b] = [await openPgStore(url), await openPgStore(url)];
    try {
      const options = { now: 1, wallNow: 1, deliversExternally: () => false };
      // Each reaction counts the customer's events in an attribute: interleaved read-modify-writes would lose some.
      const counting = (store: typeof a, id: string) =>
        store.advance([eventItem(id, 'ana', 'page_viewed', 1)], (world) => {
          const seen = Number(world.customer.attributes.seen ?? 0);
          return { world: { ...world, customer: { ...world.customer, attributes: { ...world.customer.attributes, seen: seen + 1 } } }, effects: [], diagnostics: [] };
        }, options);
      await Promise.all(Array.from({ length: 20 }, (_, i) => counting(i % 2 === 0 ? a : b, `e${i}`)));
      // The same events again, from the other process: all duplicates.
      const again = await Promise.all(Array.from({ length: 20 }, (_, i) => counting(i % 2 === 0 ? b : a, `e${i}`)));
      expect(again.every((outcome) => outcome.duplicates === 1)).toBe(true);
      expect((await a.customers.get('ana'))?.attributes.seen).toBe(20);
      expect(await a.customers.count()).toBe(1);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('text PostgreSQL cannot store', () => {
  it('refuses a NUL in a customer id or an event property as bad input (400), storing nothing', async () => {
    const store = await openPgStore(await createTestDatabase(admin()));
    try {
      const options = { now: 1, wallNow: 1, deliversExternally: () => false };
      const keep = (world: Parameters<Parameters<typeof store.advance>[1]>[0]) => ({ world: { ...world, customer: { ...world.customer, attributes: { seen: 1 } } }, effects: [], diagnostics: [] });
      for (const item of [eventItem('e1', 'a\u0000b', 'page_viewed', 1), eventItem('e2', 'ana', 'page_viewed', 1, { note: 'x\u0000y' })]) {
        const failure = store.advance([item], keep, options);
        await expect(failure).rejects.toThrow('cannot store the character U+0000');
        await expect(failure).rejects.toMatchObject({ statusCode: 400 });
      }
      expect(await store.customers.count()).toBe(0);
      expect(await store.activity.events({})).toEqual([]);
      // Through drizzle's queries too.
      await expect(store.playbooks.create('p\u0000', {}, 1)).rejects.toMatchObject({ statusCode: 400, name: 'UnstorableText' });
      await expect(store.settings.set('k', { v: 'a\u0000' })).rejects.toMatchObject({ statusCode: 400 });
    } finally {
      await store.close();
    }
  });
});
