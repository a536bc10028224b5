import { afterEach, describe, expect, it } from 'vitest';
import { httpProviderAdapter } from './httpProviderAdapter.ts';
import { outboxRow, startHttpServer, type TestHttpServer } from './testSupport.ts';

let server: TestHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const smsRow = outboxRow({ kind: 'message', payload: { channel: 'sms', subject: null, body: 'Your 10% code: SAVE10' } });

describe('HTTP provider adapter', () => {
  it('posts an SMS to the provider as JSON, to the customer’s phone, with the key and the token', async () => {
    server = await startHttpServer((_request, response) => response.writeHead(202).end());
    const adapter = httpProviderAdapter({ channel: 'sms', url: new URL(`${server.origin}/sms/send`), token: 'tok_123' });
    const result = await adapter.deliver(smsRow, { id: 'c1', attributes: { phone: '+8613800000000' } });
    expect(result).toEqual({ ok: true, detail: 'HTTP 202', retry: false });
    const [request] = server.received;
    expect(request).toMatchObject({ method: 'POST', url: '/sms/send' });
    expect(JSON.parse(request!.body)).toEqual({ to: '+8613800000000', body: 'Your 10% code: SAVE10', key: 'run-1:notify:1', customer_id: 'c1' });
    expect(request!.headers).toMatchObject({ 'content-type': 'application/json', 'idempotency-key': 'run-1:notify:1', authorization: 'Bearer tok_123' });
  });

  it('sends a push to the customer’s push token, else to their id, with the subject as title', async () => {
    server = await startHttpServer();
    const adapter = httpProviderAdapter({ channel: 'push', url: new URL(`${server.origin}/push`) });
    const pushRow = outboxRow({ kind: 'message', payload: { channel: 'push', subject: 'Back in stock', body: 'Your size is back' } });
    await adapter.deliver(pushRow, { id: 'c1', attributes: { push_token: 'fcm:abc' } });
    await adapter.deliver(pushRow, { id: 'c1', attributes: {} });
    expect(server.received.map((r) => JSON.parse(r.body) as { to: string; subject: string })).toMatchObject([
      { to: 'fcm:abc', subject: 'Back in stock' },
      { to: 'c1', subject: 'Back in stock' },
    ]);
    expect(server.received[0]!.headers.authorization).toBeUndefined();
  });

  it('fails for good when the customer has no phone number, without calling the provider', async () => {
    server = await startHttpServer();
    const adapter = httpProviderAdapter({ channel: 'sms', url: new URL(server.origin) });
    expect(await adapter.deliver(smsRow, { id: 'c1', attributes: { phone: ' ' } })).toEqual({ ok: false, detail: 'customer has no phone number', retry: false });
    expect(server.received).toHaveLength(0);
  });

  it('retries like a webhook: 503 and 429 again later, 400 never', async () => {
    const statuses = [503, 429, 400];
    server = await startHttpServer((_request, response) => response.writeHead(statuses.shift() ?? 200).end());
    const adapter = httpProviderAdapter({ channel: 'sms', url: new URL(server.origin) });
    const customer = { id: 'c1', attributes: { phone: '+15550100' } };
    const results = [await adapter.deliver(smsRow, customer), await adapter.deliver(smsRow, customer), await adapter.deliver(smsRow, customer)];
    expect(results).toEqual([
      { ok: false, detail: 'HTTP 503', retry: true },
      { ok: false, detail: 'HTTP 429', retry: true },
      { ok: false, detail: 'HTTP 400', retry: false },
    ]);
  });
});
