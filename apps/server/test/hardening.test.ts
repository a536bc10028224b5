import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playbook, startTestServer, T0, type Json, type TestServer } from './harness.ts';

// One regression test per class of problem a fuzzing tester found (issue "1/8 Hardening").

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const nested = (depth: number, leaf: unknown = 1): unknown => {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

/** A raw request on its own socket, for what fetch refuses to send (bad escapes, huge paths, no content type). */
function raw(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Json }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${server.url}${path}`, { method, headers: { ...headers, ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: response.statusCode!, headers: response.headers, body: text ? JSON.parse(text) : undefined });
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

const errorShape = { error: { code: expect.any(String), message: expect.any(String) } };

describe('no 500 for bad input', () => {
  it('refuses JSON nested deeper than 128 levels with a 400 naming the place, on every body', async () => {
    // Built as text: JSON.stringify itself overflows the stack on values this deep.
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const send = async (method: string, path: string, body: string) => {
      const response = await fetch(server.url + path, { method, headers: { 'content-type': 'application/json' }, body });
      return { status: response.status, body: (await response.json()) as Json };
    };
    const attributes = await send('PUT', '/api/customers/deep', `{"attributes":{"profile":${deep}}}`);
    expect(attributes.status).toBe(400);
    expect(attributes.body.error.code).toBe('too_deep');
    expect(attributes.body.errors[0].path).toBe(`$.attributes.profile${'.a'.repeat(126)}`);
    expect(attributes.body.error.message).toContain('128 levels');
    const document = JSON.stringify(playbook('deep', [{ id: 'start', type: 'trigger', on: 'manual' }]));
    const meta = await send('POST', '/api/playbooks', `${document.slice(0, -1)},"meta":${deep}}`);
    expect(meta).toMatchObject({ status: 400, body: { error: { code: 'too_deep' }, errors: [{ path: expect.stringMatching(/^\$\.meta\.a/) }] } });
    const events = await send('POST', '/api/events', `{"customer_id":"c","type":"x","properties":{"p":${deep}}}`);
    expect(events).toMatchObject({ status: 400, body: { error: { code: 'too_deep' } } });
    expect((await server.call('PUT', '/api/customers/shallow', { attributes: { profile: nested(120) } })).status).toBe(200);
    const lists = await fetch(`${server.url}/api/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '['.repeat(100_000) + ']'.repeat(100_000) });
    expect(lists.status).toBe(400);
    expect(await lists.json()).toMatchObject({ error: { code: 'too_deep' }, errors: [{ path: '$' + '[0]'.repeat(128) }] });
    expect((await server.call('GET', '/api/health')).status).toBe(200);
  });

  it('still takes a playbook whose condition uses the full depth JSON Logic allows', async () => {
    let rule: unknown = { '==': [{ var: 'tier' }, 'gold'] };
    for (let level = 2; level < 32; level++) rule = { and: [rule, true] };
    const document = playbook('deep-rule', [
      { id: 'start', type: 'trigger', on: 'manual' },
      { id: 'check', type: 'condition', if: rule },
      { id: 'done', type: 'exit' },
    ], { edges: [{ from: 'start', to: 'check' }, { from: 'check', to: 'done', port: 'true' }, { from: 'check', to: 'done', port: 'false' }] });
    const answer = await server.call('POST', '/api/playbooks/validate', document);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toEqual([]);
  });

  it('answers a segment whose rule is null, or missing, with a 400', async () => {
    for (const body of [{ if: null }, {}, { description: 'no rule' }]) {
      const answer = await server.call('PUT', '/api/segments/nulls', body);
      expect({ body, status: answer.status }).toEqual({ body, status: 400 });
      expect(answer.body).toMatchObject({ error: { code: expect.stringMatching(/^(invalid_segment|validation_failed)$/) } });
    }
    expect(((await server.call('GET', '/api/segments')).body.segments as Json[]).map((s) => s.name)).not.toContain('nulls');
  });

  it('parses numbers in the query strictly and names the parameter', async () => {
    for (const limit of ['Infinity', '1e309', '-1e309', '1.5', '0x10', ' 5', '5 ', '', '1e2', '+5', '05']) {
      const answer = await server.call('GET', `/api/customers?limit=${encodeURIComponent(limit)}`);
      expect({ limit, status: answer.status }).toEqual({ limit, status: 400 });
      expect(answer.body.errors[0].message).toContain('Query parameter "limit"');
    }
    expect((await server.call('GET', '/api/customers?limit=5')).status).toBe(200);
    expect((await server.call('GET', '/api/playbooks/x/stats?days=Infinity')).status).toBe(400);
    expect((await server.call('GET', '/api/playbooks/x/versions/1e309')).status).toBe(400);
    expect((await server.call('POST', '/api/playbooks?partial=yes', playbook('p', [{ id: 'start', type: 'trigger', on: 'manual' }]))).status).toBe(400);
  });
});

describe('one error shape for Fastify’s own answers', () => {
  it('answers bad percent-encoding with a 400 in the API’s shape, without echoing the path', async () => {
    const answer = await raw('GET', `/api/customers/%E0%A4%A${'x'.repeat(4000)}`);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: { code: 'bad_url', message: expect.any(String) } });
    expect(answer.body.error.message.length).toBeLessThan(300);
  });

  it('reads and writes customers with ids up to 200 characters, and answers 414 past that', async () => {
    for (const id of ['c'.repeat(101), 'c'.repeat(200), '王'.repeat(200), '😀'.repeat(100)]) {
      const path = `/api/customers/${encodeURIComponent(id)}`;
      expect((await server.call('PUT', path, { attributes: { n: 1 } })).status).toBe(200);
      expect(await server.call('GET', path)).toMatchObject({ status: 200, body: { id } });
    }
    for (const id of ['c'.repeat(201), '王'.repeat(201), 'c'.repeat(5000)]) {
      const answer = await server.call('GET', `/api/customers/${encodeURIComponent(id)}`);
      expect({ length: id.length, status: answer.status }).toEqual({ length: id.length, status: 414 });
      expect(answer.body).toMatchObject({ error: { code: 'uri_too_long' } });
      expect(JSON.stringify(answer.body).length).toBeLessThan(600);
    }
  });

  it('answers an over-long URL with 414, and an unknown method on a known path with 405 and Allow', async () => {
    const longQuery = await raw('GET', `/api/customers?q=${'x'.repeat(10_000)}`);
    expect(longQuery).toMatchObject({ status: 414, body: { error: { code: 'uri_too_long' } } });
    const hugeLine = await raw('GET', `/api/customers?q=${'x'.repeat(40_000)}`);
    expect(hugeLine).toMatchObject({ status: 414, body: { error: { code: 'uri_too_long' } } });
    const wrongMethod = await raw('PATCH', '/api/customers/c-1');
    expect(wrongMethod).toMatchObject({ status: 405, body: { error: { code: 'method_not_allowed' } } });
    expect(String(wrongMethod.headers.allow).split(', ')).toEqual(expect.arrayContaining(['GET', 'HEAD', 'PUT']));
    expect(String(wrongMethod.headers.allow)).not.toContain('PATCH');
    expect(await raw('DELETE', '/api/events')).toMatchObject({ status: 405, headers: { allow: 'POST' } });
    expect(await raw('GET', '/api/nothing')).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });

  it('answers a body with no or a wrong content type with 415 in the API’s shape', async () => {
    for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'application/jsonx']) {
      const answer = await raw('POST', '/api/events', type ? { 'content-type': type } : {}, '{"customer_id":"c","type":"t"}');
      expect({ type, status: answer.status, body: answer.body }).toEqual({ type, status: 415, body: { error: { code: 'unsupported_media_type', message: expect.any(String) } } });
    }
  });

  it('answers a malformed request at the HTTP level in the API’s shape', async () => {
    const text = await new Promise<string>((resolve) => {
      const socket = connect(Number(new URL(server.url).port), '127.0.0.1', () => socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'));
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('close', () => resolve(received));
    });
    expect(text).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4))).toEqual({ error: { code: 'bad_request', message: expect.any(String) } });
  });
});

describe('no loose input', () => {
  it('refuses a wrong type in a body instead of converting it', async () => {
    const tags = await server.call('PUT', '/api/customers/loose', { tags: true });
    expect(tags).toMatchObject({ status: 400, body: { error: { code: 'validation_failed' }, errors: [{ path: '$.tags', message: '$.tags must be a list.' }] } });
    expect((await server.call('PUT', '/api/customers/loose', { tags: ['a', 1] })).body.errors).toEqual([expect.objectContaining({ path: '$.tags[1]' })]);
    expect((await server.call('POST', '/api/playbooks/x/enroll', { customer_ids: 'c-1' })).status).toBe(400);
    expect((await server.call('POST', '/api/tasks/t1', { status: ['done'] })).status).toBe(400);
    expect((await server.call('GET', '/api/customers/loose')).status).toBe(404);
  });

  it('refuses events dated more than 24 hours after the server clock’s now, and takes them up to that', async () => {
    const far = await server.call('POST', '/api/events', { customer_id: 'future', type: 'order_placed', at: '2999-01-01T00:00:00Z', properties: { amount: 5 } });
    expect(far).toMatchObject({ status: 400, body: { error: { code: 'bad_event', message: expect.stringContaining('24 hours') } } });
    const inBatch = await server.call('POST', '/api/events', { events: [{ customer_id: 'future', type: 'x' }, { customer_id: 'future', type: 'x', at: '2026-03-03T08:00:01Z' }] });
    expect(inBatch).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('events[1]') } } });
    expect((await server.call('GET', '/api/customers/future')).status).toBe(404);
    const justInside = await server.call('POST', '/api/events', { customer_id: 'future', type: 'x', at: '2026-03-03T08:00:00Z' });
    expect(justInside.status).toBe(202);
    expect(T0).toBe('2026-03-02T08:00:00.000Z');
  });

  it('quotes only a short prefix of a huge input value in an error', async () => {
    const huge = 'z'.repeat(1_000_000);
    const answers = [
      await server.call('POST', '/api/events', { customer_id: 'c', type: 'x', at: huge }),
      await server.call('POST', '/api/clock/advance', { by: huge }),
      await server.call('POST', '/api/events', { customer_id: huge, type: 'x' }),
      await server.call('PUT', '/api/customers/c', { attributes: {}, [huge]: 1 }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(JSON.stringify(answer.body).length).toBeLessThan(1000);
    }
    expect(answers[1]!.body.error.message).toContain('(1,000,000 characters)');
  });
});

describe('oversized bodies', () => {
  it('lets a client that is still sending an oversized body read the 413', async () => {
    // Like a client that reads the answer only once it has sent everything (curl, most SDKs): the
    // server must take the rest of the body before closing, or the client gets a reset instead.
    for (const framing of ['content-length', 'chunked'] as const) {
      const chunk = Buffer.alloc(256 * 1024, 'x');
      const chunks = 64; // 16 MB, over the 10 MB limit
      const answer = await new Promise<{ text: string; error?: string }>((resolve) => {
        const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
        socket.pause();
        let text = '';
        let failed: string | undefined;
        socket.on('data', (data: Buffer) => (text += data.toString()));
        socket.on('error', (error: NodeJS.ErrnoException) => (failed = error.code));
        socket.on('close', () => resolve({ text, ...(failed ? { error: failed } : {}) }));
        const head = framing === 'chunked' ? 'transfer-encoding: chunked' : `content-length: ${chunk.length * chunks}`;
        socket.write(`POST /api/events HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n${head}\r\n\r\n`);
        let sent = 0;
        const write = () => {
          while (sent < chunks && !socket.destroyed) {
            sent++;
            const data = framing === 'chunked' ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]) : chunk;
            if (!socket.write(data)) return void socket.once('drain', write);
          }
          if (framing === 'chunked' && !socket.destroyed) socket.write('0\r\n\r\n');
          socket.resume();
        };
        write();
      });
      expect({ framing, error: answer.error, status: answer.text.slice(0, 12) }).toEqual({ framing, error: undefined, status: 'HTTP/1.1 413' });
      const body = answer.text.slice(answer.text.indexOf('\r\n\r\n') + 4);
      expect(JSON.parse(body)).toEqual({ error: { code: 'payload_too_large', message: expect.stringContaining('10 MB') } });
    }
  });

  it('answers 413 in the API shape when the declared length is over the limit, too', async () => {
    const answer = await raw('POST', '/api/events', { 'content-type': 'application/json' }, 'x'.repeat(11 * 1024 * 1024));
    expect(answer).toMatchObject({ status: 413, body: errorShape });
  });
});
