import { compilePlaybook, react } from '@stayflow/engine';
import type { Playbook } from '@stayflow/playbook';
import { describe, expect, it } from 'vitest';
import type { AdvanceItem, Reactor, Store } from '../Store.ts';
import { BACKENDS, } from '../contract/backends.ts';
import { eventItem } from './testFixtures.ts';

const welcome: Playbook = {
  schema: 'stayflow/playbook@1',
  id: 'welcome',
  name: 'Welcome',
  nodes: [
    { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
    { id: 'coupon', type: 'action', action: 'issue_coupon', percent: 10, valid_for: 'P7D' },
    { id: 'mail', type: 'action', action: 'send_message', channel: 'email', template: { subject: 'Hi {{customer.name}}', body: 'Use {{coupon.code}}' } },
    { id: 'wait', type: 'wait', for: 'P1D' },
    { id: 'task', type: 'action', action: 'create_task', title: 'Call {{customer.name}}' },
  ],
  edges: [
    { from: 'start', to: 'coupon' },
    { from: 'coupon', to: 'mail' },
    { from: 'mail', to: 'wait' },
    { from: 'wait', to: 'task' },
  ],
};

const T0 = Date.parse('2026-03-01T10:00:00Z');
const compiled = compilePlaybook(welcome, 1);
const reactorAt = (now: number): Reactor => (world, input) => react(world, input, { now, playbooks: [compiled] });

const signedUp = (id: string, customerId: string, at = T0): AdvanceItem => eventItem(id, customerId, 'signed_up', at);

async function advance(store: Store, items: AdvanceItem[], now = T0, external = false) {
  return store.advance(items, reactorAt(now), { now, wallNow: now, deliversExternally: () => external });
}

describe.each(BACKENDS)('store ($name)', (backend) => {
  it('stores an event once and counts the second as a duplicate', async () => {
    const store = await backend.open();
    const first = await advance(store, [signedUp('e1', 'c1'), signedUp('e1', 'c1')]);
    expect(first).toMatchObject({ accepted: 1, duplicates: 1 });
    expect(await store.activity.events({ customerId: 'c1' })).toHaveLength(1);
  });

  it('writes the run, its steps, the coupon, the message and the timer in one go', async () => {
    const store = await backend.open();
    await advance(store, [signedUp('e1', 'c1')]);
    const [run] = await store.activity.runs({ customerId: 'c1', limit: 10 });
    expect(run).toMatchObject({ playbookId: 'welcome', status: 'active', control: false });
    const steps = await store.activity.steps([run!.id]);
    expect(steps.map((s) => [s.node, s.port])).toEqual([
      ['start', 'next'],
      ['coupon', 'next'],
      ['mail', 'next'],
      ['wait', null],
    ]);
    const [coupon] = await store.activity.coupons('c1');
    expect(coupon?.percent).toBe(10);
    const [message] = await store.activity.messages({ customerId: 'c1', limit: 10 });
    expect(message).toMatchObject({ channel: 'email', status: 'logged', sentAt: T0 });
    expect(message?.body).toContain(coupon!.code);
    expect(await store.timers.nextDue()).toBe(T0 + 86_400_000);
  });

  it('fires a timer once, consuming it in the same transaction', async () => {
    const store = await backend.open();
    await advance(store, [signedUp('e1', 'c1')]);
    const later = T0 + 86_400_000;
    const [timer] = await store.timers.due(later, 10);
    const item: AdvanceItem = { customerId: timer!.customerId!, input: { kind: 'timer', timer: timer!.id }, timerId: timer!.id };
    await advance(store, [item], later);
    await advance(store, [item], later);
    expect(await store.timers.nextDue()).toBeUndefined();
    const tasks = await store.activity.tasks({ customerId: 'c1', limit: 10 });
    expect(tasks).toHaveLength(1);
    const [run] = await store.activity.runs({ customerId: 'c1', limit: 10 });
    expect(run).toMatchObject({ status: 'completed', endedAt: later });
    const stats = await store.activity.stats('welcome');
    expect(stats.nodes.wait).toEqual({ entered: 1, ports: { next: 1 } });
    expect(stats.runs).toEqual({ active: 0, completed: 1, exited: 0 });
  });

  it('counts only the runs that entered in a window, with their steps', async () => {
    const store = await backend.open();
    await advance(store, [signedUp('e1', 'c1')], T0);
    const later = T0 + 10 * 86_400_000;
    await advance(store, [signedUp('e2', 'c2', later)], later);
    const all = await store.activity.stats('welcome');
    expect(all.nodes.start).toEqual({ entered: 2, ports: { next: 2 } });
    const recent = await store.activity.stats('welcome', { since: later });
    expect(recent.nodes.start).toEqual({ entered: 1, ports: { next: 1 } });
    expect(recent.runs).toEqual({ active: 1, completed: 0, exited: 0 });
    expect(recent.groups.reduce((sum, group) => sum + group.runs, 0)).toBe(1);
    expect(await store.activity.stats('welcome', { since: later + 1 })).toMatchObject({ nodes: {}, runs: { active: 0, completed: 0, exited: 0 }, groups: [] });
  });

  it('queues messages for channels that deliver outside, and records delivery attempts', async () => {
    const store = await backend.open();
    await advance(store, [signedUp('e1', 'c1')], T0, true);
    const [pending] = await store.outbox.due(T0, 10);
    expect(pending).toMatchObject({ kind: 'message', status: 'pending', attempts: 0 });
    await store.outbox.recordAttempt(pending!.key, { at: T0, ok: false, detail: 'smtp 451', retryAt: T0 + 1000, sentAt: T0 });
    await store.outbox.recordAttempt(pending!.key, { at: T0 + 1000, ok: true, detail: '250 ok', retryAt: null, sentAt: T0 + 5 });
    expect(await store.outbox.get(pending!.key)).toMatchObject({ status: 'delivered', attempts: 2 });
    const [message] = await store.activity.messages({ customerId: 'c1', limit: 1 });
    expect(message).toMatchObject({ status: 'sent', sentAt: T0 + 5 });
    expect(await store.outbox.attempts(pending!.key)).toHaveLength(2);
  });

  it('rolls the whole batch back when a reaction fails', async () => {
    const store = await backend.open();
    const failing: Reactor = (world, input) => {
      if (world.customer.id === 'c2') throw new Error('boom');
      return reactorAt(T0)(world, input);
    };
    await expect(store.advance([signedUp('e1', 'c1'), signedUp('e2', 'c2')], failing, { now: T0, wallNow: T0, deliversExternally: () => false })).rejects.toThrow('boom');
    expect(await store.customers.count()).toBe(0);
    expect(await store.activity.events({})).toHaveLength(0);
  });

  it('keeps playbook drafts and numbered versions', async () => {
    const store = await backend.open();
    expect(await store.playbooks.create('welcome', welcome, T0)).toBe('created');
    expect(await store.playbooks.create('welcome', welcome, T0)).toBe('exists');
    expect(await store.playbooks.publish('welcome', welcome, T0)).toBe(1);
    expect(await store.playbooks.publish('welcome', welcome, T0 + 1)).toBe(2);
    expect((await store.playbooks.live()).map((v) => v.version)).toEqual([2]);
    await store.playbooks.setStatus('welcome', 'paused', T0 + 2);
    expect(await store.playbooks.live()).toEqual([]);
  });

  it('keeps with a version what its publisher acknowledged publishing anyway, and null when nothing was', async () => {
    const store = await backend.open();
    await store.playbooks.create('welcome', welcome, T0);
    const acknowledged = { horizon_days: 30, overlaps: [{ playbook_id: 'win-back', name: 'Win back', customers_in_both: 1060, contacted_by_both: 12 }], same_template: [] };
    expect(await store.playbooks.publish('welcome', welcome, T0, acknowledged)).toBe(1);
    expect(await store.playbooks.publish('welcome', welcome, T0 + 1)).toBe(2);
    expect((await store.playbooks.versions('welcome')).map((v) => [v.version, v.acknowledged])).toEqual([
      [2, null],
      [1, acknowledged],
    ]);
    expect((await store.playbooks.version('welcome', 1))?.acknowledged).toEqual(acknowledged);
  });
});

describe.each(BACKENDS)('store, stored events ($name)', (backend) => {
  it('keeps event properties as JSON that SQL can read', async () => {
    const store = await backend.open();
    const event = { id: 'o1', customerId: 'c1', type: 'order_placed', at: T0, properties: { amount: 42.5 }, receivedAt: T0 };
    await advance(store, [{ customerId: 'c1', input: { kind: 'event', event: { id: 'o1', type: 'order_placed', at: T0, properties: { amount: 42.5 } } }, event }]);
    expect((await store.activity.events({ customerId: 'c1' }))[0]?.properties).toEqual({ amount: 42.5 });
    const counts = await store.activity.retentionCounts(T0 - 1000, T0 + 1000);
    expect(counts).toMatchObject({ buyers: 1, newCustomers: 1, customersWithOrders: 1, totalSpent: 42.5 });
  });
});
