import { afterEach, describe, expect, it } from 'vitest';
import { playbook, publish, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
afterEach(() => server?.stop());

const send = (customer: string, type: string, properties: Record<string, unknown> = {}) => server.call('POST', '/api/events', { customer_id: customer, type, properties });
const metrics = async () => (await server.call('GET', '/api/metrics?from=2026-01-01T00:00:00Z&to=2026-06-01T00:00:00Z')).body;
const stats = async () => (await server.call('GET', '/api/playbooks/nurture/stats')).body;
const runs = async (playbookId = 'nurture') => (await server.call('GET', `/api/runs?playbook=${playbookId}&limit=100`)).body.runs;
const messages = async () => (await server.call('GET', '/api/messages?playbook=nurture&limit=100')).body.messages;

describe('data retention with the testing clock', () => {
  it('prunes events, finished runs and messages after their periods, leaving metrics and stats as they were', async () => {
    server = await startTestServer();
    await publish(server, playbook('nurture', [
      { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
      { id: 'split', type: 'split', variants: [{ port: 'a', weight: 50 }, { port: 'b', weight: 50 }] },
      { id: 'wait', type: 'wait', for: 'P2D' },
      { id: 'hello', type: 'action', action: 'send_message', channel: 'inbox', template: { body: 'Hello' } },
    ], {
      edges: [
        { from: 'start', to: 'split' },
        { from: 'split', port: 'a', to: 'wait' },
        { from: 'split', port: 'b', to: 'hello' },
        { from: 'wait', to: 'hello' },
      ],
      settings: { holdout: 20, goal: { event: 'order_placed', within: 'P30D' } },
    }));
    await publish(server, playbook('keeper', [
      { id: 'start', type: 'trigger', on: 'event', event: 'visited' },
      { id: 'wait', type: 'wait', for: 'P3650D' },
    ]));
    for (let i = 0; i < 12; i++) {
      await send(`c${i}`, 'signed_up');
      if (i % 2 === 0) await send(`c${i}`, 'order_placed', { amount: 20 + i, currency: 'USD' });
      if (i % 3 === 0) await send(`c${i}`, 'nps_submitted', { score: i % 11 });
    }
    await server.advance('P3D');
    // A second order for some, later: retention and repeat purchases have something to count.
    for (let i = 0; i < 12; i += 4) await send(`c${i}`, 'order_placed', { amount: 5 });
    await send('stays', 'visited');

    const metricsBefore = await metrics();
    const statsBefore = await stats();
    expect(metricsBefore.counts).toMatchObject({ customers_with_orders: 6, nps_responses: 4, repeat_buyers: 3 });
    expect(statsBefore.runs).toMatchObject({ completed: 12, active: 0 });
    // The holdout group (20%) walks the graph but is sent nothing.
    const sent = (await messages()).length;
    expect(sent).toBeGreaterThan(0);
    const store = server.service.store;
    expect(await store.activity.events({})).toHaveLength(12 + 6 + 4 + 3 + 1);

    // Day 33: pruning has run, but nothing is past its period yet.
    await server.advance('P30D');
    expect(await store.activity.events({})).toHaveLength(26);
    // Day 93: the events of day 0 are past their 90 days; those of day 3 are not. Runs stay a year.
    await server.advance('P60D');
    expect(await store.activity.events({})).toHaveLength(4);
    expect(await runs()).toHaveLength(12);
    expect(await messages()).toHaveLength(sent);

    // Day 393: the runs ended over 365 days ago; they and their messages go. An active run, however old, stays.
    await server.advance('P300D');
    expect(await store.activity.events({})).toEqual([]);
    expect(await runs()).toEqual([]);
    expect(await messages()).toEqual([]);
    expect(await runs('keeper')).toEqual([expect.objectContaining({ customer: 'stays', status: 'active' })]);

    expect(await metrics()).toEqual(metricsBefore);
    expect(await stats()).toEqual(statsBefore);
  });

  it('keeps everything when told to keep it forever', async () => {
    server = await startTestServer({ retention: { eventsDays: null, runsDays: 30, messagesDays: null, outboxDays: null, auditDays: null } });
    await publish(server, playbook('nurture', [
      { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
      { id: 'hello', type: 'action', action: 'send_message', channel: 'inbox', template: { body: 'Hello' } },
    ]));
    await send('c1', 'signed_up');
    await server.advance('P3650D');
    expect(await server.service.store.activity.events({})).toHaveLength(1);
    expect(await messages()).toHaveLength(1);
    // Runs had 30 days.
    expect(await runs()).toEqual([]);
    expect((await stats()).runs).toMatchObject({ completed: 1 });
  });
});
