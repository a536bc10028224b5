import { react } from '@stayflow/engine';
import { describe, expect, it } from 'vitest';
import type { Store } from '../Store.ts';
import { BACKENDS, type Backend } from '../contract/backends.ts';

const T0 = Date.parse('2026-03-01T10:00:00Z');

async function withCustomers(backend: Backend, customers: { id: string; attributes?: Record<string, unknown> }[]): Promise<Store> {
  const store = await backend.open();
  await store.advance(
    customers.map((c) => ({ customerId: c.id, input: { kind: 'customer', attributes: c.attributes ?? {} } })),
    (world, input) => react(world, input, { now: T0, playbooks: [] }),
    { now: T0, wallNow: T0, deliversExternally: () => false },
  );
  return store;
}

const ids = async (store: Store, query: string) => (await store.customers.search(query, 10)).map((c) => c.id);

describe.each(BACKENDS)('customer search ($name)', (backend) => {
  it('reads "_" in the query as itself, not as any one character', async () => {
    const store = await withCustomers(backend, [{ id: 'cust_001' }, { id: 'custX001' }, { id: 'cust_002' }]);
    expect(await ids(store, 'cust_001')).toEqual(['cust_001']);
    expect(await ids(store, 't_0')).toEqual(['cust_001', 'cust_002']);
  });

  it('reads "%" in the query as itself, not as any text', async () => {
    const store = await withCustomers(backend, [{ id: 'promo-50%' }, { id: 'promo-500' }, { id: 'promo-5' }]);
    expect(await ids(store, '50%')).toEqual(['promo-50%']);
  });

  it('finds a customer by a value among their attributes', async () => {
    const store = await withCustomers(backend, [
      { id: 'c1', attributes: { name: 'Ana Lima', email: 'ana_lima@example.com' } },
      { id: 'c2', attributes: { name: 'Bo', email: 'analima@example.com' } },
    ]);
    expect(await ids(store, 'Ana Lima')).toEqual(['c1']);
    expect(await ids(store, 'ana_lima@')).toEqual(['c1']);
  });
});
