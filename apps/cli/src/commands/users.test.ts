import { openSqliteStore, verifyPassword } from '@stayflow/store';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandIO } from '../io.ts';
import { main } from '../main.ts';
import { readNewPassword } from '../readNewPassword.ts';
import { usersCommand, type UsersCommandOptions } from './users.ts';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stayflow-users-'));
  folders.push(dir);
  return dir;
}

const NOW = Date.parse('2026-03-02T08:00:00Z');
const PASSWORD = 'a long enough secret';

async function run(options: UsersCommandOptions, password = PASSWORD) {
  let out = '';
  let err = '';
  const io: CommandIO = { out: { write: (t: string) => (out += t) }, err: { write: (t: string) => (err += t) }, cwd: '/' };
  const code = await usersCommand(options, io, { env: {}, now: () => NOW, readPassword: async () => password });
  return { code, out, err };
}

async function storedPeople(data: string) {
  const store = openSqliteStore(join(data, 'stayflow.db'));
  try {
    return await store.people.list();
  } finally {
    await store.close();
  }
}

describe('stayflow users create', () => {
  it('creates a person with a role, storing only a scrypt hash of the password', async () => {
    const data = folder();
    const result = await run({ action: 'create', email: 'Ann@Example.com', role: 'admin', data });
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('Created ann@example.com (ann) with the admin role');
    expect(result.out).not.toContain(PASSWORD);
    const [person] = await storedPeople(data);
    expect(person).toMatchObject({ email: 'ann@example.com', name: 'ann', role: 'admin', createdAt: NOW, passwordChangedAt: NOW, disabled: false, lastSignInAt: null });
    expect(person!.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword(PASSWORD, person!.passwordHash)).toBe(true);
    // Nowhere in the database file in clear.
    expect(readFileSync(join(data, 'stayflow.db')).includes(PASSWORD)).toBe(false);
  });

  it('refuses a taken email, whatever its case', async () => {
    const data = folder();
    await run({ action: 'create', email: 'bob@example.com', role: 'editor', name: 'Bob', data });
    const again = await run({ action: 'create', email: 'BOB@example.com', role: 'viewer', data });
    expect(again.code).toBe(1);
    expect(again.err).toContain('A person with the email bob@example.com already exists');
    expect((await storedPeople(data)).map((p) => [p.name, p.role])).toEqual([['Bob', 'editor']]);
  });

  it.each([
    [{ action: 'create', role: 'admin' }, PASSWORD, '--email is required'],
    [{ action: 'create', email: 'not-an-email', role: 'admin' }, PASSWORD, '--email "not-an-email" is not an email address'],
    [{ action: 'create', email: 'c@example.com' }, PASSWORD, '--role is required'],
    [{ action: 'create', email: 'c@example.com', role: 'owner' }, PASSWORD, '--role "owner" is not a role: one of ingest, viewer, editor, admin'],
    [{ action: 'create', email: 'c@example.com', role: 'admin' }, 'short', 'A password needs at least 10 characters; this one has 5.'],
    [{ action: 'delete' }, PASSWORD, 'Unknown users action "delete"'],
  ] as const)('refuses %o with exit code 2 and creates no one', async (options, password, message) => {
    const data = folder();
    const result = await run({ ...options, data }, password);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(await storedPeople(data)).toEqual([]);
  });

  it('reads the password from STAYFLOW_NEW_PASSWORD, else the first line of stdin, when not on a terminal', async () => {
    const quiet = { write: () => undefined };
    expect(await readNewPassword({ STAYFLOW_NEW_PASSWORD: 'from the environment' }, new PassThrough(), quiet)).toBe('from the environment');
    const stdin = new PassThrough();
    stdin.end('from standard input\nnext line\n');
    expect(await readNewPassword({}, stdin, quiet)).toBe('from standard input');
    const empty = new PassThrough();
    empty.end();
    await expect(readNewPassword({}, empty, quiet)).rejects.toThrow('No password given');
  });

  it('asks twice without echo on a terminal', async () => {
    let shown = '';
    const tty = Object.assign(new PassThrough(), { isTTY: true, raw: false, setRawMode(raw: boolean) { this.raw = raw; } });
    const asked = readNewPassword({}, tty, { write: (t: string) => (shown += t) });
    tty.write('secret-pass1\r');
    await new Promise((resolve) => setTimeout(resolve, 10));
    tty.write('secret-pass1\r');
    expect(await asked).toBe('secret-pass1');
    expect(shown).not.toContain('secret');
    expect(tty.raw).toBe(false);
  });

  it('is wired into the command line with its own help', async () => {
    let out = '';
    const io: CommandIO = { out: { write: (t: string) => (out += t) }, err: { write: () => undefined }, cwd: '/' };
    expect(await main(['users', '--help'], io)).toBe(0);
    expect(out).toContain('Usage: stayflow users create --email EMAIL --role ROLE');
    out = '';
    await main(['--help'], io);
    expect(out).toContain('users create --email EMAIL --role ROLE');
  });
});
