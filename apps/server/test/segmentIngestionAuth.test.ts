import { hashApiKey } from '@stayflow/store';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specIdentify } from '../src/services/segment/segmentSpecExamples.ts';
import { createService, type Service } from '../src/service.ts';
import { T0, type Json } from './harness.ts';
import { removeTempFolders, tempFolder } from './serverProcess.ts';

const INGEST_KEY = 'sf_segment-write-key-for-tests';
const VIEWER_KEY = 'sf_viewer-key-for-segment-tests';
let service: Service;
let url: string;

beforeAll(async () => {
  service = await createService({
    dataFile: join(tempFolder('stayflow-segment-auth-'), 'stayflow.db'),
    clock: { mode: 'manual', start: Date.parse(T0) },
    requireApiKeys: true,
    env: {},
    demoCustomers: 0,
    sweepEveryMs: 3_600_000,
    logger: false,
  });
  await service.store.apiKeys.add({ id: 'key_segment', name: 'segment', role: 'ingest', hash: hashApiKey(INGEST_KEY), createdAt: Date.parse(T0), lastUsedAt: null });
  await service.store.apiKeys.add({ id: 'key_viewer', name: 'viewer', role: 'viewer', hash: hashApiKey(VIEWER_KEY), createdAt: Date.parse(T0), lastUsedAt: null });
  await service.start();
  url = await service.app.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await service.stop();
  removeTempFolders();
});

/** As Segment and RudderStack send a write key: HTTP Basic, the key as user name, no password. */
const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;

async function identify(authorization?: string) {
  const response = await fetch(`${url}/api/integrations/segment/v1/identify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization !== undefined ? { authorization } : {}) },
    body: JSON.stringify(specIdentify),
  });
  return { status: response.status, body: (await response.json()) as Json };
}

describe('Segment ingestion behind API keys', () => {
  it('takes an ingest key sent as Segment sends a write key', async () => {
    expect(await identify(basic(INGEST_KEY))).toEqual({ status: 200, body: { success: true, accepted: 1, duplicates: 0, conflicts: 0, skipped: [] } });
    expect((await service.store.customers.get('97980cfea0067'))?.attributes.email).toBe('peter@example.com');
  });

  it('refuses no key with 401, and a key whose role may not write with 403', async () => {
    expect((await identify()).status).toBe(401);
    expect((await identify(basic(VIEWER_KEY))).body.error.code).toBe('forbidden');
  });
});
