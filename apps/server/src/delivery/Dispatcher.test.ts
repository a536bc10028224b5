import type { Effect } from '@stayflow/engine';
import { openSqliteStore, type OutboxRecord, type Store } from '@stayflow/store';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addressPolicy } from './addressPolicy.ts';
import { delivered, permanent, retryable, type ChannelAdapter, type DeliveryCustomer, type DeliveryResult } from './ChannelAdapter.ts';
import { Dispatcher, type DispatcherOptions } from './Dispatcher.ts';
import { startHttpServer, type TestHttpServer } from './testSupport.ts';
import { webhookAdapter } from './webhookAdapter.ts';

/** The business clock (manual) and the wall clock are different on purpose: sentAt follows the first. */
const RUNTIME_NOW = Date.parse('2026-03-01T10:00:00Z');
const WALL0 = Date.parse('2026-06-01T08:00:00Z');

let store: Store | undefined;
let server: TestHttpServer | undefined;
let dispatcher: Dispatcher | undefined;
afterEach(async () => {
  await dispatcher?.stop();
  await server?.close();
  await store?.close();
  dispatcher = server = store = undefined;
});

const ref = (key: string) => ({ run: 'run-1', playbook: 'winback', customer: 'c1', at: RUNTIME_NOW, node: key.split(':')[1] ?? 'n', visit: 1, key });
const webhookEffect = (key: string, url: string): Effect => ({ type: 'webhook', ...ref(key), url, method: 'POST', headers: {}, body: '{"event":"churn_risk"}' });
const messageEffect = (key: string, channel: 'email' | 'sms' | 'push'): Effect => ({ type: 'send_message', ...ref(key), channel, subject: 'We miss you', body: 'Come back' });

/** Writes outbox rows the way the runtime does: through `advance`, with a reactor that only returns effects. */
async function enqueue(target: Store, effects: Effect[], wallNow = WALL0, attributes: Record<string, unknown> = { email: 'ana@example.com' }) {
  await target.advance(
    [{ customerId: 'c1', input: { kind: 'customer', attributes } }],
    (world) => ({ world: { ...world, customer: { ...world.customer, attributes } }, effects }),
    { now: RUNTIME_NOW, wallNow, deliversExternally: () => true },
  );
}

function manualDispatcher(adapters: DispatcherOptions['adapters'], clock: { wall: number }, backoff?: DispatcherOptions['backoff']) {
  store ??= openSqliteStore(':memory:');
  dispatcher = new Dispatcher({ store, adapters, wallNow: () => clock.wall, runtimeNow: () => RUNTIME_NOW, ...(backoff ? { backoff } : {}) });
  return { store, dispatcher };
}

const answering = (result: (row: OutboxRecord, customer: DeliveryCustomer | undefined) => DeliveryResult | Promise<DeliveryResult>): ChannelAdapter => ({
  deliver: async (row, customer) => result(row, customer),
});

describe('Dispatcher', () => {
  it('delivers a webhook that failed with a 500 on its second attempt, once, with the same idempotency key', async () => {
    const statuses = [500, 200];
    server = await startHttpServer((_request, response) => response.writeHead(statuses.shift() ?? 200).end());
    const clock = { wall: WALL0 };
    const { store, dispatcher } = manualDispatcher({ webhook: webhookAdapter({ secret: 's', policy: addressPolicy(['127.0.0.1']) }) }, clock);
    await enqueue(store, [webhookEffect('run-1:notify:1', `${server.origin}/hook`)]);

    await dispatcher.drain();
    const afterFirst = await store.outbox.get('run-1:notify:1');
    expect(afterFirst).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 500' });
    expect(afterFirst!.nextAttemptAt).toBeGreaterThanOrEqual(WALL0 + 30_000);
    expect(afterFirst!.nextAttemptAt).toBeLessThan(WALL0 + 33_000);

    await dispatcher.drain();
    expect(server.received).toHaveLength(1);

    clock.wall = afterFirst!.nextAttemptAt;
    await dispatcher.drain();
    expect(await store.outbox.get('run-1:notify:1')).toMatchObject({ status: 'delivered', attempts: 2, deliveredAt: clock.wall, lastError: null });
    expect(await store.outbox.attempts('run-1:notify:1')).toEqual([
      { at: WALL0, ok: false, detail: 'HTTP 500' },
      { at: clock.wall, ok: true, detail: 'HTTP 200' },
    ]);
    expect(server.received.map((r) => r.headers['idempotency-key'])).toEqual(['run-1:notify:1', 'run-1:notify:1']);

    clock.wall += 86_400_000;
    await dispatcher.drain();
    expect(server.received).toHaveLength(2);
  });

  it('gives up on a 404 at once', async () => {
    server = await startHttpServer((_request, response) => response.writeHead(404).end());
    const { store, dispatcher } = manualDispatcher({ webhook: webhookAdapter({ secret: 's', policy: addressPolicy(['127.0.0.1']) }) }, { wall: WALL0 });
    await enqueue(store, [webhookEffect('run-1:notify:1', server.origin)]);
    await dispatcher.drain();
    expect(await store.outbox.get('run-1:notify:1')).toMatchObject({ status: 'failed', attempts: 1, lastError: 'HTTP 404' });
    expect(await store.outbox.nextAttempt()).toBeUndefined();
  });

  it('retries on the backoff schedule and gives up after the last attempt', async () => {
    const clock = { wall: WALL0 };
    const { store, dispatcher } = manualDispatcher({ webhook: answering(() => retryable('HTTP 503')) }, clock, { baseMs: 1_000, maxAttempts: 4 });
    await enqueue(store, [webhookEffect('run-1:notify:1', 'https://hooks.example/x')]);
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      await dispatcher.drain();
      const row = await store.outbox.get('run-1:notify:1');
      if (row?.status !== 'pending') break;
      waits.push(row.nextAttemptAt - clock.wall);
      clock.wall = row.nextAttemptAt;
    }
    expect(waits).toHaveLength(3);
    waits.forEach((wait, i) => {
      expect(wait).toBeGreaterThanOrEqual(1_000 * 2 ** i);
      expect(wait).toBeLessThan(1_100 * 2 ** i);
    });
    expect(await store.outbox.get('run-1:notify:1')).toMatchObject({ status: 'failed', attempts: 4, lastError: 'HTTP 503' });
  });

  it('marks a message sent at the runtime clock, giving the adapter the customer', async () => {
    const customers: (DeliveryCustomer | undefined)[] = [];
    const email = answering((_row, customer) => {
      customers.push(customer);
      return delivered('SMTP 250 2.0.0 OK');
    });
    const { store, dispatcher } = manualDispatcher({ email }, { wall: WALL0 });
    await enqueue(store, [messageEffect('run-1:mail:1', 'email')]);
    await dispatcher.drain();
    expect(customers).toEqual([{ id: 'c1', attributes: { email: 'ana@example.com' } }]);
    const [message] = await store.activity.messages({ customerId: 'c1', limit: 5 });
    expect(message).toMatchObject({ key: 'run-1:mail:1', status: 'sent', sentAt: RUNTIME_NOW });
  });

  it('fails a message on a channel with no adapter: channel not configured', async () => {
    const { store, dispatcher } = manualDispatcher({}, { wall: WALL0 });
    await enqueue(store, [messageEffect('run-1:sms:1', 'sms')]);
    await dispatcher.drain();
    expect(await store.outbox.attempts('run-1:sms:1')).toEqual([{ at: WALL0, ok: false, detail: 'channel not configured (sms)' }]);
    const [message] = await store.activity.messages({ customerId: 'c1', limit: 5 });
    expect(message).toMatchObject({ status: 'failed', sentAt: null });
  });

  it('treats an adapter that throws as a failure worth retrying, and carries on with the other rows', async () => {
    const webhook = answering((row) => {
      if (row.key === 'run-1:a:1') throw new Error('socket exploded');
      return delivered('HTTP 200');
    });
    const { store, dispatcher } = manualDispatcher({ webhook }, { wall: WALL0 });
    await enqueue(store, [webhookEffect('run-1:a:1', 'https://hooks.example/a'), webhookEffect('run-1:b:1', 'https://hooks.example/b')]);
    await dispatcher.drain();
    expect(await store.outbox.get('run-1:a:1')).toMatchObject({ status: 'pending', attempts: 1, lastError: 'socket exploded' });
    expect(await store.outbox.get('run-1:b:1')).toMatchObject({ status: 'delivered' });
  });

  it('delivers no more than `concurrency` rows at once, and every row of a large backlog', async () => {
    let inFlight = 0;
    let most = 0;
    const webhook = answering(async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return delivered('HTTP 200');
    });
    store = openSqliteStore(':memory:');
    dispatcher = new Dispatcher({ store, adapters: { webhook }, wallNow: () => WALL0, runtimeNow: () => RUNTIME_NOW, concurrency: 3, batchSize: 4 });
    await enqueue(store, Array.from({ length: 10 }, (_, i) => webhookEffect(`run-1:n${i}:1`, 'https://hooks.example/')));
    await dispatcher.drain();
    expect(most).toBe(3);
    expect(await store.outbox.nextAttempt()).toBeUndefined();
  });

  it('works in the background: delivers what is due on start, what is kicked, and retries when the wait is over', async () => {
    const statuses = [500, 200, 200];
    server = await startHttpServer((_request, response) => response.writeHead(statuses.shift() ?? 200).end());
    store = openSqliteStore(':memory:');
    const adapters = { webhook: webhookAdapter({ secret: 's', policy: addressPolicy(['127.0.0.1']) }) };
    dispatcher = new Dispatcher({ store, adapters, wallNow: Date.now, runtimeNow: () => RUNTIME_NOW, backoff: { baseMs: 40 } });
    await enqueue(store, [webhookEffect('run-1:early:1', server.origin)], Date.now());
    dispatcher.start();
    await vi.waitFor(async () => expect((await store!.outbox.get('run-1:early:1'))?.status).toBe('delivered'), { timeout: 2_000, interval: 10 });

    await enqueue(store, [webhookEffect('run-1:late:1', server.origin)], Date.now());
    dispatcher.kick();
    await vi.waitFor(async () => expect((await store!.outbox.get('run-1:late:1'))?.status).toBe('delivered'), { timeout: 2_000, interval: 10 });
    expect((await store.outbox.attempts('run-1:early:1')).map((a) => a.detail)).toEqual(['HTTP 500', 'HTTP 200']);
  });

  it('stop() waits for the delivery in flight to finish and be recorded', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered = false;
    const webhook = answering(async () => {
      entered = true;
      await gate;
      return delivered('HTTP 200');
    });
    store = openSqliteStore(':memory:');
    dispatcher = new Dispatcher({ store, adapters: { webhook }, wallNow: Date.now, runtimeNow: () => RUNTIME_NOW });
    await enqueue(store, [webhookEffect('run-1:slow:1', 'https://hooks.example/')], Date.now());
    dispatcher.start();
    await vi.waitFor(() => expect(entered).toBe(true), { timeout: 2_000, interval: 5 });

    let stopped = false;
    const stopping = dispatcher.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(await store.outbox.get('run-1:slow:1')).toMatchObject({ status: 'delivered' });
  });

  it('leaves the rows it has not started pending when stopped', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const started: string[] = [];
    const webhook = answering(async (row) => {
      started.push(row.key);
      await gate;
      return permanent('HTTP 410');
    });
    store = openSqliteStore(':memory:');
    dispatcher = new Dispatcher({ store, adapters: { webhook }, wallNow: Date.now, runtimeNow: () => RUNTIME_NOW, concurrency: 1 });
    await enqueue(store, [webhookEffect('run-1:a:1', 'https://hooks.example/'), webhookEffect('run-1:b:1', 'https://hooks.example/')], Date.now());
    dispatcher.start();
    await vi.waitFor(() => expect(started).toHaveLength(1), { timeout: 2_000, interval: 5 });
    const stopping = dispatcher.stop();
    release();
    await stopping;
    expect(started).toHaveLength(1);
    const untouched = ['run-1:a:1', 'run-1:b:1'].find((key) => key !== started[0])!;
    expect(await store.outbox.get(started[0]!)).toMatchObject({ status: 'failed', attempts: 1 });
    expect(await store.outbox.get(untouched)).toMatchObject({ status: 'pending', attempts: 0 });
  });
});
