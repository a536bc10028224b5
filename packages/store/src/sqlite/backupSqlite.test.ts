import { react } from '@stayflow/engine';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Store } from '../Store.ts';
import { backupSqlite } from './backupSqlite.ts';
import { openSqliteStore } from './openSqliteStore.ts';

const T0 = Date.parse('2026-03-01T10:00:00Z');
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stayflow-backup-'));
  folders.push(dir);
  return dir;
}

async function addCustomers(store: Store, names: string[]) {
  await store.advance(
    names.map((name) => ({ customerId: name, input: { kind: 'customer', attributes: { name: `${name} Lastname` } } })),
    (world, input) => react(world, input, { now: T0, playbooks: [] }),
    { now: T0, wallNow: T0, deliversExternally: () => false },
  );
}

describe('backupSqlite', () => {
  it('copies the open database, committed writes included, and checks the copy', async () => {
    const dir = folder();
    const store = openSqliteStore(join(dir, 'stayflow.db'));
    try {
      await addCustomers(store, ['ana', 'bo', 'cy']);
      const result = backupSqlite(join(dir, 'stayflow.db'), join(dir, 'copy.db'), { now: () => T0 });
      expect(result).toMatchObject({ ok: true, target: join(dir, 'copy.db'), customers: 3, events: 0, startedAt: T0, finishedAt: T0 });
      expect(result.ok && result.bytes).toBe(readFileSync(join(dir, 'copy.db')).length);
      // Writes after the backup are not in it.
      await addCustomers(store, ['dee']);
    } finally {
      await store.close();
    }
    const copy = openSqliteStore(join(dir, 'copy.db'));
    try {
      expect((await copy.customers.page(null, 10)).map((c) => [c.id, c.attributes.name])).toEqual([
        ['ana', 'ana Lastname'],
        ['bo', 'bo Lastname'],
        ['cy', 'cy Lastname'],
      ]);
    } finally {
      await copy.close();
    }
  });

  it('refuses to replace an existing file unless told to, and leaves no partial file behind', async () => {
    const dir = folder();
    const store = openSqliteStore(join(dir, 'stayflow.db'));
    await addCustomers(store, ['ana']);
    await store.close();
    writeFileSync(join(dir, 'copy.db'), 'precious');
    expect(backupSqlite(join(dir, 'stayflow.db'), join(dir, 'copy.db'))).toEqual({ ok: false, code: 'target_exists', message: `${join(dir, 'copy.db')} already exists.` });
    expect(readFileSync(join(dir, 'copy.db'), 'utf8')).toBe('precious');
    expect(backupSqlite(join(dir, 'stayflow.db'), join(dir, 'copy.db'), { overwrite: true })).toMatchObject({ ok: true, customers: 1 });
    expect(readFileSync(join(dir, 'copy.db')).subarray(0, 15).toString()).toBe('SQLite format 3');
    expect(readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it('says what is wrong with the source or the target', () => {
    const dir = folder();
    expect(backupSqlite(join(dir, 'none.db'), join(dir, 'copy.db'))).toMatchObject({ ok: false, code: 'source_missing' });
    writeFileSync(join(dir, 'not-a-db'), 'hello, this is not SQLite at all, just some text that is long enough'.repeat(100));
    const broken = backupSqlite(join(dir, 'not-a-db'), join(dir, 'copy.db'));
    expect(broken).toMatchObject({ ok: false, code: 'copy_failed', message: expect.stringContaining('not a database') });
    expect(backupSqlite(join(dir, 'not-a-db'), join(dir, 'no-such-folder', 'copy.db'))).toMatchObject({ ok: false, code: 'target_folder_missing' });
    expect(readdirSync(dir)).toEqual(['not-a-db']);
  });

  it('carries nothing of an erased customer into the copy', async () => {
    const dir = folder();
    const store = openSqliteStore(join(dir, 'stayflow.db'));
    await addCustomers(store, ['ana', 'bo']);
    await store.customers.erase('ana');
    await store.close();
    expect(backupSqlite(join(dir, 'stayflow.db'), join(dir, 'copy.db'))).toMatchObject({ ok: true, customers: 1 });
    expect(readFileSync(join(dir, 'copy.db')).includes('ana Lastname')).toBe(false);
  });
});
