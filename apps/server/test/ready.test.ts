import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.ts';

const servers: TestServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop();
});

describe('GET /api/ready, the readiness check for a load balancer', () => {
  it('answers 200 on a started server, its database migrated and answering (503 not_ready: src/routes/ready.test.ts)', async () => {
    const server = await startTestServer();
    servers.push(server);
    expect(await server.call('GET', '/api/ready')).toEqual({ status: 200, body: { ok: true } });
  });

  it('needs no API key, like health, and is in the OpenAPI document with both answers', async () => {
    const server = await startTestServer({ env: {} });
    servers.push(server);
    const openapi = (await server.call('GET', '/api/openapi.json')).body;
    const operation = openapi.paths['/api/ready'].get;
    expect(operation.operationId).toBe('ready');
    expect(operation.security).toEqual([]);
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '503']));
    expect(operation.responses['503'].description).toContain('not_ready');
  });
});
