import type { Effect } from '@stayflow/engine';
import { openSqliteStore, type Store } from '@stayflow/store';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { delivered, type ChannelAdapter } from './ChannelAdapter.ts';
import { Dispatcher } from './Dispatcher.ts';

const RUNTIME_NOW = Date.parse('2026-03-01T10:00:00Z');

let store: Store | undefined;
let dispatcher: Dispatcher | undefined;
afterEach(async () => {
  await dispatcher?.stop();
  await store?.close();
  dispatcher = store = undefined;
});

const webhook = (customer: string, node: string): Effect => ({
  type: 'webhook',
  run: `winback:${customer}:1`,
  playbook: 'winback',
  customer,
  at: RUNTIME_NOW,
  node,
  visit: 1,
  key: `winback:${customer}:1:${node}:1`,
  url: 'https://hooks.example/',
  method: 'POST',
  headers: {},
  body: '{}',
});

async function enqueue(target: Store, customer: string, effects: Effect[]) {
  await target.advance(
    [{ customerId: customer, input: { kind: 'customer', attributes: { name: customer } } }],
    (world) => ({ world: { ...world, customer: { ...world.customer, attributes: { name: customer } } }, effects }),
    { now: RUNTIME_NOW, wallNow: Date.now(), deliversExternally: () => true },
  );
}

describe('Dispatcher and erasure', () => {
  it('records nothing for a delivery whose customer was erased in flight, and skips the rest of their rows', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const attempted: string[] = [];
    const adapter: ChannelAdapter = {
      deliver: async (row) => {
        attempted.push(row.key);
        if (attempted.length === 1) await gate;
        return delivered('HTTP 200');
      },
    };
    const lines: { obj: object; msg: string }[] = [];
    const log = { info: (obj: object, msg: string) => lines.push({ obj, msg }), warn: (obj: object, msg: string) => lines.push({ obj, msg }) };
    store = openSqliteStore(':memory:');
    dispatcher = new Dispatcher({ store, adapters: { webhook: adapter }, wallNow: Date.now, runtimeNow: () => RUNTIME_NOW, concurrency: 1, log });
    await enqueue(store, 'gone', [webhook('gone', 'a'), webhook('gone', 'b')]);
    await enqueue(store, 'kept', [webhook('kept', 'c')]);

    const draining = dispatcher.drain();
    await vi.waitFor(() => expect(attempted).toHaveLength(1), { timeout: 2_000, interval: 5 });
    expect(attempted[0]).toContain(':gone:');
    expect(await store.customers.erase('gone')).toMatchObject({ removed: { outbox: 2, customers: 1 } });
    release();
    await draining;

    // The erased customer's second row was never attempted; the other customer's was delivered.
    expect(attempted).toEqual(['winback:gone:1:a:1', 'winback:kept:1:c:1']);
    expect(await store.outbox.get('winback:gone:1:a:1')).toBeUndefined();
    expect(await store.outbox.attempts('winback:gone:1:a:1')).toEqual([]);
    expect(await store.outbox.get('winback:kept:1:c:1')).toMatchObject({ status: 'delivered', attempts: 1 });
    const cancelled = lines.find((line) => line.msg.includes('erased while this delivery was in flight'));
    expect(cancelled?.obj).toEqual({ channel: 'webhook', ok: true });
    expect(JSON.stringify(lines.filter((line) => line !== cancelled && line.msg.includes('gone')))).toBe('[]');
  });
});
