import { hashApiKey, openSqliteStore, openStore } from '@stayflow/store';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgresCluster, type PostgresCluster } from '@stayflow/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandIO } from '../io.ts';
import { main } from '../main.ts';
import { keysCommand, type KeysCommandOptions } from './keys.ts';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stayflow-keys-'));
  folders.push(dir);
  return dir;
}

const NOW = Date.parse('2026-03-02T08:00:00Z');

async function run(options: KeysCommandOptions, cwd: string, env: NodeJS.ProcessEnv = {}) {
  let out = '';
  let err = '';
  const io: CommandIO = { out: { write: (t: string) => (out += t) }, err: { write: (t: string) => (err += t) }, cwd };
  const code = await keysCommand(options, io, { env, now: () => NOW });
  return { code, out, err };
}

const printedKey = (out: string) => /^\s+(sf_\S+)$/m.exec(out)?.[1];

async function storedKeys(dataDir: string) {
  const store = openSqliteStore(join(dataDir, 'stayflow.db'));
  try {
    return await store.apiKeys.list();
  } finally {
    await store.close();
  }
}

describe('stayflow keys', () => {
  it('creates a key, prints it once, and stores only its SHA-256', async () => {
    const data = folder();
    const result = await run({ action: 'create', name: 'crm-sync', data }, '/');
    expect(result.code).toBe(0);
    const key = printedKey(result.out)!;
    expect(key).toMatch(/^sf_[A-Za-z0-9_-]{43}$/);
    expect(result.out).toContain('will not be shown again');
    const [stored] = await storedKeys(data);
    expect(stored).toMatchObject({ name: 'crm-sync', hash: hashApiKey(key), createdAt: NOW, lastUsedAt: null });
    expect(JSON.stringify(stored)).not.toContain(key);
    expect(result.out).toContain(stored!.id);
  });

  it('gives a key the role asked for, admin by default, and lists it', async () => {
    const data = folder();
    const created = await run({ action: 'create', name: 'shop-backend', role: 'ingest', data }, '/');
    expect(created.code).toBe(0);
    expect(created.out).toContain('Created API key "shop-backend" with the ingest role');
    await run({ action: 'create', name: 'ops', data }, '/');
    // Both made at the clock's one instant: listed by id then, so compare by name.
    expect((await storedKeys(data)).map((k) => [k.name, k.role]).sort()).toEqual([
      ['ops', 'admin'],
      ['shop-backend', 'ingest'],
    ]);
    expect((await run({ action: 'list', data }, '/')).out).toMatch(/key_[0-9a-f]{12}\s+shop-backend\s+ingest\s+2026-03-02T08:00:00Z\s+never/);
    const wrong = await run({ action: 'create', name: 'x', role: 'owner', data }, '/');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('--role must be one of ingest, viewer, editor, admin, not "owner"');
  });

  it('makes a different key every time', async () => {
    const data = folder();
    const first = printedKey((await run({ action: 'create', name: 'a', data }, '/')).out);
    const second = printedKey((await run({ action: 'create', name: 'b', data }, '/')).out);
    expect(first).not.toBe(second);
    expect(await storedKeys(data)).toHaveLength(2);
  });

  it('finds the data folder like the server: --data, else STAYFLOW_DATA, else ./data', async () => {
    const cwd = folder();
    await run({ action: 'create', name: 'default' }, cwd);
    expect(existsSync(join(cwd, 'data', 'stayflow.db'))).toBe(true);
    await run({ action: 'create', name: 'from-env' }, cwd, { STAYFLOW_DATA: 'elsewhere' });
    expect((await storedKeys(join(cwd, 'elsewhere'))).map((k) => k.name)).toEqual(['from-env']);
    await run({ action: 'create', name: 'explicit', data: 'third' }, cwd, { STAYFLOW_DATA: 'elsewhere' });
    expect((await storedKeys(join(cwd, 'third'))).map((k) => k.name)).toEqual(['explicit']);
    // pnpm runs scripts from the package folder; the server resolves from where pnpm was started.
    const started = folder();
    await run({ action: 'create', name: 'init-cwd' }, cwd, { INIT_CWD: started });
    expect((await storedKeys(join(started, 'data'))).map((k) => k.name)).toEqual(['init-cwd']);
  });

  it('lists keys without showing them, and revokes one by id', async () => {
    const data = folder();
    expect((await run({ action: 'list', data }, '/')).err).toContain('No Stayflow database at');
    const created = await run({ action: 'create', name: 'ci', data }, '/');
    const key = printedKey(created.out)!;
    await run({ action: 'create', name: 'crm', data }, '/');
    const listed = await run({ action: 'list', data }, '/');
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/ID\s+NAME\s+ROLE\s+CREATED\s+LAST USED/);
    expect(listed.out).toMatch(/key_[0-9a-f]{12}\s+ci\s+admin\s+2026-03-02T08:00:00Z\s+never/);
    expect(listed.out).not.toContain(key);

    const id = (await storedKeys(data)).find((k) => k.name === 'ci')!.id;
    const revoked = await run({ action: 'revoke', id, data }, '/');
    expect(revoked).toMatchObject({ code: 0, err: '' });
    expect(revoked.out).toContain(`Revoked ${id}`);
    expect((await storedKeys(data)).map((k) => k.name)).toEqual(['crm']);
    const again = await run({ action: 'revoke', id, data }, '/');
    expect(again.code).toBe(1);
    expect(again.err).toContain(`No API key with id "${id}"`);
  });

  it('warns when the last key is revoked', async () => {
    const data = folder();
    await run({ action: 'create', name: 'only', data }, '/');
    const [only] = await storedKeys(data);
    expect((await run({ action: 'revoke', id: only!.id, data }, '/')).out).toContain('No key is left');
    expect((await run({ action: 'list', data }, '/')).out).toContain('No API keys in');
  });

  it.each([
    [{ action: 'create' }, '--name is required'],
    [{ action: 'create', name: '   ' }, '--name is required'],
    [{ action: 'create', id: 'crm' }, 'give the name with --name "crm"'],
    [{ action: 'revoke' }, 'Say which key to revoke'],
    [{ action: 'rotate' }, 'Unknown keys action "rotate"'],
    [{}, 'Say what to do with the keys'],
  ] as const)('refuses %o with exit code 2', async (options, message) => {
    const data = folder();
    const result = await run({ ...options, data }, '/');
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(await storedKeys(data)).toEqual([]);
  });

  it('is wired into the command line with its own help', async () => {
    let out = '';
    let err = '';
    const io: CommandIO = { out: { write: (t: string) => (out += t) }, err: { write: (t: string) => (err += t) }, cwd: '/' };
    expect(await main(['keys', '--help'], io)).toBe(0);
    expect(out).toContain('Usage: stayflow keys create --name NAME');
    out = '';
    await main(['--help'], io);
    expect(out).toContain('keys create|list|revoke');
    const data = folder();
    out = '';
    expect(await main(['keys', 'create', '--name', 'wired', '--data', data], io)).toBe(0);
    expect(printedKey(out)).toMatch(/^sf_/);
    expect(await main(['keys', 'revoke', 'a', 'b', '--data', data], io)).toBe(2);
    expect(err).toContain('Unexpected "b"');
  });
});

describe('stayflow keys on PostgreSQL', () => {
  let cluster: PostgresCluster;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 60_000);
  afterAll(() => cluster?.stop());

  it('manages the keys of the database STAYFLOW_DATABASE_URL names, as the server reads them', async () => {
    const env = { STAYFLOW_DATABASE_URL: cluster.url() };
    const created = await run({ action: 'create', name: 'crm-sync' }, '/', env);
    expect(created.err).toBe('');
    expect(created.code).toBe(0);
    expect(created.out).toContain(`in PostgreSQL at postgres://postgres@127.0.0.1:${cluster.port}/postgres`);
    const key = printedKey(created.out)!;
    const store = await openStore({ databaseUrl: cluster.url() });
    try {
      const [stored] = await store.apiKeys.list();
      expect(stored).toMatchObject({ name: 'crm-sync', hash: hashApiKey(key) });
    } finally {
      await store.close();
    }
    const listed = await run({ action: 'list' }, '/', env);
    expect(listed.out).toContain('crm-sync');
    const id = /\(id (key_[0-9a-f]+)\)/.exec(created.out)![1]!;
    expect((await run({ action: 'revoke', id }, '/', env)).out).toContain(`Revoked ${id}`);
    expect((await run({ action: 'list' }, '/', env)).out).toContain('No API keys in PostgreSQL at');
  }, 60_000);

  it('refuses --data while STAYFLOW_DATABASE_URL is set, and names an unreachable database without its password', async () => {
    const both = await run({ action: 'list', data: folder() }, '/', { STAYFLOW_DATABASE_URL: cluster.url() });
    expect(both.code).toBe(2);
    expect(both.err).toContain('but STAYFLOW_DATABASE_URL is set');
    const down = await run({ action: 'list' }, '/', { STAYFLOW_DATABASE_URL: 'postgres://stayflow:s3cret@127.0.0.1:1/stayflow' });
    expect(down.code).toBe(1);
    expect(down.err).toContain('Cannot connect to PostgreSQL at postgres://stayflow:***@127.0.0.1:1/stayflow');
    expect(down.err).not.toContain('s3cret');
  }, 30_000);
});
