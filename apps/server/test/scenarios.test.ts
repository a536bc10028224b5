import { afterEach, describe, expect, it } from 'vitest';
import { playbook, publish, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
afterEach(() => server?.stop());

const send = (customer: string, type: string, properties: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
  server.call('POST', '/api/events', { customer_id: customer, type, properties, ...extra });
const customer = async (id: string) => (await server.call('GET', `/api/customers/${id}`)).body;
const messages = async (id: string) => (await server.call('GET', `/api/messages?customer=${id}`)).body.messages;
const stats = async (id: string) => (await server.call('GET', `/api/playbooks/${id}/stats`)).body;

describe('runs through the API with the testing clock', () => {
  it('waits across days, then acts', async () => {
    server = await startTestServer();
    await publish(server, playbook('follow-up', [
      { id: 'start', type: 'trigger', on: 'event', event: 'order_placed' },
      { id: 'wait', type: 'wait', for: 'P3D' },
      { id: 'thanks', type: 'action', action: 'send_message', channel: 'inbox', template: { body: 'Thanks for order {{event.properties.order_id}}' } },
    ]));
    await send('c1', 'order_placed', { amount: 50, order_id: 'A-1' });
    await server.advance('P2D');
    expect(await messages('c1')).toEqual([]);
    await server.advance('P1D');
    const [message] = await messages('c1');
    expect(message).toMatchObject({ channel: 'inbox', body: 'Thanks for order A-1', playbook: 'follow-up', node: 'thanks', at: '2026-03-05T08:00:00.000Z' });
    const runs = (await server.call('GET', '/api/runs?customer=c1')).body.runs;
    expect(runs[0].steps.map((s: { node: string }) => s.node)).toEqual(['start', 'wait', 'thanks']);
    expect(runs[0].status).toBe('completed');
  });

  it('defers a message due in quiet hours to their end, never dropping it', async () => {
    server = await startTestServer({ clockStart: '2026-03-02T22:30:00Z' });
    await publish(server, playbook('late', [
      { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
      { id: 'hello', type: 'action', action: 'send_message', channel: 'sms', template: { body: 'Welcome!' } },
    ], { settings: { quiet_hours: { start: '22:00', end: '08:00' } } }));
    await send('c1', 'signed_up');
    expect(await messages('c1')).toEqual([]);
    await server.advance('PT10H');
    expect((await messages('c1')).map((m: { at: string }) => m.at)).toEqual(['2026-03-03T08:00:00.000Z']);
  });

  it('caps messages across playbooks and sends the deferred one when the window allows', async () => {
    server = await startTestServer();
    const settings = { frequency_cap: { max: 1, per: 'P1D' } };
    for (const id of ['first', 'second']) {
      await publish(server, playbook(id, [
        { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
        { id: 'say', type: 'action', action: 'send_message', channel: 'inbox', template: { body: `from ${id}` } },
      ], { settings }));
    }
    await send('c1', 'signed_up');
    expect(await messages('c1')).toHaveLength(1);
    await server.advance('P1D');
    const log = await messages('c1');
    expect(log).toHaveLength(2);
    expect(Date.parse(log[0].at) - Date.parse(log[1].at)).toBe(86_400_000);
  });

  it('ends a run at once when the goal is reached mid-wait, and counts the conversion', async () => {
    server = await startTestServer();
    await publish(server, playbook('nudge', [
      { id: 'start', type: 'trigger', on: 'event', event: 'cart_abandoned' },
      { id: 'wait', type: 'wait', for: 'P2D' },
      { id: 'remind', type: 'action', action: 'send_message', channel: 'email', template: { subject: 'Still thinking?', body: 'Your cart is waiting.' } },
    ], { settings: { goal: { event: 'order_placed', within: 'P7D', exit: true } } }));
    await send('c1', 'cart_abandoned');
    await send('c2', 'cart_abandoned');
    await server.advance('P1D');
    await send('c1', 'order_placed', { amount: 10 });
    await server.advance('P2D');
    expect(await messages('c1')).toEqual([]);
    expect(await messages('c2')).toHaveLength(1);
    expect(await stats('nudge')).toMatchObject({ runs: { completed: 1, exited: 1, active: 0 }, goal: { converted: 1, rate: 0.5 } });
    const [run] = (await server.call('GET', '/api/runs?customer=c1')).body.runs;
    expect(run).toMatchObject({ status: 'exited', exit_reason: 'goal', converted_at: '2026-03-03T08:00:00.000Z' });
  });

  it('keeps a holdout group that walks the graph but receives nothing, and compares conversion', async () => {
    server = await startTestServer();
    await publish(server, playbook('care', [
      { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
      { id: 'coupon', type: 'action', action: 'issue_coupon', percent: 10, valid_for: 'P7D' },
    ], { settings: { holdout: 50, goal: { event: 'order_placed', within: 'P7D' } } }));
    const ids = Array.from({ length: 40 }, (_, i) => `h${i}`);
    await server.call('POST', '/api/events', { events: ids.map((id) => ({ customer_id: id, type: 'signed_up' })) });
    const runs = (await server.call('GET', '/api/runs?playbook=care&limit=100')).body.runs;
    const control = runs.filter((r: { control: boolean }) => r.control);
    expect(control.length).toBeGreaterThan(5);
    expect(control.length).toBeLessThan(35);
    for (const run of runs) {
      const coupons = (await customer(run.customer)).coupons;
      expect(coupons).toHaveLength(run.control ? 0 : 1);
      expect(run.steps.map((s: { node: string }) => s.node)).toEqual(['start', 'coupon']);
    }
    const treated = runs.find((r: { control: boolean }) => !r.control).customer;
    await send(treated, 'order_placed', { amount: 5 });
    const figures = await stats('care');
    expect(figures.goal.converted).toBe(1);
    expect(figures.goal.treatment_rate).toBeCloseTo(1 / (40 - control.length));
    expect(figures.goal.control_rate).toBe(0);
  });

  it('honours reentry: never, and after exit with a cooldown', async () => {
    server = await startTestServer();
    const steps = [
      { id: 'start', type: 'trigger', on: 'event', event: 'visit' },
      { id: 'tag', type: 'action', action: 'add_tag', tag: 'seen' },
    ];
    await publish(server, playbook('once', steps, { settings: { reentry: { mode: 'never' } } }));
    await publish(server, playbook('weekly', steps, { settings: { reentry: { mode: 'after_exit', cooldown: 'P7D' } } }));
    await send('c1', 'visit');
    await server.advance('P1D');
    await send('c1', 'visit');
    await server.advance('P7D');
    await send('c1', 'visit');
    expect((await stats('once')).runs.completed).toBe(1);
    expect((await stats('weekly')).runs.completed).toBe(2);
  });

  it('enrols customers matching a segment trigger on publish, and later those who go quiet', async () => {
    server = await startTestServer();
    const day = 86_400_000;
    const now = Date.parse('2026-03-02T08:00:00Z');
    await server.call('POST', '/api/events', {
      events: [
        { customer_id: 'old', type: 'order_placed', at: new Date(now - 100 * day).toISOString(), properties: { amount: 20 } },
        { customer_id: 'recent', type: 'order_placed', at: new Date(now - 80 * day).toISOString(), properties: { amount: 20 } },
      ],
    });
    await publish(server, playbook('quiet-90', [
      { id: 'start', type: 'trigger', on: 'segment', if: { '>': [{ var: 'customer.metrics.days_since_last_order' }, 90] } },
      { id: 'tag', type: 'action', action: 'add_tag', tag: 'silent' },
    ]));
    expect((await customer('old')).tags).toEqual(['silent']);
    expect((await customer('recent')).tags).toEqual([]);
    await server.advance('P11D');
    expect((await customer('recent')).tags).toEqual(['silent']);
    expect((await stats('quiet-90')).runs.completed).toBe(2);
  });

  it('history older than 72 hours feeds metrics but starts nothing', async () => {
    server = await startTestServer();
    await publish(server, playbook('thanks', [
      { id: 'start', type: 'trigger', on: 'event', event: 'order_placed' },
      { id: 'tag', type: 'action', action: 'add_tag', tag: 'thanked' },
    ]));
    await send('c1', 'order_placed', { amount: 30 }, { at: '2025-01-01T00:00:00Z' });
    const c1 = await customer('c1');
    expect(c1.metrics.orders).toBe(1);
    expect(c1.tags).toEqual([]);
  });

  it('fires a birthday at 09:00 in the customer’s time zone', async () => {
    server = await startTestServer({ clockStart: '2026-03-02T00:00:00Z' });
    await server.call('PUT', '/api/customers/c1', { attributes: { name: 'Mei', birthday: '1990-03-04', timezone: 'Asia/Shanghai' } });
    await publish(server, playbook('birthday', [
      { id: 'start', type: 'trigger', on: 'date', attribute: 'birthday', yearly: true, at: '09:00' },
      { id: 'wish', type: 'action', action: 'send_message', channel: 'inbox', template: { body: 'Happy birthday, {{customer.name}}!' } },
    ]));
    await server.advance('P3D');
    const [message] = await messages('c1');
    expect(message).toMatchObject({ body: 'Happy birthday, Mei!', at: '2026-03-04T01:00:00.000Z' });
  });

  it('runs a schedule for its audience', async () => {
    server = await startTestServer({ clockStart: '2026-03-02T00:00:00Z' });
    await server.call('PUT', '/api/customers/vip', { attributes: {}, tags: ['vip'] });
    await server.call('PUT', '/api/customers/plain', { attributes: {} });
    await publish(server, playbook('member-day', [
      { id: 'start', type: 'trigger', on: 'schedule', cron: '0 10 8 * *', audience: { has_tag: 'vip' } },
      { id: 'gift', type: 'action', action: 'issue_coupon', amount: 20, currency: 'CNY', valid_for: 'P3D' },
    ], { settings: { timezone: 'Asia/Shanghai' } }));
    await server.advance('P7D');
    expect((await customer('vip')).coupons).toEqual([expect.objectContaining({ amount: 20, currency: 'CNY', issued_at: '2026-03-08T02:00:00.000Z' })]);
    expect((await customer('plain')).coupons).toEqual([]);
  });

  it('waits for an event or times out, and splits customers into stable variants', async () => {
    server = await startTestServer();
    await publish(server, playbook(
      'ab',
      [
        { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
        { id: 'split', type: 'split', variants: [{ port: 'a', weight: 50 }, { port: 'b', weight: 50 }] },
        { id: 'wait_a', type: 'wait_event', event: 'activated', timeout: 'P2D' },
        { id: 'wait_b', type: 'wait_event', event: 'activated', timeout: 'P2D' },
        { id: 'nudge', type: 'action', action: 'create_task', title: 'Call {{customer.id}}' },
      ],
      {
        edges: [
          { from: 'start', to: 'split' },
          { from: 'split', to: 'wait_a', port: 'a' },
          { from: 'split', to: 'wait_b', port: 'b' },
          { from: 'wait_a', to: 'nudge', port: 'timeout' },
          { from: 'wait_b', to: 'nudge', port: 'timeout' },
        ],
      },
    ));
    const ids = Array.from({ length: 20 }, (_, i) => `s${i}`);
    await server.call('POST', '/api/events', { events: ids.map((id) => ({ customer_id: id, type: 'signed_up' })) });
    await send('s0', 'activated');
    await server.advance('P2D');
    const figures = await stats('ab');
    expect(figures.nodes.split.entered).toBe(20);
    expect(figures.nodes.split.ports.a + figures.nodes.split.ports.b).toBe(20);
    expect(figures.nodes.nudge.entered).toBe(19);
    expect(Object.keys(figures.variants).sort()).toEqual(['a', 'b']);
    expect((await customer('s0')).tasks).toEqual([]);
    expect((await customer('s1')).tasks).toEqual([expect.objectContaining({ title: 'Call s1', status: 'open' })]);
  });

  it('enrols customers by hand into a manual playbook', async () => {
    server = await startTestServer();
    await publish(server, playbook('call-list', [
      { id: 'start', type: 'trigger', on: 'manual' },
      { id: 'task', type: 'action', action: 'create_task', title: 'Welcome call', assignee: 'success-team', due_in: 'P1D' },
    ]));
    await server.call('POST', '/api/customers/batch', { customers: [{ id: 'm1' }] });
    // m2 is not stored: it is created only when asked.
    expect((await server.call('POST', '/api/playbooks/call-list/enroll', { customer_ids: ['m1', 'm2'] })).body).toMatchObject({ enrolled: 1, skipped: [{ customer_id: 'm2', reason: 'unknown' }] });
    expect((await server.call('POST', '/api/playbooks/call-list/enroll', { customer_ids: ['m2'], create_missing: true })).status).toBe(202);
    expect((await customer('m2')).tasks).toEqual([expect.objectContaining({ title: 'Welcome call', due_at: '2026-03-03T08:00:00.000Z' })]);
  });
});

describe('restarts', () => {
  it('keeps the testing clock and the waits across a restart', async () => {
    server = await startTestServer();
    await publish(server, playbook('later', [
      { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
      { id: 'wait', type: 'wait', for: 'P1D' },
      { id: 'tag', type: 'action', action: 'add_tag', tag: 'day-two' },
    ]));
    await send('c1', 'signed_up');
    await server.advance('PT12H');
    const { dataDir } = server;
    await server.stop();
    server = await startTestServer({ dataDir, clockStart: '2030-01-01T00:00:00Z' });
    expect((await server.call('GET', '/api/clock')).body.now).toBe('2026-03-02T20:00:00.000Z');
    await server.advance('PT12H');
    expect((await customer('c1')).tags).toEqual(['day-two']);
  });
});
