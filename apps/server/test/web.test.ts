import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../src/service.ts';

let service: Service;
let url: string;
const webRoot = mkdtempSync(join(tmpdir(), 'stayflow-web-'));

beforeAll(async () => {
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Stayflow</title>');
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'assets', 'app-1.js'), 'console.log(1)');
  const dataDir = mkdtempSync(join(tmpdir(), 'stayflow-test-'));
  service = await createService({ dataFile: join(dataDir, 'db'), clock: { mode: 'manual', start: 0 }, requireApiKeys: false, env: {}, demoCustomers: 0, sweepEveryMs: 3_600_000, logger: false, webRoot });
  url = await service.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => service.stop());

describe('the web app', () => {
  it('is served at / and for its own routes, while unknown API routes stay JSON 404s', async () => {
    expect(await (await fetch(`${url}/`)).text()).toContain('<title>Stayflow</title>');
    expect(await (await fetch(`${url}/playbooks/churn-early-warning`)).text()).toContain('<title>Stayflow</title>');
    const api = await fetch(`${url}/api/unknown`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await fetch(`${url}/assets/missing.js`)).status).toBe(404);
  });

  it('serves files built after the server started', async () => {
    expect(await (await fetch(`${url}/assets/app-1.js`)).text()).toBe('console.log(1)');
    writeFileSync(join(webRoot, 'assets', 'app-2.js'), 'console.log(2)');
    expect(await (await fetch(`${url}/assets/app-2.js`)).text()).toBe('console.log(2)');
  });
});

describe('API paths beside the web app', () => {
  it('answers an over-long id in the API shape, never as a file lookup', async () => {
    for (const method of ['GET', 'HEAD', 'DELETE']) {
      const answer = await fetch(`${url}/api/customers/${'a'.repeat(5000)}`, { method });
      expect(answer.status).toBe(414);
      if (method !== 'HEAD') expect(await answer.json()).toMatchObject({ error: { code: 'uri_too_long' } });
    }
    const exported = await fetch(`${url}/api/customers/${'a'.repeat(5000)}/export`);
    expect(exported.status).toBe(414);
  });

  it('refuses paths that climb out of the web app in the API shape', async () => {
    for (const path of ['/..%2f..%2fpackage.json', '/assets/..%2f..%2f..%2fpackage.json']) {
      const answer = await fetch(`${url}${path}`);
      expect(answer.status, path).toBe(403);
      expect(await answer.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
  });

  it('keeps a trailing slash a plain 404', async () => {
    const answer = await fetch(`${url}/api/health/`);
    expect(answer.status).toBe(404);
  });
});
