import { afterEach, describe, expect, it } from 'vitest';
import { playbook, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
afterEach(() => server?.stop());

const winBack = playbook(
  'win-back-test',
  [
    { id: 'start', type: 'trigger', on: 'segment', if: { '>': [{ var: 'customer.metrics.days_since_last_order' }, 90] } },
    { id: 'coupon', type: 'action', action: 'issue_coupon', percent: 15, valid_for: 'P14D' },
    { id: 'mail', type: 'action', action: 'send_message', channel: 'email', template: { subject: 'We miss you, {{customer.name}}', body: 'Code {{coupon.code}}' } },
    { id: 'wait', type: 'wait_event', event: 'order_placed', timeout: 'P14D' },
    { id: 'call', type: 'action', action: 'create_task', title: 'Call {{customer.name}}' },
  ],
  {
    edges: [
      { from: 'start', to: 'coupon' },
      { from: 'coupon', to: 'mail' },
      { from: 'mail', to: 'wait' },
      { from: 'wait', to: 'call', port: 'timeout' },
    ],
  },
);

describe('test runs', () => {
  it('lets a sample profile have a past: orders, days since the last one, spend and an NPS answer feed its metrics', async () => {
    server = await startTestServer();
    await server.call('POST', '/api/playbooks?partial=true', winBack);
    const quiet = { attributes: { name: 'Sam', currency: 'CNY' }, history: { orders: 3, days_since_last_order: 120, total_spent: 450, nps: 4 } };
    const entered = await server.call('POST', '/api/playbooks/win-back-test/test', { customer: quiet });
    expect(entered.body).toMatchObject({ entered: true });
    const recent = await server.call('POST', '/api/playbooks/win-back-test/test', { customer: { ...quiet, history: { ...quiet.history, days_since_last_order: 20 } } });
    expect(recent.body).toMatchObject({ entered: false, reason_code: 'segment' });
    // The spend is shared over the orders: a rule on it sees the total.
    const bigSpender = { ...winBack, nodes: [{ id: 'start', type: 'trigger', on: 'segment', if: { and: [{ '>=': [{ var: 'customer.metrics.total_spent' }, 450] }, { '==': [{ var: 'customer.metrics.orders' }, 3] }, { '<=': [{ var: 'customer.metrics.last_nps' }, 6] }] } }, ...winBack.nodes.slice(1)] };
    expect((await server.call('POST', '/api/playbooks/win-back-test/test', { document: bigSpender, customer: quiet })).body).toMatchObject({ entered: true });
    const noOrders = await server.call('POST', '/api/playbooks/win-back-test/test', { customer: { history: { days_since_last_order: 5 } } });
    expect(noOrders).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
    expect(noOrders.body.error.message).toContain('no orders');
    await server.call('PUT', '/api/customers/real', { attributes: { name: 'Real' } });
    const stored = await server.call('POST', '/api/playbooks/win-back-test/test', { customer_id: 'real', customer: { history: { orders: 1 } } });
    expect(stored).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
  });

  it('shows the path a stored customer would take, and what they would receive, without storing anything', async () => {
    server = await startTestServer();
    await server.call('PUT', '/api/customers/quiet', { attributes: { name: 'Zhang Wei' } });
    await server.call('POST', '/api/events', { customer_id: 'quiet', type: 'order_placed', at: '2025-10-01T00:00:00Z', properties: { amount: 99 } });
    await server.call('POST', '/api/playbooks?partial=true', winBack);
    const answer = await server.call('POST', '/api/playbooks/win-back-test/test', { customer_id: 'quiet', days: 30 });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ entered: true, status: 'completed' });
    expect(answer.body.path.nodes).toEqual(['start', 'coupon', 'mail', 'wait', 'call']);
    expect(answer.body.path.edges).toContainEqual({ from: 'wait', to: 'call', port: 'timeout' });
    expect(answer.body.messages[0]).toMatchObject({ channel: 'email', subject: 'We miss you, Zhang Wei' });
    expect(answer.body.tasks).toHaveLength(1);
    expect((await server.call('GET', '/api/customers/quiet')).body.coupons).toEqual([]);
  });

  it('takes the event branch when a test event arrives, and explains when a sample customer would not enter', async () => {
    server = await startTestServer();
    await server.call('POST', '/api/playbooks?partial=true', winBack);
    const sample = { attributes: { name: 'Sam' } };
    const notEntered = await server.call('POST', '/api/playbooks/win-back-test/test', { customer: sample });
    expect(notEntered.body).toMatchObject({ entered: false, status: 'not_entered' });
    expect(notEntered.body.reason).toContain('entry condition');
    expect(notEntered.body.reason_code).toBe('segment');
    // A customer who already meets the stop-early rule is told so.
    const manual = { ...winBack, nodes: [{ id: 'start', type: 'trigger', on: 'manual' }, ...winBack.nodes.slice(1)], settings: { exit_when: { has_tag: 'unsubscribed' } } };
    const unsubscribed = await server.call('POST', '/api/playbooks/win-back-test/test', { document: manual, customer: { ...sample, tags: ['unsubscribed'] } });
    expect(unsubscribed.body).toMatchObject({ entered: false, reason_code: 'exit_when', messages: [] });
    expect(unsubscribed.body.reason).toContain('exit_when');
    const eventTrigger = { ...winBack, nodes: [{ id: 'start', type: 'trigger', on: 'event', event: 'cart_abandoned' }, ...winBack.nodes.slice(1)] };
    const withOrder = await server.call('POST', '/api/playbooks/win-back-test/test', { document: eventTrigger, customer: sample, events: [{ type: 'order_placed', after: 'P2D', properties: { amount: 5 } }] });
    expect(withOrder.body).toMatchObject({ entered: true, simulated_trigger_event: 'cart_abandoned', tasks: [] });
    expect(withOrder.body.steps.find((s: { node: string }) => s.node === 'wait').port).toBe('event');
  });

  it('refuses to test an invalid playbook, naming the problem', async () => {
    server = await startTestServer();
    const broken = { ...winBack, nodes: [...winBack.nodes, { id: 'loose', type: 'exit' }] };
    await server.call('POST', '/api/playbooks?partial=true', broken);
    const answer = await server.call('POST', '/api/playbooks/win-back-test/test', { customer: {} });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0]).toMatchObject({ code: 'graph.unreachable', node: 'loose' });
  });
});
