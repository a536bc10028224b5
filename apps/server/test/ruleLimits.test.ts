import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playbook, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const upTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
/** Four nested maps over 100-element lists: 10^8 evaluations, seconds of a blocked server. */
const fourMaps = { map: [upTo(100), { map: [upTo(100), { map: [upTo(100), { map: [upTo(100), { var: '' }] }] }] }] };

describe('segment rules with a bounded cost', () => {
  it('refuses a segment rule too costly to evaluate with a 400 naming the segment, in each language', async () => {
    const refused = await server.call('PUT', '/api/segments/heavy', { if: { and: [true, fourMaps] } });
    expect(refused).toMatchObject({ status: 400, body: { error: { code: 'invalid_segment' }, errors: [{ code: 'logic.too_costly' }] } });
    expect(refused.body.errors[0].path.startsWith('$.if.and[1]')).toBe(true);
    expect(refused.body.error.message).toMatch(/^The rule of segment "heavy" is refused: This condition could need about \d+ operations to evaluate, more than the limit of 15000\./);
    const chinese = await server.call('PUT', '/api/segments/heavy?locale=zh-CN', { if: fourMaps });
    expect(chinese.body.error.message).toMatch(/^分群 "heavy" 的规则未被接受：这个条件求值可能需要约 \d+ 次运算/);
    const doubling = await server.call('PUT', '/api/segments/heavy', { if: { reduce: [upTo(30), { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, 'x'] } });
    expect(doubling).toMatchObject({ status: 400, body: { errors: [{ code: 'logic.too_costly', path: '$.if.reduce[1]' }] } });
    expect((await server.call('GET', '/api/segments')).body.segments.map((s: { name: string }) => s.name)).not.toContain('heavy');
  });

  it('keeps answering quickly when a stored rule meets a list far longer than assumed', async () => {
    // Accepted: a list read from the data is assumed to hold at most 1,000 items.
    const rule = { some: [{ var: 'customer.visits' }, { '>': [{ var: 'pages' }, 100] }] };
    expect((await server.call('PUT', '/api/segments/heavy_browser', { if: rule })).status).toBe(200);
    const visits = upTo(100_000).map(() => ({ pages: 1 }));
    expect((await server.call('PUT', '/api/customers/c-long', { attributes: { visits } })).status).toBe(200);
    const customer = await server.call('GET', '/api/customers/c-long');
    expect(customer.status).toBe(200);
    // Stopped by the operation counter: counted as not matching.
    expect(customer.body.segments).not.toContain('heavy_browser');
  });
});

describe('rules published before a cost limit was tightened', () => {
  it('still load and run, bounded by the evaluation budget', async () => {
    const heavy = playbook('heavy-where', [
      { id: 'start', type: 'trigger', on: 'event', event: 'visit', where: { some: [upTo(1000), { some: [upTo(1000), { '==': [{ var: '' }, -1] }] }] } },
      { id: 'tag', type: 'action', action: 'add_tag', tag: 'visited' },
    ]);
    // Stored directly, as an older release would have published it: today's validator refuses it.
    const { store } = server.service;
    await store.playbooks.create(heavy.id, heavy, 0);
    await store.playbooks.publish(heavy.id, heavy, 0);
    // Any catalog change reloads every stored version.
    expect((await server.call('PUT', '/api/segments/reload', { if: true })).status).toBe(200);
    expect((await server.call('GET', '/api/playbooks/heavy-where')).body).toMatchObject({ status: 'live', published_version: 1 });
    expect((await server.call('POST', '/api/events', { customer_id: 'c-old', type: 'visit' })).status).toBe(202);
    expect((await server.call('GET', '/api/customers/c-old')).body.tags).not.toContain('visited');
  });
});
