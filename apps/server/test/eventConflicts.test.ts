import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
afterEach(() => server?.stop());

const order = { id: 'order-1', customer_id: 'ana', type: 'order_placed', at: '2026-03-01T09:00:00Z', properties: { amount: 30, currency: 'EUR' } };

describe('an event id reused for another event is a conflict', { timeout: 30_000 }, () => {
  it('answers 409 for a single event with another customer or payload, and keeps a same-content retry a duplicate', async () => {
    server = await startTestServer();
    expect(await server.call('POST', '/api/events', order)).toEqual({ status: 202, body: { accepted: 1, duplicates: 0 } });
    // The same event again, its properties in another order: a retry.
    expect(await server.call('POST', '/api/events', { ...order, properties: { currency: 'EUR', amount: 30 } })).toEqual({ status: 202, body: { accepted: 0, duplicates: 1 } });
    for (const other of [{ ...order, customer_id: 'bo' }, { ...order, properties: { amount: 31, currency: 'EUR' } }, { ...order, at: '2026-03-01T10:00:00Z' }]) {
      const answer = await server.call('POST', '/api/events', other);
      expect(answer).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
      expect(answer.body.error.message).toContain('"order-1"');
    }
    expect((await server.call('GET', '/api/customers/bo')).status).toBe(404);
    expect((await server.call('GET', '/api/customers/ana')).body.metrics).toMatchObject({ orders: 1, total_spent: 30 });
  });

  it('counts conflicts in a batch with their ids, storing the rest; a retry without `at` is still a duplicate', async () => {
    server = await startTestServer();
    const signUp = { id: 'signup-1', customer_id: 'ana', type: 'signed_up' };
    await server.call('POST', '/api/events', { events: [order, signUp] });
    await server.advance('PT1H');
    const batch = await server.call('POST', '/api/events', {
      events: [order, signUp, { ...order, customer_id: 'bo' }, { id: 'new-1', customer_id: 'cy', type: 'signed_up' }, { id: 'new-1', customer_id: 'cy', type: 'visited' }],
    });
    expect(batch).toEqual({ status: 202, body: { accepted: 1, duplicates: 2, conflicts: 2, conflict_ids: ['order-1', 'new-1'] } });
  });
});
