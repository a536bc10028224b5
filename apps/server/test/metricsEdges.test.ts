import { afterEach, describe, expect, it } from 'vitest';
import { playbook, publish, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
afterEach(() => server?.stop());

const events = (list: Record<string, unknown>[]) => server.call('POST', '/api/events', { events: list });
const metrics = async (from: string, to: string) => (await server.call('GET', `/api/metrics?from=${from}&to=${to}`)).body;

describe('the metrics at their edges', () => {
  it('counts an order at a window boundary in the later window only (windows are half-open)', async () => {
    server = await startTestServer();
    await events([
      { id: 'o1', customer_id: 'ann', type: 'order_placed', at: '2026-02-01T09:00:00Z', properties: { amount: 10, currency: 'USD' } },
      { id: 'o2', customer_id: 'ann', type: 'order_placed', at: '2026-03-01T00:00:00Z', properties: { amount: 20, currency: 'USD' } },
    ]);
    const february = await metrics('2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z');
    const march = await metrics('2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z');
    expect(february.counts).toMatchObject({ buyers: 1, new_customers: 1, repeat_buyers: 0 });
    expect(march.counts).toMatchObject({ buyers: 1, customers_at_start: 1, retained: 1 });
    expect(february.currencies.USD).toMatchObject({ orders: 1, revenue: 10, total_spent: 10 });
    expect(march.currencies.USD).toMatchObject({ orders: 1, revenue: 20, total_spent: 30 });
    expect(february.definitions.window).toContain('Half-open');
  });

  it('takes the higher of two NPS answers given at the same instant, on the customer and in the report alike', async () => {
    server = await startTestServer();
    // The detractor's answer has the greater event id: the old report took it, the customer page the 10.
    await events([
      { id: 'nps-a', customer_id: 'bea', type: 'nps_submitted', at: '2026-03-01T12:00:00Z', properties: { score: 10 } },
      { id: 'nps-z', customer_id: 'bea', type: 'nps_submitted', at: '2026-03-01T12:00:00Z', properties: { score: 3 } },
    ]);
    const customer = (await server.call('GET', '/api/customers/bea')).body;
    expect(customer.metrics.last_nps).toBe(10);
    const report = await metrics('2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z');
    expect(report.counts).toMatchObject({ nps_responses: 1, promoters: 1, detractors: 0 });
    expect(report.nps).toBe(100);
  });

  it('answers "no data" (null), not 0 %, for an empty window and a playbook nobody entered', async () => {
    server = await startTestServer();
    const empty = await metrics('2020-01-01T00:00:00Z', '2020-02-01T00:00:00Z');
    expect(empty).toMatchObject({ retention_rate: null, churn_rate: null, repurchase_rate: null, nps: null, average_clv: null, currencies: {}, base_currency: null });
    await publish(server, playbook('quiet', [{ id: 'start', type: 'trigger', on: 'event', event: 'never_sent' }], { settings: { holdout: 10, goal: { event: 'order_placed', within: 'P7D' } } }));
    const stats = (await server.call('GET', '/api/playbooks/quiet/stats')).body;
    expect(stats.goal).toEqual({ converted: 0, rate: null });
    expect(stats.runs).toEqual({ active: 0, completed: 0, exited: 0, started: 0, treatment: 0, control: 0 });
    expect(stats.definitions.nodes).toContain('holdout runs included');
  });

  it('keeps money per currency and never sums yuan and dollars', async () => {
    server = await startTestServer();
    await events([
      { customer_id: 'us1', type: 'order_placed', at: '2026-02-10T00:00:00Z', properties: { amount: 100, currency: 'USD' } },
      { customer_id: 'cn1', type: 'order_placed', at: '2026-02-10T00:00:00Z', properties: { amount: 700, currency: 'CNY' } },
    ]);
    const answer = await metrics('2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z');
    expect(answer.currencies).toEqual({
      CNY: { customers_with_orders: 1, total_spent: 700, average_clv: 700, orders: 1, revenue: 700, coupons_issued: 0, coupon_value: 0 },
      USD: { customers_with_orders: 1, total_spent: 100, average_clv: 100, orders: 1, revenue: 100, coupons_issued: 0, coupon_value: 0 },
    });
    // Two currencies and no base currency: no single average, rather than 400 of nothing.
    expect(answer).toMatchObject({ average_clv: null, average_clv_currency: null, base_currency: null });
    await server.stop();

    server = await startTestServer({ env: { STAYFLOW_BASE_CURRENCY: 'USD', STAYFLOW_FX_RATES: 'CNY=0.14' } });
    await events([
      { customer_id: 'us1', type: 'order_placed', at: '2026-02-10T00:00:00Z', properties: { amount: 100, currency: 'USD' } },
      { customer_id: 'cn1', type: 'order_placed', at: '2026-02-10T00:00:00Z', properties: { amount: 700, currency: 'CNY' } },
    ]);
    const based = await metrics('2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z');
    // (100 + 700 × 0.14) / 2 = 99.
    expect(based.base_currency).toMatchObject({ currency: 'USD', rates: { USD: 1, CNY: 0.14 }, total_spent: 198, average_clv: 99, missing_rates: [] });
    expect(based).toMatchObject({ average_clv: 99, average_clv_currency: 'USD' });
  });

  it('answers the cohort table, filtered by segment, and refuses an unknown segment', async () => {
    server = await startTestServer();
    await events([
      { customer_id: 'a', type: 'order_placed', at: '2025-12-05T00:00:00Z', properties: { amount: 1 } },
      { customer_id: 'b', type: 'order_placed', at: '2025-12-20T00:00:00Z', properties: { amount: 1 } },
      { customer_id: 'a', type: 'order_placed', at: '2026-01-07T00:00:00Z', properties: { amount: 1 } },
      { customer_id: 'b', type: 'order_placed', at: '2026-02-07T00:00:00Z', properties: { amount: 500 } },
      { customer_id: 'c', type: 'order_placed', at: '2026-01-15T00:00:00Z', properties: { amount: 1 } },
    ]);
    const table = (await server.call('GET', '/api/metrics/cohorts?from=2025-12-01&to=2026-03-01')).body;
    expect(table.cohorts).toEqual([
      { month: '2025-12', customers: 2, active: [2, 1, 1], retention: [1, 0.5, 0.5] },
      { month: '2026-01', customers: 1, active: [1, 0], retention: [1, 0] },
    ]);
    expect((await server.call('PUT', '/api/segments/big', { if: { '>=': [{ var: 'customer.metrics.total_spent' }, 100] } })).status).toBe(200);
    const big = (await server.call('GET', '/api/metrics/cohorts?from=2025-12-01&to=2026-03-01&segment=big')).body;
    expect(big).toMatchObject({ segment: 'big', cohorts: [{ month: '2025-12', customers: 1, active: [1, 0, 1] }] });
    const unknown = await server.call('GET', '/api/metrics/cohorts?segment=nope');
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(unknown.body.error.message).toContain('"nope"');
    expect((await server.call('GET', '/api/metrics/cohorts?from=2026-03-01&to=2026-01-01')).status).toBe(400);
  });
});
