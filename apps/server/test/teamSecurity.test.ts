import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN_LIMIT } from '../src/services/SignInLimiter.ts';
import { newToken, sessionIdOf, SESSION_LIFETIME_MS } from '../src/services/sessionPolicy.ts';
import { startTestServer, type TestServer } from './harness.ts';
import { send, sessionCookieOf, signIn } from './teamClient.ts';

/**
 * Accounts, sessions and keys under attack (server README, "Accounts and sign-in"): session
 * fixation, CSRF, revocation, secrets at rest and in logs, idle timeout, sign-in guessing,
 * password changes; and local mode ending with the first person.
 */

const ADMIN = { email: 'ada@example.com', password: 'ada admin password' };
const logLines: string[] = [];
let server: TestServer;
let admin: { cookie: string; csrf: string };
/** Every secret the tests used: none may be stored or logged as it is. */
const secrets: string[] = [ADMIN.password];

const asAdmin = (method: string, path: string, body?: unknown) => send(server.url, method, path, { headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf }, ...(body !== undefined ? { body } : {}) });

async function createPerson(email: string, role: string, password: string): Promise<string> {
  secrets.push(password);
  const created = await asAdmin('POST', '/api/people', { email, role, password });
  expect(created.status).toBe(201);
  return created.body.id;
}

beforeAll(async () => {
  const logs = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString('utf8').split('\n').filter((line) => line.trim() !== ''));
      done();
    },
  });
  server = await startTestServer({ logger: { level: 'trace', stream: logs } });
  // Local mode: the first person (an admin) is created without credentials.
  expect((await send(server.url, 'POST', '/api/people', { body: { email: ADMIN.email, role: 'admin', password: ADMIN.password } })).status).toBe(201);
  admin = await signIn(server.url, ADMIN.email, ADMIN.password);
});

afterAll(async () => {
  await server.stop();
});

describe('local mode', () => {
  it('serves everyone as the local admin on loopback until the first person exists, then asks for sign-in at once', async () => {
    const fresh = await startTestServer();
    try {
      // fresh.call also checks each answer against the OpenAPI document.
      expect((await fresh.call('GET', '/api/customers')).status).toBe(200);
      expect((await fresh.call('GET', '/api/session')).body).toEqual({ mode: 'local', person: null, role: 'admin', csrf_token: null, four_eyes: false });
      expect((await fresh.call('PATCH', '/api/settings', { four_eyes: true })).body).toEqual({ four_eyes: true });
      expect((await fresh.call('GET', '/api/keys')).body).toEqual({ items: [], next_cursor: null });
      expect((await fresh.call('POST', '/api/keys', { name: 'first-key', role: 'ingest' })).body).toMatchObject({ name: 'first-key', role: 'ingest', key: expect.stringMatching(/^sf_/) });
      expect((await fresh.call('POST', '/api/people', { email: 'first@example.com', role: 'admin', password: 'first password' })).body).toMatchObject({ email: 'first@example.com', role: 'admin', disabled: false, last_sign_in_at: null });
      const refused = await send(fresh.url, 'GET', '/api/customers');
      expect(refused.status).toBe(401);
      expect(refused.body.error.code).toBe('unauthorized');
      expect((await fresh.call('GET', '/api/session')).body).toEqual({ mode: 'signed_out', person: null, role: null, csrf_token: null, four_eyes: true });
      const signedIn = await fresh.call('POST', '/api/session', { email: 'first@example.com', password: 'first password' });
      expect(signedIn.body).toMatchObject({ person: { email: 'first@example.com' }, csrf_token: expect.any(String) });
      expect((await send(fresh.url, 'GET', '/api/health')).status).toBe(200);
    } finally {
      await fresh.stop();
    }
  });
});

describe('sessions', () => {
  it('says who is signed in, with the CSRF token, and signs out', async () => {
    await createPerson('sam@example.com', 'editor', 'sam password 1');
    const sam = await signIn(server.url, 'SAM@example.com', 'sam password 1');
    expect(sam.answer.body.person).toMatchObject({ email: 'sam@example.com', role: 'editor', disabled: false, last_sign_in_at: expect.any(String) });
    const cookie = sam.answer.headers['set-cookie']!.find((c) => c.startsWith('stayflow_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);
    const state = await send(server.url, 'GET', '/api/session', { headers: { cookie: sam.cookie } });
    expect(state.body).toMatchObject({ mode: 'signed_in', person: { email: 'sam@example.com' }, role: 'editor', csrf_token: sam.csrf });
    const out = await send(server.url, 'DELETE', '/api/session', { headers: { cookie: sam.cookie, 'x-csrf-token': sam.csrf } });
    expect(out.status).toBe(204);
    expect(out.headers['set-cookie']?.some((c) => /^stayflow_session=;/.test(c))).toBe(true);
    expect((await send(server.url, 'GET', '/api/customers', { headers: { cookie: sam.cookie } })).status).toBe(401);
  });

  it('gives a new session id on every sign-in: a cookie planted before sign-in is worth nothing after it', async () => {
    await createPerson('vic@example.com', 'editor', 'victim password');
    await createPerson('mal@example.com', 'viewer', 'mallory password');
    // Mallory plants her own valid session in the victim's browser, and a made-up one.
    const mallory = await signIn(server.url, 'mal@example.com', 'mallory password');
    const planted = mallory.cookie.split('=')[1]!;
    const victim = await send(server.url, 'POST', '/api/session', { headers: { cookie: `stayflow_session=${planted}` }, body: { email: 'vic@example.com', password: 'victim password' } });
    expect(victim.status).toBe(200);
    const issued = sessionCookieOf(victim)!;
    expect(issued).not.toBe(planted);
    expect((await send(server.url, 'GET', '/api/session', { headers: { cookie: `stayflow_session=${issued}` } })).body.person.email).toBe('vic@example.com');
    // The planted id was ended by the sign-in: whoever kept it gets nothing.
    expect((await send(server.url, 'GET', '/api/customers', { headers: { cookie: `stayflow_session=${planted}` } })).status).toBe(401);
    const madeUp = newToken();
    const other = await send(server.url, 'POST', '/api/session', { headers: { cookie: `stayflow_session=${madeUp}` }, body: { email: 'vic@example.com', password: 'victim password' } });
    expect(sessionCookieOf(other)).not.toBe(madeUp);
    expect((await send(server.url, 'GET', '/api/customers', { headers: { cookie: `stayflow_session=${madeUp}` } })).status).toBe(401);
  });

  it('refuses a cookie write without the right CSRF token; a Bearer key needs none', async () => {
    const missing = await send(server.url, 'POST', '/api/keys', { headers: { cookie: admin.cookie }, body: { name: 'csrf-test', role: 'viewer' } });
    expect(missing.status).toBe(403);
    expect(missing.body).toEqual({ error: { code: 'csrf_failed', message: 'This change was not sent by the Stayflow editor (missing or wrong CSRF token); reload the page.' } });
    const wrong = await send(server.url, 'POST', '/api/keys', { headers: { cookie: admin.cookie, 'x-csrf-token': `${admin.csrf.slice(0, -1)}x` }, body: { name: 'csrf-test', role: 'viewer' } });
    expect(wrong.body.error.code).toBe('csrf_failed');
    expect((await asAdmin('GET', '/api/keys')).body.items.map((k: { name: string }) => k.name)).not.toContain('csrf-test');
    // Reads need no token.
    expect((await send(server.url, 'GET', '/api/keys', { headers: { cookie: admin.cookie } })).status).toBe(200);
    const right = await asAdmin('POST', '/api/keys', { name: 'csrf-test', role: 'admin' });
    expect(right.status).toBe(201);
    secrets.push(right.body.key);
    const byKey = await send(server.url, 'POST', '/api/keys', { headers: { authorization: `Bearer ${right.body.key}` }, body: { name: 'by-key', role: 'ingest' } });
    expect(byKey.status).toBe(201);
    secrets.push(byKey.body.key);
  });

  it('ends a session unused for the idle timeout, one older than 30 days, and records use at most once a minute', async () => {
    const personId = await createPerson('idle@example.com', 'viewer', 'idle password 1');
    const idle = await signIn(server.url, 'idle@example.com', 'idle password 1');
    const id = sessionIdOf(idle.cookie.split('=')[1]!);
    const store = server.service.store;
    const first = (await store.sessions.get(id))!;
    expect((await send(server.url, 'GET', '/api/customers', { headers: { cookie: idle.cookie } })).status).toBe(200);
    expect((await store.sessions.get(id))!.lastSeenAt).toBe(first.lastSeenAt);
    await store.sessions.touch(id, Date.now() - 61_000);
    expect((await send(server.url, 'GET', '/api/customers', { headers: { cookie: idle.cookie } })).status).toBe(200);
    expect((await store.sessions.get(id))!.lastSeenAt).toBeGreaterThan(Date.now() - 10_000);
    // 720 minutes (the default) and a second without use.
    await store.sessions.touch(id, Date.now() - 720 * 60_000 - 1000);
    const ended = await send(server.url, 'GET', '/api/customers', { headers: { cookie: idle.cookie } });
    expect(ended.status).toBe(401);
    expect(ended.body.error.message).toBe('Your session has ended (it was not used for 720 minutes); sign in again.');
    expect(await store.sessions.get(id)).toBeUndefined();
    // Used all along, but signed in over 30 days ago.
    const token = newToken();
    await store.sessions.add({ id: sessionIdOf(token), personId, createdAt: Date.now() - SESSION_LIFETIME_MS - 1000, lastSeenAt: Date.now(), csrfToken: newToken() });
    const old = await send(server.url, 'GET', '/api/customers', { headers: { cookie: `stayflow_session=${token}` } });
    expect(old.body.error.message).toBe('Your session has ended (it is 30 days old); sign in again.');
    // One nobody came back to is deleted at the next sign-in.
    const abandoned = sessionIdOf(newToken());
    await store.sessions.add({ id: abandoned, personId, createdAt: Date.now() - 800 * 60_000, lastSeenAt: Date.now() - 800 * 60_000, csrfToken: newToken() });
    await signIn(server.url, 'idle@example.com', 'idle password 1');
    expect(await store.sessions.get(abandoned)).toBeUndefined();
  });

  it('ends the other sessions when a password changes, and asks for the current one', async () => {
    await createPerson('pat@example.com', 'viewer', 'pat password 1');
    const here = await signIn(server.url, 'pat@example.com', 'pat password 1');
    const there = await signIn(server.url, 'pat@example.com', 'pat password 1');
    const change = (body: unknown) => send(server.url, 'POST', '/api/session/password', { headers: { cookie: here.cookie, 'x-csrf-token': here.csrf }, body });
    const wrong = await change({ current_password: 'not it at all', new_password: 'pat password 2' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([{ code: 'password.wrong', message: 'This is not your current password.', path: '$.current_password' }]);
    const short = await change({ current_password: 'pat password 1', new_password: 'short' });
    expect(short.body.errors[0]).toMatchObject({ code: 'password.weak', path: '$.new_password' });
    secrets.push('pat password 2');
    expect((await change({ current_password: 'pat password 1', new_password: 'pat password 2' })).status).toBe(204);
    expect((await send(server.url, 'GET', '/api/customers', { headers: { cookie: there.cookie } })).status).toBe(401);
    expect((await send(server.url, 'GET', '/api/customers', { headers: { cookie: here.cookie } })).status).toBe(200);
    expect((await send(server.url, 'POST', '/api/session', { body: { email: 'pat@example.com', password: 'pat password 1' } })).status).toBe(401);
    await signIn(server.url, 'pat@example.com', 'pat password 2');
    // A key has no password.
    const key = (await asAdmin('POST', '/api/keys', { name: 'no-password', role: 'viewer' })).body.key as string;
    secrets.push(key);
    expect((await send(server.url, 'POST', '/api/session/password', { headers: { authorization: `Bearer ${key}` }, body: { current_password: 'x', new_password: 'y' } })).status).toBe(409);
  });
});

describe('revocation', () => {
  it('refuses a revoked key, a deleted person and a disabled person on their next request', async () => {
    const created = await asAdmin('POST', '/api/keys', { name: 'shop-backend', role: 'ingest' });
    expect(created.body).toMatchObject({ name: 'shop-backend', role: 'ingest', key: expect.stringMatching(/^sf_/) });
    const key = created.body.key as string;
    secrets.push(key);
    const event = { id: 'e-revoke', customer_id: 'c1', type: 'signed_up' };
    expect((await send(server.url, 'POST', '/api/events', { headers: { authorization: `Bearer ${key}` }, body: event })).status).toBe(202);
    // Segment-style HTTP Basic: the key as user name, no password.
    const basic = `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
    expect((await send(server.url, 'POST', '/api/events', { headers: { authorization: basic }, body: { ...event, id: 'e-basic' } })).status).toBe(202);
    expect((await asAdmin('GET', '/api/keys')).body.items.find((k: { id: string }) => k.id === created.body.id)).toMatchObject({ role: 'ingest', last_used_at: expect.any(String) });
    expect((await asAdmin('DELETE', `/api/keys/${created.body.id}`)).status).toBe(204);
    expect((await send(server.url, 'POST', '/api/events', { headers: { authorization: `Bearer ${key}` }, body: { ...event, id: 'e2' } })).status).toBe(401);

    const gone = await createPerson('gone@example.com', 'editor', 'gone password');
    const goneSession = await signIn(server.url, 'gone@example.com', 'gone password');
    expect((await send(server.url, 'GET', '/api/customers', { headers: { cookie: goneSession.cookie } })).status).toBe(200);
    expect((await asAdmin('DELETE', `/api/people/${gone}`)).status).toBe(204);
    expect((await send(server.url, 'GET', '/api/customers', { headers: { cookie: goneSession.cookie } })).status).toBe(401);

    const off = await createPerson('off@example.com', 'editor', 'off password 1');
    const offSession = await signIn(server.url, 'off@example.com', 'off password 1');
    expect((await asAdmin('PATCH', `/api/people/${off}`, { disabled: true })).body).toMatchObject({ disabled: true });
    expect((await send(server.url, 'GET', '/api/customers', { headers: { cookie: offSession.cookie } })).status).toBe(401);
    const again = await send(server.url, 'POST', '/api/session', { body: { email: 'off@example.com', password: 'off password 1' } });
    expect(again.body.error.message).toBe('This account is disabled; ask an admin to enable it.');
  });

  it('keeps the last enabled admin, and refuses a taken email', async () => {
    const people = (await asAdmin('GET', '/api/people')).body.items as { id: string; email: string }[];
    const ada = people.find((p) => p.email === ADMIN.email)!;
    for (const [method, body] of [
      ['DELETE', undefined],
      ['PATCH', { role: 'editor' }],
      ['PATCH', { disabled: true }],
    ] as const) {
      const refused = await asAdmin(method, `/api/people/${ada.id}`, body);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toContain('ada@example.com is the last enabled admin');
    }
    const taken = await asAdmin('POST', '/api/people', { email: 'ADA@example.com', role: 'viewer', password: 'another password' });
    expect(taken).toMatchObject({ status: 409, body: { error: { code: 'conflict', message: 'A person with the email ada@example.com already exists.' } } });
  });
});

describe('failed sign-ins', () => {
  it('answers 401 with one message for a wrong email or password, and 429 with Retry-After past the limit for an email', async () => {
    await createPerson('guess@example.com', 'viewer', 'guess password');
    const unknown = await send(server.url, 'POST', '/api/session', { body: { email: 'nobody@example.com', password: 'whatever it is' }, from: '127.0.5.99' });
    const wrong = await send(server.url, 'POST', '/api/session', { body: { email: 'guess@example.com', password: 'wrong one' }, from: '127.0.5.98' });
    expect(unknown.body).toEqual({ error: { code: 'unauthorized', message: 'The email or password is not right.' } });
    expect(wrong.body).toEqual(unknown.body);
    // From many addresses, against one email.
    for (let attempt = 2; attempt <= SIGN_IN_LIMIT.attempts; attempt++) {
      expect((await send(server.url, 'POST', '/api/session', { body: { email: 'guess@example.com', password: `guess ${attempt}` }, from: `127.0.5.${attempt}` })).status).toBe(401);
    }
    const blocked = await send(server.url, 'POST', '/api/session', { body: { email: 'guess@example.com', password: 'guess password' }, from: '127.0.5.50' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error).toEqual({ code: 'too_many_requests', message: expect.stringContaining('Too many failed sign-ins') });
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(SIGN_IN_LIMIT.windowMs / 1000 - 60);
  });

  it('limits one address trying many emails', async () => {
    const from = '127.0.6.1';
    for (let attempt = 1; attempt <= SIGN_IN_LIMIT.attempts; attempt++) {
      expect((await send(server.url, 'POST', '/api/session', { body: { email: `spray${attempt}@example.com`, password: 'password123' }, from })).status).toBe(401);
    }
    expect((await send(server.url, 'POST', '/api/session', { body: { email: ADMIN.email, password: ADMIN.password }, from })).status).toBe(429);
    expect((await send(server.url, 'POST', '/api/session', { body: { email: ADMIN.email, password: ADMIN.password }, from: '127.0.6.2' })).status).toBe(200);
  });
});

describe('secrets at rest and in logs', () => {
  it('stores and logs no password, key or session token as it is', async () => {
    const store = server.service.store;
    // The session token in the cookie (its SHA-256 is the row's id; the CSRF token is stored as it is, being no credential alone).
    const tokens = [admin.cookie.split('=')[1]!];
    const rows = JSON.stringify({ people: await store.people.list(), keys: await store.apiKeys.list(), session: await store.sessions.get(sessionIdOf(tokens[0]!)) });
    expect(rows).toContain('scrypt$32768$8$1$');
    expect(secrets.length).toBeGreaterThan(8);
    for (const secret of [...secrets, ...tokens]) expect(rows).not.toContain(secret);
    // The SQLite files themselves (PostgreSQL's rows were read above).
    if (process.env.STAYFLOW_TEST_BACKEND !== 'postgres') {
      const files = readdirSync(server.dataDir).filter((name) => name.startsWith('stayflow.db'));
      expect(files.length).toBeGreaterThan(0);
      const bytes = Buffer.concat(files.map((name) => readFileSync(join(server.dataDir, name))));
      for (const secret of [...secrets, ...tokens]) expect(bytes.includes(Buffer.from(secret))).toBe(false);
    }
    expect(logLines.length).toBeGreaterThan(20);
    const logged = logLines.join('\n');
    expect(logged).toContain('/api/session');
    for (const secret of [...secrets, ...tokens]) expect(logged).not.toContain(secret);
  });
});
