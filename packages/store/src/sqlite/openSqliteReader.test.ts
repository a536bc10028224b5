import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteReader } from './openSqliteReader.ts';
import { openSqliteStore } from './openSqliteStore.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('openSqliteReader', () => {
  it('reads the customers the store wrote, in id order, and cannot write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stayflow-reader-'));
    dirs.push(dir);
    const file = join(dir, 'stayflow.db');
    const store = await openSqliteStore(file);
    const reactor = (world: Parameters<Parameters<typeof store.advance>[1]>[0]) => ({ world, effects: [] });
    await store.advance(
      ['b', 'a', 'c'].map((id) => ({ customerId: id, input: { kind: 'customer' as const, attributes: { name: id } } })),
      reactor,
      { now: 0, wallNow: 0, deliversExternally: () => false },
    );
    const reader = openSqliteReader(file);
    expect(await reader.customers.ids(null, 10)).toEqual(['a', 'b', 'c']);
    expect((await reader.customers.page('a', 10)).map((c) => c.world.customer.id)).toEqual(['b', 'c']);
    expect(await reader.customers.count()).toBe(3);
    // The connection itself is read-only: even a repository method that writes fails.
    await expect((reader.customers as unknown as { erase(id: string): Promise<unknown> }).erase('a')).rejects.toThrow(/readonly/);
    await reader.close();
    await store.close();
  });

  it('refuses an in-memory database', () => {
    expect(() => openSqliteReader(':memory:')).toThrow(/in-memory/);
  });
});
