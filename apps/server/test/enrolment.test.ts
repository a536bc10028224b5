import { afterEach, describe, expect, it } from 'vitest';
import { playbook, publish, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
afterEach(() => server?.stop());

const callList = (settings?: object) =>
  playbook('call-list', [
    { id: 'start', type: 'trigger', on: 'manual' },
    { id: 'wait', type: 'wait', for: 'P7D' },
  ], settings ? { settings } : {});

describe('enrolling by hand says what happened to each customer', { timeout: 30_000 }, () => {
  it('enrols known customers, skips unknown ones without creating them, and names reentry and exit conditions', async () => {
    server = await startTestServer();
    await publish(server, callList({ exit_when: { has_tag: 'unsubscribed' }, reentry: { mode: 'never' } }));
    await server.call('POST', '/api/customers/batch', { customers: [{ id: 'ana' }, { id: 'bo' }, { id: 'cy', tags: ['unsubscribed'] }] });
    const first = await server.call('POST', '/api/playbooks/call-list/enroll', { customer_ids: ['ana', 'ghost', 'cy', 'ana'] });
    expect(first).toMatchObject({
      status: 202,
      body: { enrolled: 1, enrolled_ids: ['ana'], skipped: [{ customer_id: 'ghost', reason: 'unknown' }, { customer_id: 'cy', reason: 'exit_condition' }] },
    });
    expect((await server.call('GET', '/api/customers/ghost')).status).toBe(404);
    const again = await server.call('POST', '/api/playbooks/call-list/enroll', { customer_ids: ['ana', 'bo'] });
    expect(again.body).toEqual({ enrolled: 1, enrolled_ids: ['bo'], skipped: [{ customer_id: 'ana', reason: 'reentry' }] });
    expect((await server.call('GET', '/api/runs?playbook=call-list')).body.runs).toHaveLength(2);
  });

  it('creates and enrols unknown customers when asked', async () => {
    server = await startTestServer();
    await publish(server, callList());
    const answer = await server.call('POST', '/api/playbooks/call-list/enroll', { customer_ids: ['new-1'], create_missing: true });
    expect(answer.body).toEqual({ enrolled: 1, enrolled_ids: ['new-1'], skipped: [] });
    expect((await server.call('GET', '/api/customers/new-1')).status).toBe(200);
  });

  it('reports the holdout group as skipped: a control run counts them but takes no action', async () => {
    server = await startTestServer();
    await publish(server, callList({ holdout: 50 }));
    const ids = Array.from({ length: 20 }, (_, i) => `c${i}`);
    await server.call('POST', '/api/customers/batch', { customers: ids.map((id) => ({ id })) });
    const answer = await server.call('POST', '/api/playbooks/call-list/enroll', { customer_ids: ids });
    const held = answer.body.skipped.map((s: { customer_id: string; reason: string }) => (expect(s.reason).toBe('holdout'), s.customer_id));
    expect(held.length).toBeGreaterThan(0);
    expect(answer.body.enrolled).toBe(20 - held.length);
    const runs = (await server.call('GET', '/api/runs?limit=100')).body.runs;
    expect(runs.filter((r: { control: boolean }) => r.control).map((r: { customer_id: string }) => r.customer_id).sort()).toEqual([...held].sort());
  });
});
