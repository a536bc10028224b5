import { hashApiKey } from '@stayflow/store';
import { join } from 'node:path';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keysCommand } from '../../cli/src/commands/keys.ts';
import { FAILED_AUTH_LIMIT } from '../src/plugins/auth.ts';
import { createService, type Service } from '../src/service.ts';
import { T0, type Json } from './harness.ts';
import { killServerProcesses, removeTempFolders, runServerUntilExit, startServerProcess, tempFolder } from './serverProcess.ts';

const KEY = 'sf_test-key-for-the-auth-tests';
let service: Service;
let url: string;

beforeAll(async () => {
  service = await createService({
    dataFile: join(tempFolder('stayflow-auth-'), 'stayflow.db'),
    clock: { mode: 'manual', start: Date.parse(T0) },
    requireApiKeys: true,
    env: {},
    demoCustomers: 0,
    sweepEveryMs: 3_600_000,
    logger: false,
  });
  await service.store.apiKeys.add({ id: 'key_ci', name: 'ci', hash: hashApiKey(KEY), createdAt: Date.parse(T0), lastUsedAt: null });
  await service.start();
  url = await service.app.listen({ port: 0, host: '127.0.0.1' });
});

/** A request from another loopback address (127.0.0.0/8 all reach this machine): failed attempts are counted per address. */
function callFrom(address: string, method: string, path: string, authorization?: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: Json }> {
  const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
  const body = method === 'GET' || method === 'HEAD' || method === 'DELETE' ? undefined : '{}';
  if (body !== undefined) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const sent = httpRequest(url + path, { method, headers, localAddress: address, agent: false }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: text ? JSON.parse(text) : undefined }));
    });
    sent.on('error', reject);
    sent.end(body);
  });
}

afterAll(async () => {
  await service.stop();
  await killServerProcesses();
  removeTempFolders();
});

async function call(method: string, path: string, authorization?: string) {
  const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
  const body = method === 'GET' || method === 'HEAD' || method === 'DELETE' ? undefined : '{}';
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url + path, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** Every operation in the OpenAPI document, with path parameters filled in. */
async function everyApiRoute(): Promise<{ method: string; path: string }[]> {
  const document = (await call('GET', '/api/openapi.json', `Bearer ${KEY}`)).body as { paths: Record<string, Record<string, { security?: unknown[] }>> };
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      // Operations documented with no security (health, readiness, signing in) are open.
      .filter(([, operation]) => operation.security?.length !== 0 || path === '/api/health' || path === '/api/ready')
      .map(([method]) => ({ method: method.toUpperCase(), path: path.replace(/\{[^}]+\}/g, 'x') })),
  );
}

describe('API keys (api-v1 "Starting it")', () => {
  it('leaves /api/health and /api/ready open', async () => {
    expect(await call('GET', '/api/health')).toEqual({ status: 200, body: { ok: true } });
    expect(await call('GET', '/api/ready')).toEqual({ status: 200, body: { ok: true } });
  });

  it('answers 401 on every other API route without a key or with a wrong one', async () => {
    const routes = await everyApiRoute();
    expect(routes.length).toBeGreaterThan(20);
    expect(routes).toContainEqual({ method: 'POST', path: '/api/events' });
    expect(routes).toContainEqual({ method: 'POST', path: '/api/clock/advance' });
    const checked = [...routes.filter((r) => r.path !== '/api/health' && r.path !== '/api/ready'), { method: 'GET', path: '/api/openapi.json' }, { method: 'GET', path: '/api/no-such-route' }];
    for (const [index, { method, path }] of checked.entries()) {
      // Five failures per route: each route from its own address, to stay under the failed-attempt limit.
      const address = `127.0.2.${index + 1}`;
      for (const authorization of [undefined, 'Bearer sf_wrong', `Basic ${KEY}`, KEY, `Bearer ${KEY}x`]) {
        const answer = await callFrom(address, method, path, authorization);
        expect({ method, path, authorization, status: answer.status }).toEqual({ method, path, authorization, status: 401 });
        expect(answer.body).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
      }
    }
    expect((await call('GET', '/api/customers')).body.error.message).toContain('Authorization: Bearer KEY');
    expect((await call('GET', '/api/customers', 'Bearer sf_wrong')).body.error.message).toBe('This API key is not known to this server.');
  });

  it('cannot be bypassed by spelling the path differently', async () => {
    // The router decodes percent-escapes: "/%61pi/customers" is /api/customers.
    for (const path of ['/%61pi/customers', '/api/%63ustomers', '/%61pi/clock', '/api/health/../customers']) {
      expect({ path, status: (await call('GET', path)).status }).toEqual({ path, status: 401 });
    }
  });

  it('serves every route with a key created through the store, and records when it was used', async () => {
    expect(await call('GET', '/api/customers', `Bearer ${KEY}`)).toMatchObject({ status: 200, body: { total: 0 } });
    expect(await call('GET', '/api/clock', `bearer ${KEY}`)).toMatchObject({ status: 200, body: { now: T0 } });
    const response = await fetch(`${url}/api/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'e1', customer_id: 'c1', type: 'signed_up' }),
    });
    expect(response.status).toBe(202);
    const [stored] = await service.store.apiKeys.list();
    expect(stored?.lastUsedAt).toEqual(expect.any(Number));
  });

  it('refuses a revoked key at once', async () => {
    const other = 'sf_a-key-to-revoke';
    await service.store.apiKeys.add({ id: 'key_old', name: 'old', hash: hashApiKey(other), createdAt: Date.parse(T0), lastUsedAt: null });
    expect((await call('GET', '/api/customers', `Bearer ${other}`)).status).toBe(200);
    await service.store.apiKeys.remove('key_old');
    expect((await call('GET', '/api/customers', `Bearer ${other}`)).status).toBe(401);
  });
});

describe('failed API-key attempts (server README "API keys")', () => {
  it('answers 429 with Retry-After, in the one error shape, once an address made too many failed attempts', async () => {
    const attacker = '127.0.3.1';
    for (let attempt = 1; attempt <= FAILED_AUTH_LIMIT.attempts; attempt++) {
      expect((await callFrom(attacker, 'GET', '/api/customers', `Bearer sf_guess-${attempt}`)).status).toBe(401);
    }
    const blocked = await callFrom(attacker, 'GET', '/api/customers', 'Bearer sf_guess-next');
    expect(blocked.status).toBe(429);
    expect(blocked.body).toEqual({ error: { code: 'too_many_requests', message: expect.stringContaining('try again in') } });
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(FAILED_AUTH_LIMIT.windowMs / 1000);
    // Guessing stays blocked even when a guess is right, or the limit would not slow guessing.
    expect((await callFrom(attacker, 'GET', '/api/customers', `Bearer ${KEY}`)).status).toBe(429);
    expect((await callFrom(attacker, 'POST', '/api/events')).status).toBe(429);
    // Health needs no key and is not limited; other addresses are not affected.
    expect((await callFrom(attacker, 'GET', '/api/health')).status).toBe(200);
    expect((await callFrom('127.0.3.2', 'GET', '/api/customers', `Bearer ${KEY}`)).status).toBe(200);
    expect((await callFrom('127.0.3.2', 'GET', '/api/customers', 'Bearer sf_wrong')).status).toBe(401);
  });

  it('never counts requests with no credentials: a signed-out tab or an office behind one address is not locked out', async () => {
    const office = '127.0.3.4';
    for (let i = 0; i < FAILED_AUTH_LIMIT.attempts * 3; i++) expect((await callFrom(office, 'GET', '/api/customers')).status).toBe(401);
    expect((await callFrom(office, 'GET', '/api/customers', `Bearer ${KEY}`)).status).toBe(200);
  });

  it('never counts requests with a right key', async () => {
    const busy = '127.0.3.3';
    for (let i = 0; i < FAILED_AUTH_LIMIT.attempts * 3; i++) expect((await callFrom(busy, 'GET', '/api/clock', `Bearer ${KEY}`)).status).toBe(200);
    for (let attempt = 1; attempt <= FAILED_AUTH_LIMIT.attempts; attempt++) expect((await callFrom(busy, 'GET', '/api/clock', 'Bearer sf_typo')).status).toBe(401);
    expect((await callFrom(busy, 'GET', '/api/clock', 'Bearer sf_typo')).status).toBe(429);
  });
});

describe('starting on a public address', () => {
  it('refuses to start without an API key, then starts once `stayflow keys create` made one', async () => {
    const data = tempFolder('stayflow-auth-');
    const env = { HOST: '0.0.0.0', PORT: '0', STAYFLOW_DATA: data, STAYFLOW_DEMO: '0' };
    const refused = await runServerUntilExit(env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Refusing to start on 0.0.0.0: that address can be reached from other machines, and no API key exists.');
    expect(refused.stderr).toContain('pnpm stayflow keys create --name NAME');

    let printed = '';
    const io = { out: { write: (t: string) => (printed += t) }, err: { write: (t: string) => (printed += t) }, cwd: data };
    expect(await keysCommand({ action: 'create', name: 'ops', data }, io, { env: {}, now: () => Date.now() })).toBe(0);
    const key = /^\s+(sf_\S+)$/m.exec(printed)![1]!;

    const server = await startServerProcess(env);
    expect(server.stdout()).toContain('Stayflow is running');
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/customers`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/customers`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(200);
    expect(await server.kill('SIGTERM')).toEqual({ code: 0, signal: null });
    expect(server.stderr()).toBe('');
  }, 60_000);
});
