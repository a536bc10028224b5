import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playbook, startTestServer, T0, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const welcome = playbook('welcome', [
  { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
  { id: 'tag', type: 'action', action: 'add_tag', tag: 'welcomed' },
]);

describe('API contract', () => {
  it('answers health and the OpenAPI document', async () => {
    expect(await server.call('GET', '/api/health')).toEqual({ status: 200, body: { ok: true } });
    const openapi = await server.call('GET', '/api/openapi.json');
    expect(openapi.status).toBe(200);
    expect(Object.keys(openapi.body.paths)).toEqual(expect.arrayContaining(['/api/events', '/api/customers/{id}', '/api/playbooks/{id}/publish', '/api/metrics']));
  });

  it('upserts customers, merging attributes, and answers 404 for unknown ones', async () => {
    const first = await server.call('PUT', '/api/customers/c-1', { attributes: { name: 'Wang Fang', city: 'Shanghai' }, tags: ['vip'] });
    expect(first.status).toBe(200);
    const second = await server.call('PUT', '/api/customers/c-1', { attributes: { city: 'Hangzhou' } });
    expect(second.body).toMatchObject({ id: 'c-1', attributes: { name: 'Wang Fang', city: 'Hangzhou' }, tags: ['vip'], coupons: [], tasks: [] });
    expect(second.body.metrics).toMatchObject({ orders: 0 });
    expect((await server.call('GET', '/api/customers/nobody')).status).toBe(404);
    expect(await server.call('POST', '/api/customers/batch', { customers: [{ id: 'c-2', attributes: {} }, { id: 'c-3', attributes: { name: 'Li' } }] })).toEqual({ status: 200, body: { upserted: 2 } });
  });

  it('accepts the same event id once', async () => {
    const event = { id: 'evt-1', customer_id: 'c-1', type: 'order_placed', properties: { amount: 120 } };
    expect(await server.call('POST', '/api/events', event)).toEqual({ status: 202, body: { accepted: 1, duplicates: 0 } });
    expect(await server.call('POST', '/api/events', { events: [event, { ...event, id: 'evt-2' }] })).toEqual({ status: 202, body: { accepted: 1, duplicates: 1, conflicts: 0, conflict_ids: [] } });
    const customer = await server.call('GET', '/api/customers/c-1');
    expect(customer.body.metrics).toMatchObject({ orders: 2, total_spent: 240, last_order_at: T0 });
  });

  it('explains bad input with a 4xx and never a stack trace', async () => {
    const missing = await server.call('POST', '/api/events', { customer_id: 'c-1' });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({
      error: { code: 'validation_failed', message: '$.type is required.' },
      errors: [{ code: 'schema.required', message: '$.type is required.', path: '$.type' }],
    });
    const badAt = await server.call('POST', '/api/events', { customer_id: 'c-1', type: 'x', at: 'yesterday' });
    expect(badAt.body.error).toMatchObject({ code: 'bad_event' });
    const badNps = await server.call('POST', '/api/events', { events: [{ customer_id: 'c-1', type: 'nps_submitted', properties: { score: 11 } }] });
    expect(badNps.body.error.message).toContain('events[0]');
    const malformed = await fetch(`${server.url}/api/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"customer_id":' });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { code: 'malformed_json' } });
    const text = await fetch(`${server.url}/api/events`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(text.status).toBe(415);
    const huge = await fetch(`${server.url}/api/customers/batch`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"customers":[${'"x",'.repeat(3_000_000)}"x"]}` });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: 'payload_too_large', message: expect.stringContaining('the 10 MB limit') } });
    const unknownRoute = await server.call('GET', '/api/nothing-here');
    expect(unknownRoute).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });

  it('describes schema problems the same way whether the route schema or the handler checks the body', async () => {
    // /api/customers/batch is checked by its route schema, /api/events by its handler.
    const customers = await server.call('POST', '/api/customers/batch', { customers: [{ attributes: {}, colour: 'red' }] });
    const events = await server.call('POST', '/api/events', { events: [{ customer_id: 'c-1', colour: 'red' }] });
    for (const [answer, item, required] of [[customers, '$.customers[0]', 'id'], [events, '$.events[0]', 'type']] as const) {
      expect(answer.status).toBe(400);
      expect(answer.body.error).toEqual({ code: 'validation_failed', message: expect.stringMatching(/ \(and 1 more problem\)$/) });
      expect(answer.body.errors).toHaveLength(2);
      expect(answer.body.errors).toEqual(
        expect.arrayContaining([
          { code: 'schema.unknown_field', message: `${item}.colour is an unknown field; check its spelling.`, path: `${item}.colour` },
          { code: 'schema.required', message: `${item}.${required} is required.`, path: `${item}.${required}` },
        ]),
      );
    }
  });

  it('checks the query and the address of the playbook routes, not only the document', async () => {
    const unknownLocale = await server.call('POST', '/api/playbooks/validate?locale=fr', welcome);
    expect(unknownLocale).toMatchObject({ status: 400, body: { error: { code: 'validation_failed' }, errors: [{ code: 'schema.anyOf', path: '$.locale', message: 'Query parameter "locale" must be one of: "en", "zh-CN".' }] } });
    expect((await server.call('POST', '/api/playbooks?locale=fr', welcome)).status).toBe(400);
    const longId = 'x'.repeat(65);
    // An over-long id in the address is the spec's 414 (v1.1 "Errors everywhere"), with the problem listed as for a 400.
    expect(await server.call('PUT', `/api/playbooks/${longId}`, { ...welcome, id: longId })).toMatchObject({ status: 414, body: { error: { code: 'uri_too_long' }, errors: [{ code: 'schema.maxLength', path: '$.id' }] } });
    const chinese = await server.call('POST', '/api/playbooks/validate?locale=zh-CN', { ...welcome, nodes: [...welcome.nodes, { id: 'orphan', type: 'exit' }] });
    expect(chinese.body.errors[0].message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('validates a playbook without saving it', async () => {
    const broken = { ...welcome, nodes: [...welcome.nodes, { id: 'orphan', type: 'exit' }] };
    const answer = await server.call('POST', '/api/playbooks/validate', broken);
    expect(answer.status).toBe(200);
    expect(answer.body.valid).toBe(false);
    expect(answer.body.errors).toContainEqual(expect.objectContaining({ code: 'graph.unreachable', node: 'orphan', path: '$.nodes[2]' }));
  });

  it('creates drafts, rejects invalid ones with errors naming the node, and refuses a taken id', async () => {
    const twoTriggers = { ...welcome, id: 'two', nodes: [...welcome.nodes, { id: 'again', type: 'trigger', on: 'manual' }] };
    const rejected = await server.call('POST', '/api/playbooks', twoTriggers);
    expect(rejected.status).toBe(400);
    expect(rejected.body.errors).toContainEqual(expect.objectContaining({ code: 'trigger.multiple', node: 'again' }));
    expect((await server.call('POST', '/api/playbooks', welcome)).status).toBe(201);
    expect((await server.call('POST', '/api/playbooks', welcome)).status).toBe(409);
    expect(await server.call('GET', '/api/playbooks/welcome')).toMatchObject({ status: 200, body: { draft: welcome, published_version: null, status: 'draft' } });
  });

  it('keeps work in progress with ?partial=true but will not publish it', async () => {
    const wip = { ...welcome, id: 'wip', nodes: [...welcome.nodes, { id: 'loose', type: 'exit' }] };
    const saved = await server.call('POST', '/api/playbooks?partial=true', wip);
    expect(saved.status).toBe(201);
    expect(saved.body.validation.errors[0]).toMatchObject({ code: 'graph.unreachable', node: 'loose' });
    // The draft's problems have the same shape as a rejected request's `errors`.
    expect(Object.keys(saved.body.validation.errors[0]).sort()).toEqual(['code', 'message', 'node', 'path', 'severity']);
    const publish = await server.call('POST', '/api/playbooks/wip/publish');
    expect(publish.status).toBe(400);
    expect(publish.body.errors[0]).toMatchObject({ code: 'graph.unreachable', node: 'loose', path: '$.nodes[2]' });
  });

  it('publishes numbered versions, pauses and resumes', async () => {
    expect(await server.call('POST', '/api/playbooks/welcome/publish')).toEqual({ status: 200, body: { version: 1, job: null } });
    expect((await server.call('PUT', '/api/playbooks/welcome', { ...welcome, name: 'Welcome v2' })).status).toBe(200);
    expect(await server.call('POST', '/api/playbooks/welcome/publish')).toEqual({ status: 200, body: { version: 2, job: null } });
    expect((await server.call('GET', '/api/playbooks/welcome')).body).toMatchObject({ published_version: 2, status: 'live' });
    const listed = (await server.call('GET', '/api/playbooks')).body.playbooks.find((p: { id: string }) => p.id === 'welcome');
    const versions = (await server.call('GET', '/api/playbooks/welcome/versions')).body.versions;
    expect(listed.published_at).toBe(versions.find((v: { version: number }) => v.version === 2).published_at);
    expect((await server.call('POST', '/api/playbooks/welcome/pause')).status).toBe(200);
    await server.call('POST', '/api/events', { customer_id: 'c-9', type: 'signed_up' });
    expect((await server.call('GET', '/api/customers/c-9')).body.tags).toEqual([]);
    expect((await server.call('POST', '/api/playbooks/welcome/resume')).status).toBe(200);
    await server.call('POST', '/api/events', { customer_id: 'c-10', type: 'signed_up' });
    expect((await server.call('GET', '/api/customers/c-10')).body.tags).toEqual(['welcomed']);
    const stats = await server.call('GET', '/api/playbooks/welcome/stats');
    expect(stats.body).toMatchObject({ nodes: { start: { entered: 1, ports: { next: 1 } }, tag: { entered: 1 } }, runs: { active: 0, completed: 1, exited: 0 }, goal: { converted: 0, rate: 0 } });
    // A window counts the customers who entered in it.
    await server.call('POST', '/api/clock/advance', { by: 'P10D' });
    expect((await server.call('GET', '/api/playbooks/welcome/stats?days=30')).body.runs).toEqual({ active: 0, completed: 1, exited: 0, started: 1, treatment: 1, control: 0 });
    expect((await server.call('GET', '/api/playbooks/welcome/stats?days=7')).body).toMatchObject({ nodes: {}, runs: { active: 0, completed: 0, exited: 0 } });
    const bad = await server.call('GET', '/api/playbooks/welcome/stats?days=0');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('days');
  });

  it('has the testing clock and refuses to turn it back', async () => {
    const before = (await server.call('GET', '/api/clock')).body.now;
    const moved = await server.call('POST', '/api/clock/advance', { by: 'PT2H' });
    expect(moved.body.now).toBe(new Date(Date.parse(before) + 2 * 3_600_000).toISOString());
    expect((await server.call('POST', '/api/clock/advance', { to: before })).status).toBe(400);
    expect((await server.call('POST', '/api/clock/advance', { by: 'two hours' })).status).toBe(400);
  });

  it('answers the retention figures for a window', async () => {
    const metrics = await server.call('GET', '/api/metrics?from=2026-01-01&to=2026-12-31');
    expect(metrics.status).toBe(200);
    expect(metrics.body).toMatchObject({ repurchase_rate: 1, average_clv: 240 });
    expect((await server.call('GET', '/api/metrics?from=soon')).status).toBe(400);
  });

  it('lists segments with member counts', async () => {
    expect((await server.call('PUT', '/api/segments/big_spenders', { if: { '>=': [{ var: 'customer.metrics.total_spent' }, 200] } })).status).toBe(200);
    const bad = await server.call('PUT', '/api/segments/bad', { if: { and: [true, { frobnicate: [1] }] } });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'invalid_segment' }, errors: [{ code: 'logic.unknown_operator', path: '$.if.and[1].frobnicate' }] } });
    expect(bad.body.error.message).toBe(`The rule of segment "bad" is refused: ${bad.body.errors[0].message}`);
    const chinese = await server.call('PUT', '/api/segments/bad?locale=zh-CN', { if: { frobnicate: [1] } });
    expect(chinese.body.errors[0]).toMatchObject({ code: 'logic.unknown_operator', path: '$.if.frobnicate', message: '这个条件使用了未知的运算符 "frobnicate"。请从条件列表中选择。' });
    expect(await server.call('PUT', '/api/segments/bad', { description: 'no rule' })).toMatchObject({ status: 400, body: { errors: [{ code: 'schema.required', path: '$.if' }] } });
    const list = await server.call('GET', '/api/segments');
    expect(list.body.segments).toContainEqual(expect.objectContaining({ name: 'big_spenders', members: 1 }));
    expect(list.body.segments.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['loyal', 'potential', 'at_risk', 'churned']));
  });
});
