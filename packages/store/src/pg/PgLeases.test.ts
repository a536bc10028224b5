import { describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { eventItem } from '../sqlite/testFixtures.ts';
import type { Store, WakeTopic } from '../Store.ts';
import { createTestDatabase } from '../testing/postgresCluster.ts';
import { openPgStore } from './openPgStore.ts';

const LEASE_MS = 400;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Two stores on one database: two processes, as far as leases and wake-ups go. */
async function twoProcesses(): Promise<{ url: string; a: Store; b: Store; close: () => Promise<void> }> {
  const url = await createTestDatabase(inject('postgresAdminUrl'));
  const a = await openPgStore(url, { poolSize: 3, leaseMs: LEASE_MS, pollMs: 50 });
  const b = await openPgStore(url, { poolSize: 3, leaseMs: LEASE_MS, pollMs: 50 });
  return { url, a, b, close: async () => void (await Promise.all([a.close(), b.close()])) };
}

async function held(url: string, table: string): Promise<{ owner: string; until: number }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(`SELECT lease_owner AS owner, lease_until::float8 AS until FROM ${table} WHERE lease_owner IS NOT NULL`)).rows;
  } finally {
    await client.end();
  }
}

describe('leases across processes (PostgreSQL)', () => {
  it('shares due timers: each is claimed by one process, taken over after its lease ends, free again once released or set anew', async () => {
    const { url, a, b, close } = await twoProcesses();
    try {
      for (let i = 0; i < 10; i++) await a.timers.put({ id: `t${i}`, dueAt: 1_000 + i, kind: 'run', customerId: `c${i}`, playbookId: 'p' });
      const [byA, byB] = await Promise.all([a.timers.claimDue(5_000, 6), b.timers.claimDue(5_000, 6)]);
      expect(byA.length + byB.length).toBe(10);
      expect(new Set([...byA, ...byB].map((t) => t.id)).size).toBe(10);
      expect(byA).toEqual([...byA].sort((x, y) => x.dueAt - y.dueAt));
      expect(Object.keys(byA[0] ?? byB[0]!).sort()).toEqual(['customerId', 'dueAt', 'id', 'kind', 'playbookId']);
      // Held: the other process finds nothing, the holder finds its own again (a renewal).
      expect(await b.timers.claimDue(5_000, 10)).toHaveLength(byB.length);
      expect((await a.timers.claimDue(5_000, 10)).map((t) => t.id).sort()).toEqual(byA.map((t) => t.id).sort());
      // A killed holder: its timers go to the other once its lease ends.
      await sleep(LEASE_MS + 50);
      expect(await b.timers.claimDue(5_000, 10)).toHaveLength(10);
      // Setting a timer again ends its lease; release ends the rest.
      await b.timers.put({ id: 't0', dueAt: 1_000, kind: 'run', customerId: 'c0', playbookId: 'p' });
      expect((await a.timers.claimDue(5_000, 10)).map((t) => t.id)).toEqual(['t0']);
      expect(await b.leases.release()).toBe(9);
      expect(await a.timers.claimDue(5_000, 10)).toHaveLength(10);
      expect((await held(url, 'timers')).every((l) => l.owner === a.leases.owner)).toBe(true);
    } finally {
      await close();
    }
  });

  it('claims each due delivery for one process and ends the lease when an attempt is recorded', async () => {
    const { url, a, b, close } = await twoProcesses();
    try {
      const items = Array.from({ length: 6 }, (_, i) => eventItem(`e${i}`, `c${i}`, 'signed_up', 1_000));
      await a.advance(items, (world) => ({ world, effects: [{ type: 'webhook', key: `wh-${world.customer.id}`, customer: world.customer.id, url: 'https://example.com/hook', method: 'POST', headers: {} }] }) as never, {
        now: 1_000,
        wallNow: 1_000,
        deliversExternally: () => true,
      });
      const [byA, byB] = await Promise.all([a.outbox.claimDue(Date.now(), 4), b.outbox.claimDue(Date.now(), 4)]);
      expect(byA.length + byB.length).toBe(6);
      expect(new Set([...byA, ...byB].map((r) => r.key)).size).toBe(6);
      expect(await b.outbox.claimDue(Date.now(), 10)).toHaveLength(byB.length);
      const first = byA[0]!;
      expect(await a.outbox.recordAttempt(first.key, { at: Date.now(), ok: false, detail: 'refused', retryAt: Date.now(), sentAt: 1_000 })).toBe(true);
      // Retried at once, and no longer held: the other process may take it.
      expect((await b.outbox.claimDue(Date.now(), 10)).map((r) => r.key)).toContain(first.key);
      expect((await held(url, 'outbox')).filter((l) => l.owner === a.leases.owner)).toHaveLength(byA.length - 1);
    } finally {
      await close();
    }
  });

  it('runs the oldest job in one process at a time, and hands it over once the holder’s lease ends or it is released', async () => {
    const { a, b, close } = await twoProcesses();
    try {
      await a.jobs.create({ id: 'j1', kind: 'sweep', playbookId: null, at: 1, total: null, createdAt: 1 });
      await a.jobs.create({ id: 'j2', kind: 'sweep', playbookId: null, at: 2, total: null, createdAt: 2 });
      expect((await a.jobs.claim(['sweep'], 10))?.id).toBe('j1');
      // b neither takes j1 nor jumps ahead to j2.
      expect(await b.jobs.claim(['sweep'], 11)).toBeUndefined();
      const renewed = await a.jobs.claim(['sweep'], 12);
      expect(renewed).toMatchObject({ id: 'j1', status: 'running', startedAt: 10 });
      expect(Object.keys(renewed!)).not.toContain('leaseOwner');
      await sleep(LEASE_MS + 50);
      expect((await b.jobs.claim(['sweep'], 13))?.id).toBe('j1');
      expect(await b.leases.release()).toBe(1);
      expect((await a.jobs.claim(['sweep'], 14))?.id).toBe('j1');
      expect(await a.jobs.finish('j1', { status: 'done' }, 15)).toBe(true);
      expect((await b.jobs.claim(['sweep'], 16))?.id).toBe('j2');
    } finally {
      await close();
    }
  });

  it('claims the customers due for a re-check once, and saving their next instant ends the claim', async () => {
    const { url, a, b, close } = await twoProcesses();
    try {
      const items = Array.from({ length: 5 }, (_, i) => eventItem(`e${i}`, `c${i}`, 'signed_up', 1_000));
      await a.advance(items, (world) => ({ world: { ...world, customer: { ...world.customer, attributes: { n: 1 } } }, effects: [] }) as never, {
        now: 1_000,
        wallNow: 1_000,
        deliversExternally: () => false,
        nextFlipOf: () => 2_000,
      });
      const [byA, byB] = await Promise.all([a.customers.claimFlipsDue(3_000, 3), b.customers.claimFlipsDue(3_000, 3)]);
      expect([...byA, ...byB].map((d) => d.id).sort()).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
      expect(await b.customers.claimFlipsDue(3_000, 10)).toHaveLength(byB.length);
      await a.advance(
        byA.map((d) => ({ customerId: d.id, input: { kind: 'sweep' } })),
        (world) => ({ world, effects: [] }) as never,
        { now: 2_000, wallNow: 2_000, deliversExternally: () => false, nextFlipOf: () => 9_000 },
      );
      expect((await held(url, 'customers')).map((l) => l.owner)).toEqual(byB.map(() => b.leases.owner));
      expect(await b.leases.release()).toBe(byB.length);
      expect(await held(url, 'customers')).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps the first value of a setting two processes start with (a generated secret, the testing clock)', async () => {
    const { a, b, close } = await twoProcesses();
    try {
      const [fromA, fromB] = await Promise.all([a.settings.setIfAbsent('webhook.secret', 'from-a'), b.settings.setIfAbsent('webhook.secret', 'from-b')]);
      expect(fromA).toBe(fromB);
      expect(await a.settings.setIfAbsent('webhook.secret', 'later')).toBe(fromA);
    } finally {
      await close();
    }
  });

  it('wakes every process on a signal through LISTEN/NOTIFY', async () => {
    const { a, b, close } = await twoProcesses();
    try {
      const heard: string[] = [];
      const listen = (store: Store, name: string, topic: WakeTopic) => store.wakeUp.on(topic, () => heard.push(`${name}:${topic}`));
      listen(a, 'a', 'jobs');
      listen(b, 'b', 'jobs');
      listen(b, 'b', 'outbox');
      a.wakeUp.signal('jobs');
      for (let i = 0; i < 50 && !heard.includes('b:jobs'); i++) await sleep(20);
      expect(heard).toContain('a:jobs');
      expect(heard).toContain('b:jobs');
      expect(heard).not.toContain('b:outbox');
      expect(a.wakeUp.pollMs).toBe(50);
    } finally {
      await close();
    }
  });
});
