import { react } from '@stayflow/engine';
import { openSqliteStore } from '@stayflow/store';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandIO } from '../io.ts';
import { main } from '../main.ts';
import { backupCommand, type BackupCommandOptions } from './backup.ts';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stayflow-backup-cli-'));
  folders.push(dir);
  return dir;
}

const NOW = Date.parse('2026-03-02T08:00:00Z');

/** A data folder with a database of `n` customers, as the server leaves it. */
async function dataFolder(n: number, dir = folder()): Promise<string> {
  const store = openSqliteStore(join(dir, 'stayflow.db'));
  await store.advance(
    Array.from({ length: n }, (_, i) => ({ customerId: `c${i}`, input: { kind: 'customer' as const, attributes: { name: `Customer ${i}` } } })),
    (world, input) => react(world, input, { now: NOW, playbooks: [] }),
    { now: NOW, wallNow: NOW, deliversExternally: () => false },
  );
  await store.close();
  return dir;
}

async function run(options: BackupCommandOptions, cwd: string, env: NodeJS.ProcessEnv = {}) {
  let out = '';
  let err = '';
  const io: CommandIO = { out: { write: (t: string) => (out += t) }, err: { write: (t: string) => (err += t) }, cwd };
  const code = await backupCommand(options, io, { env, now: () => NOW });
  return { code, out, err };
}

async function customersIn(file: string): Promise<number> {
  const store = openSqliteStore(file);
  try {
    return await store.customers.count();
  } finally {
    await store.close();
  }
}

describe('stayflow backup', () => {
  it('writes a checked copy of the database and says what it wrote', async () => {
    const data = await dataFolder(3);
    const out = join(folder(), 'copy.db');
    const result = await run({ data, out }, '/');
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain(`Backed up ${join(data, 'stayflow.db')}`);
    expect(result.out).toContain(`to ${out}`);
    expect(result.out).toContain(`(${statSync(out).size.toLocaleString('en-US')} bytes), 3 customers, 0 events; integrity check ok`);
    expect(result.out).toContain('as of 2026-03-02T08:00:00.000Z, took 0.0 s');
    expect(await customersIn(out)).toBe(3);
  });

  it('refuses to overwrite a file unless --force', async () => {
    const data = await dataFolder(1);
    const out = join(folder(), 'copy.db');
    writeFileSync(out, 'yesterday');
    const refused = await run({ data, out }, '/');
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(`Backup failed: ${out} already exists. Choose another file, or pass --force to replace it.\n`);
    expect(readFileSync(out, 'utf8')).toBe('yesterday');
    expect((await run({ data, out, force: true }, '/')).code).toBe(0);
    expect(await customersIn(out)).toBe(1);
  });

  it('finds the data folder like the server, and writes relative to where pnpm was started', async () => {
    const cwd = folder();
    await dataFolder(2, join(cwd, 'data'));
    expect((await run({ out: 'a.db' }, cwd)).code).toBe(0);
    expect(await customersIn(join(cwd, 'a.db'))).toBe(2);
    mkdirSync(join(cwd, 'elsewhere'));
    await dataFolder(4, join(cwd, 'elsewhere'));
    expect((await run({ out: 'b.db' }, cwd, { STAYFLOW_DATA: 'elsewhere' })).code).toBe(0);
    expect(await customersIn(join(cwd, 'b.db'))).toBe(4);
    const started = folder();
    expect((await run({ out: 'c.db', data: join(cwd, 'data') }, '/', { INIT_CWD: started })).code).toBe(0);
    expect(await customersIn(join(started, 'c.db'))).toBe(2);
  });

  it.each([
    [{}, 2, 'Say where to write the copy: --out FILE'],
    [{ out: 'copy.db', data: 'missing' }, 1, 'There is no database at'],
    [{ out: 'data/stayflow.db' }, 2, '--out names the database itself'],
    [{ out: 'no-such-folder/copy.db' }, 1, 'does not exist. Create it first'],
  ] as const)('refuses %o', async (options, code, message) => {
    const cwd = folder();
    await dataFolder(1, join(cwd, 'data'));
    const result = await run(options, cwd);
    expect(result.code).toBe(code);
    expect(result.err).toContain(message);
    expect(result.out).toBe('');
  });

  it('is wired into the command line with its own help', async () => {
    let out = '';
    let err = '';
    const io: CommandIO = { out: { write: (t: string) => (out += t) }, err: { write: (t: string) => (err += t) }, cwd: '/' };
    expect(await main(['backup', '--help'], io)).toBe(0);
    expect(out).toContain('Usage: stayflow backup --out FILE [--force] [--data DIR]');
    expect(out).toContain('To restore: stop the server');
    out = '';
    await main(['--help'], io);
    expect(out).toContain('backup --out FILE');
    const data = await dataFolder(1);
    const copy = join(folder(), 'copy.db');
    out = '';
    expect(await main(['backup', '--data', data, '--out', copy], io)).toBe(0);
    expect(out).toContain('1 customer, 0 events');
    expect(await main(['backup', '--data', data, '--out', copy, '--force'], io)).toBe(0);
    expect(await main(['backup', '--data', data, '--outt', copy], io)).toBe(2);
    expect(err).toContain("Unknown option '--outt'");
  });

  it('on PostgreSQL copies nothing and says how to use pg_dump, without the password', async () => {
    const out = join(folder(), 'copy.dump');
    const result = await run({ out }, '/', { STAYFLOW_DATABASE_URL: 'postgres://stayflow:s3cret@db.example.com:5432/stayflow' });
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain('PostgreSQL at postgres://stayflow:***@db.example.com:5432/stayflow (STAYFLOW_DATABASE_URL), which this command does not copy');
    expect(result.err).toContain(`pg_dump --format=custom --file ${out} 'postgres://stayflow:***@db.example.com:5432/stayflow'`);
    expect(result.err).toContain('pg_restore');
    expect(result.err).not.toContain('s3cret');
    expect(existsSync(out)).toBe(false);
  });
});
