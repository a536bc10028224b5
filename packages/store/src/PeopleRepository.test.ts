import { describe, expect, it } from 'vitest';
import { BACKENDS } from './contract/backends.ts';
import type { PersonRecord } from './Store.ts';

const person = (id: string, email: string, role = 'editor', changes: Partial<PersonRecord> = {}): PersonRecord => ({
  id,
  email,
  name: id,
  role,
  passwordHash: `scrypt$32768$8$1$salt-of-${id}$hash`,
  createdAt: 1_000,
  lastSignInAt: null,
  disabled: false,
  passwordChangedAt: 1_000,
  ...changes,
});

describe.each(BACKENDS)('people and sessions ($name)', (backend) => {
  it('adds people once per email, finds them by id and by email whatever its case, and lists them by email', async () => {
    const store = await backend.open();
    expect(await store.people.any()).toBe(false);
    expect(await store.people.add(person('p_b', 'bob@example.com'))).toBe(true);
    expect(await store.people.add(person('p_a', 'ann@example.com', 'admin'))).toBe(true);
    expect(await store.people.add(person('p_x', 'bob@example.com'))).toBe(false);
    expect(await store.people.any()).toBe(true);
    expect(await store.people.get('p_b')).toEqual(person('p_b', 'bob@example.com'));
    expect((await store.people.findByEmail('Bob@Example.COM'))?.id).toBe('p_b');
    expect(await store.people.findByEmail('carol@example.com')).toBeUndefined();
    expect((await store.people.list()).map((p) => p.email)).toEqual(['ann@example.com', 'bob@example.com']);
  });

  it('changes a person and counts the enabled admins', async () => {
    const store = await backend.open();
    await store.people.add(person('p_a', 'ann@example.com', 'admin'));
    await store.people.add(person('p_b', 'bob@example.com', 'admin'));
    expect(await store.people.countEnabledAdmins()).toBe(2);
    expect(await store.people.update('p_b', { disabled: true, lastSignInAt: 5_000 })).toEqual(person('p_b', 'bob@example.com', 'admin', { disabled: true, lastSignInAt: 5_000 }));
    expect(await store.people.countEnabledAdmins()).toBe(1);
    expect(await store.people.update('p_a', { role: 'viewer' })).toMatchObject({ role: 'viewer' });
    expect(await store.people.countEnabledAdmins()).toBe(0);
    expect(await store.people.update('p_none', { role: 'viewer' })).toBeUndefined();
  });

  it('keeps sessions until removed, one by one, per person (but one), when expired, or with their person', async () => {
    const store = await backend.open();
    await store.people.add(person('p_a', 'ann@example.com'));
    await store.people.add(person('p_b', 'bob@example.com'));
    const session = (id: string, personId: string, createdAt: number, lastSeenAt = createdAt) => ({ id, personId, createdAt, lastSeenAt, csrfToken: `csrf-${id}` });
    for (const s of [session('s1', 'p_a', 100), session('s2', 'p_a', 200), session('s3', 'p_a', 300), session('s4', 'p_b', 400), session('s5', 'p_b', 10, 900)]) await store.sessions.add(s);
    expect(await store.sessions.get('s1')).toEqual(session('s1', 'p_a', 100));
    await store.sessions.touch('s1', 700);
    expect((await store.sessions.get('s1'))?.lastSeenAt).toBe(700);
    expect(await store.sessions.removeForPerson('p_a', 's1')).toBe(2);
    expect(await store.sessions.get('s2')).toBeUndefined();
    expect(await store.sessions.get('s1')).toBeDefined();
    // Idle since before 500 (s4), or created before 50 (s5).
    expect(await store.sessions.removeExpired(500, 50)).toBe(2);
    expect(await store.sessions.get('s4')).toBeUndefined();
    expect(await store.sessions.get('s5')).toBeUndefined();
    expect(await store.sessions.remove('s1')).toBe(true);
    expect(await store.sessions.remove('s1')).toBe(false);
    await store.sessions.add(session('s6', 'p_b', 1_000));
    expect(await store.people.remove('p_b')).toBe(true);
    expect(await store.sessions.get('s6')).toBeUndefined();
    expect(await store.people.remove('p_b')).toBe(false);
  });

  it('gives API keys a role, admin when none is given, and finds them by id', async () => {
    const store = await backend.open();
    await store.apiKeys.add({ id: 'k_old', name: 'old', hash: 'h1', createdAt: 1, lastUsedAt: null });
    await store.apiKeys.add({ id: 'k_ingest', name: 'shop', hash: 'h2', role: 'ingest', createdAt: 2, lastUsedAt: null });
    expect(await store.apiKeys.get('k_old')).toMatchObject({ role: 'admin' });
    expect((await store.apiKeys.findByHash('h2'))?.role).toBe('ingest');
    expect((await store.apiKeys.list()).map((k) => [k.id, k.role])).toEqual([
      ['k_old', 'admin'],
      ['k_ingest', 'ingest'],
    ]);
    expect(await store.apiKeys.get('k_none')).toBeUndefined();
  });
});
