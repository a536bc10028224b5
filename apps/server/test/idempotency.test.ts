import { afterEach, describe, expect, it } from 'vitest';
import { playbook, startTestServer, type Json, type TestServer } from './harness.ts';

let server: TestServer;
afterEach(() => server?.stop());

/** A write with an Idempotency-Key (the harness's `call` sends no headers of its own). */
async function write(method: string, path: string, body: unknown, key: string): Promise<{ status: number; body: Json; replayed: boolean }> {
  const response = await fetch(server.url + path, { method, headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, replayed: response.headers.get('idempotent-replayed') === 'true' };
}

const draft = playbook('retried', [{ id: 'start', type: 'trigger', on: 'manual' }]);

describe('Idempotency-Key makes writes safe to retry', { timeout: 30_000 }, () => {
  it('replays the first answer to a retry instead of doing the write again', async () => {
    server = await startTestServer();
    const first = await write('POST', '/api/playbooks', draft, 'key-1');
    expect(first).toMatchObject({ status: 201, replayed: false, body: { id: 'retried' } });
    const retry = await write('POST', '/api/playbooks', draft, 'key-1');
    expect(retry).toEqual({ ...first, replayed: true });
    // The audit log records the one write, not the replay.
    expect((await server.call('GET', '/api/audit?object_id=retried')).body.items.map((row: Json) => row.action)).toEqual(['playbook.create']);
    // Without the key, the same request is a second create: refused as the id is taken.
    expect((await server.call('POST', '/api/playbooks', draft)).status).toBe(409);
    // Another caller's failure is kept as well: a retry of a refused request is refused the same way.
    const refused = await write('POST', '/api/customers/batch', { customers: [{ id: '' }] }, 'key-2');
    expect(refused.status).toBe(400);
  });

  it('refuses the same key with another request, and frees it after 24 hours', async () => {
    server = await startTestServer();
    expect((await write('POST', '/api/customers/batch', { customers: [{ id: 'ana' }] }, 'key-1')).status).toBe(200);
    const other = await write('POST', '/api/customers/batch', { customers: [{ id: 'bo' }] }, 'key-1');
    expect(other).toMatchObject({ status: 422, body: { error: { code: 'idempotency_key_reused' } } });
    expect((await server.call('GET', '/api/customers/bo')).status).toBe(404);
    await server.advance('PT24H1S');
    expect(await write('POST', '/api/customers/batch', { customers: [{ id: 'bo' }] }, 'key-1')).toMatchObject({ status: 200, replayed: false });
  });

  it('runs concurrent retries once: the others get the answer or are told to wait', async () => {
    server = await startTestServer();
    const answers = await Promise.all(Array.from({ length: 6 }, () => write('POST', '/api/playbooks', draft, 'key-c')));
    expect(answers.filter((a) => a.status === 201 && !a.replayed)).toHaveLength(1);
    for (const answer of answers) {
      if (answer.status === 409) expect(answer.body.error.code).toBe('idempotency_key_in_use');
      else expect(answer).toMatchObject({ status: 201, body: { id: 'retried' } });
    }
    expect((await server.call('GET', '/api/playbooks')).body.playbooks.map((p: Json) => p.id)).toEqual(['retried']);
  });

  it('refuses a malformed key, naming the header', async () => {
    server = await startTestServer();
    const answer = await write('POST', '/api/customers/batch', { customers: [] }, 'k'.repeat(256));
    expect(answer).toMatchObject({ status: 400, body: { error: { code: 'validation_failed' } } });
    expect(answer.body.error.message).toContain('Idempotency-Key');
  });
});
