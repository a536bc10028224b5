import { compilePlaybook, react } from '@stayflow/engine';
import type { Playbook } from '@stayflow/playbook';
import { describe, expect, it } from 'vitest';
import type { AdvanceItem, Store } from '../Store.ts';
import { customerTables, schemaTables } from './customerTables.ts';
import { eraseCustomer } from './eraseCustomer.ts';
import { openSqlite } from './openSqlite.ts';
import { BACKENDS } from '../contract/backends.ts';

const T0 = Date.parse('2026-03-01T10:00:00Z');

const welcome: Playbook = {
  schema: 'stayflow/playbook@1',
  id: 'welcome',
  name: 'Welcome',
  nodes: [
    { id: 'start', type: 'trigger', on: 'event', event: 'order_placed' },
    { id: 'coupon', type: 'action', action: 'issue_coupon', percent: 10, valid_for: 'P7D' },
    { id: 'mail', type: 'action', action: 'send_message', channel: 'email', template: { subject: 'Hi {{customer.name}}', body: 'Use {{coupon.code}}' } },
    { id: 'task', type: 'action', action: 'create_task', title: 'Call {{customer.name}}' },
    { id: 'wait', type: 'wait', for: 'P1D' },
  ],
  edges: [
    { from: 'start', to: 'coupon' },
    { from: 'coupon', to: 'mail' },
    { from: 'mail', to: 'task' },
    { from: 'task', to: 'wait' },
  ],
};
const compiled = compilePlaybook(welcome, 1);

async function seed(store: Store, customerId: string, name: string) {
  const items: AdvanceItem[] = [
    { customerId, input: { kind: 'customer', attributes: { name, email: `${customerId}@example.com` } } },
    {
      customerId,
      input: { kind: 'event', event: { id: `${customerId}-o1`, type: 'order_placed', at: T0, properties: { amount: 20 } } },
      event: { id: `${customerId}-o1`, customerId, type: 'order_placed', at: T0, properties: { amount: 20 }, receivedAt: T0 },
    },
  ];
  await store.advance(items, (world, input) => react(world, input, { now: T0, playbooks: [compiled] }), { now: T0, wallNow: T0, deliversExternally: () => true });
  await store.outbox.recordAttempt(`welcome:${customerId}:1:mail:3`, { at: T0, ok: false, detail: 'HTTP 503', retryAt: T0 + 30_000, sentAt: T0 });
}

describe('customer erasure', () => {
  it('finds every table with a customer_id in the schema, and the tables that hang off runs', () => {
    const tables = customerTables();
    expect(tables.owned.map((t) => t.name)).toEqual(expect.arrayContaining(['events', 'runs', 'messages', 'coupons', 'tasks', 'timers', 'outbox']));
    expect(tables.byRun.map((t) => t.name)).toContain('run_steps');
    expect(tables.byOutboxKey).toEqual([{ table: 'delivery_attempts', column: 'key' }]);
    const withCustomerColumn = schemaTables().filter((t) => t.columns.includes('customer_id'));
    expect(tables.owned).toEqual(withCustomerColumn);
  });

  describe.each(BACKENDS)('on $name', (backend) => {
    it('removes the customer from every table, counts the rows, and leaves the other customer alone', async () => {
      const store = await backend.open();
      await seed(store, 'ana', 'Ana');
      await seed(store, 'bo', 'Bo');
      expect(await store.outbox.attempts('welcome:ana:1:mail:3')).toHaveLength(1);

      const erased = await store.customers.erase('ana');
      expect(erased?.removed).toMatchObject({ customers: 1, events: 1, runs: 1, run_steps: 5, coupons: 1, messages: 1, tasks: 1, timers: 1, outbox: 1, delivery_attempts: 1 });
      expect(erased?.total).toBe(Object.values(erased!.removed).reduce((a, b) => a + b, 0));

      expect(await store.customers.get('ana')).toBeUndefined();
      expect(await store.activity.events({ customerId: 'ana' })).toEqual([]);
      expect(await store.activity.runs({ customerId: 'ana', limit: 10 })).toEqual([]);
      expect(await store.activity.steps(['welcome:ana:1'])).toEqual([]);
      expect(await store.outbox.get('welcome:ana:1:mail:3')).toBeUndefined();
      expect(await store.outbox.attempts('welcome:ana:1:mail:3')).toEqual([]);
      expect(await store.timers.nextDue()).toBe(T0 + 86_400_000);

      const bo = await store.customers.export('bo');
      expect(bo).toMatchObject({ customer: { id: 'bo' }, events: [{ id: 'bo-o1' }], runs: [{ id: 'welcome:bo:1' }], coupons: [{}], tasks: [{}], timers: [{}] });
      expect(bo!.runs[0]!.steps).toHaveLength(5);
      expect(bo!.deliveries).toEqual([expect.objectContaining({ key: 'welcome:bo:1:mail:3', attemptLog: [{ at: T0, ok: false, detail: 'HTTP 503' }] })]);
      expect(await store.customers.erase('ana')).toBeUndefined();
    });

    it('does not let a timer of an erased customer bring them back', async () => {
      const store = await backend.open();
      await seed(store, 'ana', 'Ana');
      const [timer] = await store.timers.due(T0 + 86_400_000, 10);
      await store.customers.erase('ana');
      const outcome = await store.advance(
        [{ customerId: 'ana', input: { kind: 'timer', timer: timer!.id }, timerId: timer!.id }],
        (world, input) => react(world, input, { now: T0 + 86_400_000, playbooks: [compiled] }),
        { now: T0 + 86_400_000, wallNow: T0, deliversExternally: () => true },
      );
      expect(outcome).toMatchObject({ accepted: 0, applied: [false] });
      expect(await store.customers.get('ana')).toBeUndefined();
    });
  });

  it('takes the customer out of the search index\'s pages, not only out of its answers', () => {
    const db = openSqlite(':memory:');
    const client = db.$client;
    const insert = client.prepare(`INSERT INTO customers (id, attributes, tags, world, segments, created_at, updated_at) VALUES (?, ?, '[]', '{}', '[]', 0, 0)`);
    for (let i = 0; i < 50; i++) insert.run(`c${i}`, JSON.stringify({ name: `Person ${i}` }));
    insert.run('ana', JSON.stringify({ name: 'Qwzxvbn Kjhgfd' }));
    const pages = () => client.prepare('SELECT block FROM customers_search_data').pluck().all() as Buffer[];
    const holds = (text: string) => pages().some((block) => block.includes(Buffer.from(text)));
    expect(holds('qwz')).toBe(true);
    eraseCustomer(db, 'ana');
    // Trigrams are stored lower-case, one term each: none of the erased name's is left (a tombstone would keep them all).
    for (const trigram of ['qwz', 'wzx', 'zxv', 'kjh', 'hgf']) expect(holds(trigram)).toBe(false);
    expect(client.prepare(`SELECT count(*) FROM customers_search WHERE customers_search MATCH '"qwz"'`).pluck().get()).toBe(0);
  });

  it('also cleans a table added later, as long as it has a customer_id column', async () => {
    const db = openSqlite(':memory:');
    db.$client.exec('CREATE TABLE loyalty_points (customer_id TEXT NOT NULL, points INTEGER NOT NULL)');
    db.$client.exec(`INSERT INTO loyalty_points VALUES ('ana', 10), ('ana', 5), ('bo', 7)`);
    const tables = customerTables([...schemaTables(), { name: 'loyalty_points', columns: ['customer_id', 'points'], key: ['customer_id', 'points'] }]);
    expect(eraseCustomer(db, 'ana', tables)).toMatchObject({ removed: { loyalty_points: 2 }, total: 2 });
    expect(db.$client.prepare('SELECT customer_id, points FROM loyalty_points').all()).toEqual([{ customer_id: 'bo', points: 7 }]);
  });
});
