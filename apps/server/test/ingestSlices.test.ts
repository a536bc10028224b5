import { afterEach, describe, expect, it } from 'vitest';
import { INGEST_SLICE } from '../src/runtime/Runtime.ts';
import { startTestServer, T0, type TestServer } from './harness.ts';

let server: TestServer;
afterEach(() => server?.stop());

const HOUR = 3_600_000;

describe('batches larger than a transaction', () => {
  it('are committed in slices, answered for the whole batch, in order per customer, with other requests served meanwhile', async () => {
    server = await startTestServer();
    const count = INGEST_SLICE * 4 + 17;
    // One customer's orders spread over every slice, each later than the one before; others between them.
    const events = Array.from({ length: count }, (_, n) => ({
      id: `e-${n}`,
      customer_id: n % 3 === 0 ? 'steady' : `c-${n}`,
      type: 'order_placed',
      at: new Date(Date.parse(T0) - 100 * HOUR + n * 60_000).toISOString(),
      properties: { amount: 1 },
    }));
    expect((await server.call('POST', '/api/events', { events: events.slice(0, 100) })).body).toEqual({ accepted: 100, duplicates: 0, conflicts: 0, conflict_ids: [] });
    const [batch, health] = await Promise.all([server.call('POST', '/api/events', { events }), server.call('GET', '/api/health')]);
    expect(health.status).toBe(200);
    // Counted over the whole batch, across its slices: the first 100 were stored already.
    expect(batch).toEqual({ status: 202, body: { accepted: count - 100, duplicates: 100, conflicts: 0, conflict_ids: [] } });
    const steady = (await server.call('GET', '/api/customers/steady')).body;
    expect(steady.metrics.orders).toBe(Math.ceil(count / 3));
    expect(steady.metrics.last_order_at).toBe(events.filter((e) => e.customer_id === 'steady').at(-1)!.at);
    // A retry of the whole batch stores nothing twice.
    expect((await server.call('POST', '/api/events', { events })).body).toEqual({ accepted: 0, duplicates: count, conflicts: 0, conflict_ids: [] });
  }, 30_000);
});
