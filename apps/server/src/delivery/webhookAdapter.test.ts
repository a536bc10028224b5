import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addressPolicy } from './addressPolicy.ts';
import { outboxRow, startHttpServer, type ReceivedRequest, type TestHttpServer } from './testSupport.ts';
import { webhookAdapter, type WebhookAdapterOptions } from './webhookAdapter.ts';

const SECRET = 'whsec_test';
const NOW = Date.parse('2026-03-01T10:00:00Z');

let server: TestHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const localAdapter = (options: Partial<WebhookAdapterOptions> = {}) =>
  webhookAdapter({ secret: SECRET, policy: addressPolicy(['127.0.0.1']), now: () => NOW, ...options });

const webhookRow = (url: string, payload: Record<string, unknown> = {}) => outboxRow({ kind: 'webhook', payload: { url, method: 'POST', headers: {}, body: '{"hello":"world"}', ...payload } });

/** What a receiver does with the README's recipe. */
function verifies(request: ReceivedRequest, secret: string): boolean {
  const timestamp = String(request.headers['x-stayflow-timestamp']);
  const signature = String(request.headers['x-stayflow-signature']);
  const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${request.body}`).digest('hex')}`;
  return signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
}

describe('webhook adapter', () => {
  it('delivers a signed request the receiver can verify, with the idempotency key', async () => {
    server = await startHttpServer((_request, response) => response.writeHead(200).end('ok'));
    const result = await localAdapter().deliver(webhookRow(`${server.origin}/hooks/crm`), undefined);
    expect(result).toEqual({ ok: true, detail: 'HTTP 200', retry: false });
    const [request] = server.received;
    expect(request).toMatchObject({ method: 'POST', url: '/hooks/crm', body: '{"hello":"world"}' });
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers['idempotency-key']).toBe('run-1:notify:1');
    expect(request!.headers['x-stayflow-timestamp']).toBe(String(NOW / 1000));
    expect(verifies(request!, SECRET)).toBe(true);
    expect(verifies(request!, 'another secret')).toBe(false);
  });

  it('sends a body that is not JSON as plain text, with the method the playbook chose', async () => {
    server = await startHttpServer();
    await localAdapter().deliver(webhookRow(`${server.origin}/`, { method: 'put', body: 'customer c1 churned' }), undefined);
    expect(server.received[0]).toMatchObject({ method: 'PUT', body: 'customer c1 churned' });
    expect(server.received[0]!.headers['content-type']).toBe('text/plain; charset=utf-8');
  });

  it('keeps the playbook’s headers but never lets them replace the key or the signature', async () => {
    server = await startHttpServer();
    const headers = { 'X-Team': 'retention', 'Idempotency-Key': 'forged', 'X-Stayflow-Signature': 'sha256=forged', Host: 'elsewhere.example' };
    await localAdapter().deliver(webhookRow(`${server.origin}/`, { headers }), undefined);
    const [request] = server.received;
    expect(request!.headers['x-team']).toBe('retention');
    expect(request!.headers['idempotency-key']).toBe('run-1:notify:1');
    expect(request!.headers.host).toBe(`127.0.0.1:${server.port}`);
    expect(verifies(request!, SECRET)).toBe(true);
  });

  it('lets the playbook choose its own Content-Type', async () => {
    server = await startHttpServer();
    await localAdapter().deliver(webhookRow(server.origin, { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=1&b=2' }), undefined);
    expect(server.received[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(verifies(server.received[0]!, SECRET)).toBe(true);
  });

  it('sends a GET without a body, signing the empty string', async () => {
    server = await startHttpServer();
    await localAdapter().deliver(webhookRow(`${server.origin}/ping?c=1`, { method: 'GET' }), undefined);
    expect(server.received[0]).toMatchObject({ method: 'GET', url: '/ping?c=1', body: '' });
    expect(server.received[0]!.headers['content-type']).toBeUndefined();
    expect(verifies(server.received[0]!, SECRET)).toBe(true);
  });

  it('asks for a retry on 500, 408 and 429', async () => {
    for (const status of [500, 503, 408, 429]) {
      server = await startHttpServer((_request, response) => response.writeHead(status).end('busy'));
      const result = await localAdapter().deliver(webhookRow(server.origin), undefined);
      expect(result).toEqual({ ok: false, detail: `HTTP ${status}: busy`, retry: true });
      await server.close();
      server = undefined;
    }
  });

  it('gives up on a 404: another attempt cannot succeed', async () => {
    server = await startHttpServer((_request, response) => response.writeHead(404).end('no such hook'));
    const result = await localAdapter().deliver(webhookRow(server.origin), undefined);
    expect(result).toEqual({ ok: false, detail: 'HTTP 404: no such hook', retry: false });
  });

  it('does not follow a redirect', async () => {
    server = await startHttpServer((request, response) => {
      if (request.url === '/moved') response.writeHead(302, { location: '/elsewhere' }).end();
      else response.writeHead(200).end();
    });
    const result = await localAdapter().deliver(webhookRow(`${server.origin}/moved`), undefined);
    expect(result).toEqual({ ok: false, detail: 'HTTP 302 (redirects are not followed)', retry: false });
    expect(server.received.map((r) => r.url)).toEqual(['/moved']);
  });

  it('times out a receiver that does not answer, and asks for a retry', async () => {
    server = await startHttpServer(() => undefined);
    const result = await localAdapter({ timeoutMs: 150 }).deliver(webhookRow(server.origin), undefined);
    expect(result).toEqual({ ok: false, detail: 'timed out after 0.15 s', retry: true });
  });

  it('asks for a retry when nothing listens', async () => {
    server = await startHttpServer();
    const { origin } = server;
    await server.close();
    server = undefined;
    const result = await localAdapter().deliver(webhookRow(origin), undefined);
    expect(result.ok).toBe(false);
    expect(result.retry).toBe(true);
    expect(result.detail).toMatch(/^network error: .*ECONNREFUSED/);
  });

  describe('address guard', () => {
    it('refuses the loopback address unless it is allowed, without making the request', async () => {
      server = await startHttpServer();
      const result = await webhookAdapter({ secret: SECRET }).deliver(webhookRow(server.origin), undefined);
      expect(result).toEqual({ ok: false, detail: 'refused: 127.0.0.1 is a loopback address', retry: false });
      expect(server.received).toHaveLength(0);
    });

    it.each([
      ['http://10.0.0.5/hook', 'refused: 10.0.0.5 is a private address'],
      ['http://172.20.1.1/hook', 'refused: 172.20.1.1 is a private address'],
      ['http://192.168.1.10/hook', 'refused: 192.168.1.10 is a private address'],
      ['http://169.254.169.254/latest/meta-data/', 'refused: 169.254.169.254 is a link-local address'],
      ['http://100.64.0.1/', 'refused: 100.64.0.1 is a shared (CGNAT) address'],
      ['http://0.0.0.0:8080/', 'refused: 0.0.0.0 is an unspecified address'],
      ['http://[::1]/', 'refused: ::1 is a loopback address'],
      ['http://[fd00::1]/', 'refused: fd00::1 is a unique-local address'],
      ['http://[fe80::1]/', 'refused: fe80::1 is a link-local address'],
      ['http://[::ffff:127.0.0.1]/', 'refused: ::ffff:7f00:1 is an IPv4-mapped address (IPv4 127.0.0.1 inside IPv6)'],
      ['http://[::ffff:7f00:1]/', 'refused: ::ffff:7f00:1 is an IPv4-mapped address (IPv4 127.0.0.1 inside IPv6)'],
      ['http://[0:0:0:0:0:ffff:7f00:1]/', 'refused: ::ffff:7f00:1 is an IPv4-mapped address (IPv4 127.0.0.1 inside IPv6)'],
      ['http://[::ffff:10.1.2.3]/', 'refused: ::ffff:a01:203 is an IPv4-mapped address (IPv4 10.1.2.3 inside IPv6)'],
      ['http://[64:ff9b::127.0.0.1]/', 'refused: 64:ff9b::7f00:1 is a NAT64 address (IPv4 127.0.0.1 inside IPv6)'],
      ['http://[64:ff9b::8.8.8.8]/', 'refused: 64:ff9b::808:808 is a NAT64 address (IPv4 8.8.8.8 inside IPv6)'],
      ['http://[64:ff9b:1::a00:5]/', 'refused: 64:ff9b:1::a00:5 is a local-use NAT64 address'],
      ['http://[2002:7f00:1::]/', 'refused: 2002:7f00:1:: is a 6to4 address (IPv4 127.0.0.1 inside IPv6)'],
      ['http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/', 'refused: 2001:0:4136:e378:8000:63bf:3fff:fdd2 is a Teredo address'],
      ['http://[2001:db8::1]/', 'refused: 2001:db8::1 is a documentation address'],
      ['http://192.0.0.8/', 'refused: 192.0.0.8 is an IETF protocol assignment address'],
      ['http://198.18.0.1/', 'refused: 198.18.0.1 is a benchmarking address'],
      ['http://100.127.255.254/', 'refused: 100.127.255.254 is a shared (CGNAT) address'],
      ['http://2130706433/', 'refused: 127.0.0.1 is a loopback address'],
    ])('refuses %s', async (url, detail) => {
      const resolved: string[] = [];
      const adapter = webhookAdapter({
        secret: SECRET,
        resolve: async (hostname) => {
          resolved.push(hostname);
          return [];
        },
      });
      expect(await adapter.deliver(webhookRow(url), undefined)).toEqual({ ok: false, detail, retry: false });
      expect(resolved).toEqual([]);
    });

    it('refuses a host name that resolves to a private address', async () => {
      const adapter = webhookAdapter({ secret: SECRET, resolve: async () => [{ address: '10.0.0.5', family: 4 }] });
      const result = await adapter.deliver(webhookRow('https://hooks.evil.example/x'), undefined);
      expect(result).toEqual({ ok: false, detail: 'refused: hooks.evil.example resolves to 10.0.0.5, a private address', retry: false });
    });

    it.each([
      ['::ffff:7f00:1', 6, 'refused: hooks.evil.example resolves to ::ffff:7f00:1, an IPv4-mapped address (IPv4 127.0.0.1 inside IPv6)'],
      ['64:ff9b::a9fe:a9fe', 6, 'refused: hooks.evil.example resolves to 64:ff9b::a9fe:a9fe, a NAT64 address (IPv4 169.254.169.254 inside IPv6)'],
      ['100.64.0.1', 4, 'refused: hooks.evil.example resolves to 100.64.0.1, a shared (CGNAT) address'],
    ])('refuses a host name that resolves to %s', async (address, family, detail) => {
      const adapter = webhookAdapter({ secret: SECRET, resolve: async () => [{ address, family }] });
      expect(await adapter.deliver(webhookRow('https://hooks.evil.example/x'), undefined)).toEqual({ ok: false, detail, retry: false });
    });

    it.each([
      ['https://{{customer.domain}}/hooks', '{{customer.domain}}'],
      ['https://{{ customer.domain }}/hooks', '{{ customer.domain }}'],
      ['https://api.{{customer.region}}.example.com/hooks', 'api.{{customer.region}}.example.com'],
      ['http://%7B%7Bcustomer.domain%7D%7D/', '{{customer.domain}}'],
      ['https://crm example.com/hooks', 'crm example.com'],
    ])('fails %s at once, without looking the host up', async (url, host) => {
      const resolve = vi.fn(async () => [{ address: '93.184.215.14', family: 4 }]);
      const result = await webhookAdapter({ secret: SECRET, resolve }).deliver(webhookRow(url), undefined);
      expect(result).toEqual({ ok: false, detail: `refused: "${host}" is not a host name or an IP address, so it is not looked up`, retry: false });
      expect(resolve).not.toHaveBeenCalled();
    });

    it('sends placeholders in the path as written: the URL is not a template', async () => {
      server = await startHttpServer();
      const resolve = vi.fn(async () => [{ address: '127.0.0.1', family: 4 }]);
      const adapter = webhookAdapter({ secret: SECRET, policy: addressPolicy(['127.0.0.1']), resolve });
      const result = await adapter.deliver(webhookRow(`http://hooks.test:${server.port}/customers/{{customer.id}}?ref={{playbook.name}}`), undefined);
      expect(result).toEqual({ ok: true, detail: 'HTTP 204', retry: false });
      expect(resolve).toHaveBeenCalledWith('hooks.test');
      expect(server.received[0]!.url).toBe('/customers/%7B%7Bcustomer.id%7D%7D?ref={{playbook.name}}');
    });

    it('refuses a scheme other than http and https', async () => {
      const result = await webhookAdapter({ secret: SECRET }).deliver(webhookRow('file:///etc/passwd'), undefined);
      expect(result).toEqual({ ok: false, detail: 'refused: only http and https URLs are called, not file:', retry: false });
    });

    it('connects to the address it checked, not to a second DNS answer', async () => {
      server = await startHttpServer();
      const answers = [[{ address: '127.0.0.1', family: 4 }], [{ address: '10.9.9.9', family: 4 }]];
      const adapter = webhookAdapter({ secret: SECRET, policy: addressPolicy(['127.0.0.0/8']), resolve: async () => answers.shift() ?? [] });
      const result = await adapter.deliver(webhookRow(`http://hooks.test:${server.port}/pinned`), undefined);
      expect(result).toEqual({ ok: true, detail: 'HTTP 204', retry: false });
      expect(server.received[0]).toMatchObject({ url: '/pinned' });
      expect(server.received[0]!.headers.host).toBe(`hooks.test:${server.port}`);
      expect(answers).toHaveLength(1);
    });

    it('reaches any address of a host name that is allowed by name', async () => {
      server = await startHttpServer();
      const adapter = webhookAdapter({ secret: SECRET, policy: addressPolicy(['crm.internal']), resolve: async () => [{ address: '127.0.0.1', family: 4 }] });
      const result = await adapter.deliver(webhookRow(`http://crm.internal:${server.port}/`), undefined);
      expect(result.ok).toBe(true);
    });

    it('skips the forbidden answers of a host name and uses a permitted one', async () => {
      server = await startHttpServer();
      const adapter = webhookAdapter({
        secret: SECRET,
        policy: addressPolicy(['127.0.0.1']),
        resolve: async () => [
          { address: '169.254.169.254', family: 4 },
          { address: '127.0.0.1', family: 4 },
        ],
      });
      const result = await adapter.deliver(webhookRow(`http://mixed.test:${server.port}/`), undefined);
      expect(result.ok).toBe(true);
    });

    it('asks for a retry when the host name does not resolve', async () => {
      const adapter = webhookAdapter({ secret: SECRET, resolve: async () => Promise.reject(Object.assign(new Error('not found'), { code: 'ENOTFOUND' })) });
      const result = await adapter.deliver(webhookRow('https://nowhere.example/'), undefined);
      expect(result).toEqual({ ok: false, detail: 'DNS: cannot resolve nowhere.example (ENOTFOUND)', retry: true });
    });
  });
});
