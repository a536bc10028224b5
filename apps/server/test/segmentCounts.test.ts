import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, T0, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const members = async () => {
  const list = await server.call('GET', '/api/segments');
  return Object.fromEntries((list.body.segments as { name: string; members: number }[]).map((s) => [s.name, s.members]));
};

describe('segment member counts', () => {
  it('follow customers as they change, a rule as it changes, time as it passes, and erasures', async () => {
    const recent = { if: { and: [{ '!=': [{ var: 'customer.metrics.days_since_last_order' }, null] }, { '<': [{ var: 'customer.metrics.days_since_last_order' }, 3] }] } };
    expect((await server.call('PUT', '/api/segments/recent_buyers', recent)).status).toBe(200);
    expect((await members()).recent_buyers).toBe(0);
    // Counted when a customer changes, with no recount.
    await server.call('POST', '/api/events', { events: [1, 2, 3].map((n) => ({ customer_id: `s-${n}`, type: 'order_placed', properties: { amount: n * 100 } })) });
    expect((await members()).recent_buyers).toBe(3);
    const list = await server.call('GET', '/api/segments');
    expect(list.body).toMatchObject({ members_counted_at: T0, recounting: false });
    // A changed rule is recounted over everyone before the answer (a small base).
    expect((await server.call('PUT', '/api/segments/recent_buyers', { if: { '>=': [{ var: 'customer.metrics.total_spent' }, 200] } })).status).toBe(200);
    expect((await members()).recent_buyers).toBe(2);
    expect((await server.call('PUT', '/api/segments/recent_buyers', recent)).status).toBe(200);
    // Time alone: four days on, no order is recent, seen by the recount after the clock moves.
    await server.advance('P4D');
    expect((await members()).recent_buyers).toBe(0);
    await server.call('POST', '/api/events', { customer_id: 's-1', type: 'order_placed', properties: { amount: 5 } });
    expect((await members()).recent_buyers).toBe(1);
    expect((await server.call('DELETE', '/api/customers/s-1')).status).toBe(204);
    expect((await members()).recent_buyers).toBe(0);
    expect((await server.call('GET', '/api/customers')).body.total).toBe(2);
  });

  it('lists a segment’s members a page at a time, as counted', async () => {
    expect((await server.call('PUT', '/api/segments/gold', { if: { in: ['gold', { var: 'customer.tags' }] } })).status).toBe(200);
    for (const n of [5, 1, 4, 2, 3, 6]) await server.call('PUT', `/api/customers/m-${n}`, { attributes: { name: `M${n}` }, tags: n === 6 ? [] : ['gold'] });
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await server.call('GET', `/api/segments/gold/members?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.segment).toBe('gold');
      expect(page.body.customers.length).toBeLessThanOrEqual(2);
      for (const customer of page.body.customers as { id: string; segments: string[]; attributes: Record<string, unknown> }[]) {
        expect(customer.segments).toContain('gold');
        expect(customer.attributes.name).toBe(`M${customer.id.slice(2)}`);
        ids.push(customer.id);
      }
      cursor = page.body.next_cursor;
      pages++;
    } while (cursor !== null);
    expect(ids).toEqual(['m-1', 'm-2', 'm-3', 'm-4', 'm-5']);
    expect(pages).toBe(3);
    expect((await members()).gold).toBe(5);

    // Leaving the segment leaves the list, with the count.
    await server.call('PUT', '/api/customers/m-3', { tags: [] });
    expect(((await server.call('GET', '/api/segments/gold/members')).body.customers as { id: string }[]).map((c) => c.id)).toEqual(['m-1', 'm-2', 'm-4', 'm-5']);
    expect((await members()).gold).toBe(4);

    const missing = await server.call('GET', '/api/segments/silver/members');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const foreign = await server.call('GET', `/api/segments/gold/members?cursor=${(await server.call('GET', '/api/customers?limit=1')).body.next_cursor}`);
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors[0].path).toBe('$.cursor');
  });
});
