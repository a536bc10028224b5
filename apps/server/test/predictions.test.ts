import { afterEach, describe, expect, it } from 'vitest';
import { playbook, publish, startTestServer, T0, type Json, type TestServer } from './harness.ts';

const DAY = 86_400_000;
const t0 = Date.parse(T0);

/** A deterministic generator (mulberry32), so the history and the fit are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A year of orders before T0 for `count` customers as BG/NBD pictures them: each buys at
 * their own rate (a gap of 5 to 60 days on average) and may drop out after any purchase.
 */
function history(count: number, seed = 7): Json[] {
  const next = random(seed);
  const events: Json[] = [];
  for (let c = 0; c < count; c++) {
    const meanGap = 5 + next() * 55;
    const dropout = 0.05 + next() * 0.4;
    const spend = 20 + next() * 60;
    let at = t0 - 365 * DAY + Math.floor(next() * 300) * DAY;
    let n = 0;
    while (at < t0 - DAY) {
      events.push({ id: `o-${c}-${n}`, customer_id: `c${String(c).padStart(4, '0')}`, type: 'order_placed', at: new Date(at).toISOString(), properties: { amount: Math.round(spend * (0.6 + next() * 0.8) * 100) / 100, currency: 'USD' } });
      n++;
      if (next() < dropout) break;
      at += Math.max(1, Math.round(-Math.log(1 - next()) * meanGap)) * DAY;
    }
  }
  return events;
}

async function send(server: TestServer, events: Json[]): Promise<void> {
  for (let i = 0; i < events.length; i += 5000) {
    const answer = await server.call('POST', '/api/events', { events: events.slice(i, i + 5000) });
    expect(answer.status).toBe(202);
  }
}

/** Orders every 4 days for 120 days up to yesterday: a customer the models consider very much alive. */
function regular(id: string): Json[] {
  return Array.from({ length: 30 }, (_, i) => ({ id: `${id}-${i}`, customer_id: id, type: 'order_placed', at: new Date(t0 - DAY - (29 - i) * 4 * DAY).toISOString(), properties: { amount: 40, currency: 'USD' } }));
}

describe('predictions: the churn and value models in the product', () => {
  let server: TestServer;
  afterEach(async () => {
    await server?.stop();
  });

  it('answers null with the reason below the minimum data, and before the first fit', async () => {
    server = await startTestServer();
    const before = await server.call('GET', '/api/models');
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ churn: null, value: null, reasons: { churn: { code: 'not_fitted_yet' } }, predictions: null, at_risk: { rule: 'silence', below: null } });
    await send(server, history(40));
    const fitted = await server.call('POST', '/api/models/fit');
    expect(fitted.status).toBe(200);
    expect(fitted.body.churn).toBeNull();
    expect(fitted.body.reasons.churn).toMatchObject({ code: 'too_few_customers', customers: 40, needs: 200 });
    expect(fitted.body.value).toBeNull();
    expect(fitted.body.reasons.value.code).toBe('too_few_repeaters');
    // Nobody is scored from a model that could not be fitted.
    const customer = await server.call('GET', '/api/customers/c0000');
    expect(customer.body.metrics.p_alive).toBeNull();
    expect((await server.call('GET', '/api/models')).body).toEqual(fitted.body);
  }, 30_000);

  it('fits on the order history, scores every customer, and warm starts the next fit from the last', async () => {
    server = await startTestServer();
    await send(server, [...history(400), ...regular('steady')]);
    const first = await server.call('POST', '/api/models/fit');
    expect(first.status).toBe(200);
    const churn = first.body.churn;
    expect(churn).toMatchObject({ model: 'bg-nbd', time_unit: 'day', customers: 401, converged: true, as_of: T0 });
    for (const name of ['r', 'alpha', 'a', 'b']) expect(churn.params[name]).toBeGreaterThan(0);
    expect(first.body.value).toMatchObject({ model: 'gamma-gamma', currency: 'USD', converged: true });
    expect(first.body.value.customers).toBeGreaterThanOrEqual(100);
    expect(first.body.fitting).toBeNull();
    expect(first.body.predictions).toMatchObject({ customers: 401, scored_at: T0 });
    expect(first.body.predictions.expected_active).toBeGreaterThan(0);
    expect(first.body.predictions.expected_active).toBeLessThan(401);
    const usd = first.body.predictions.by_currency[0];
    expect(usd.currency).toBe('USD');
    expect(usd.bands.reduce((sum: number, b: Json) => sum + b.customers, 0)).toBe(usd.customers);

    const steady = (await server.call('GET', '/api/customers/steady')).body.metrics;
    expect(steady.p_alive).toBeGreaterThan(0.8);
    expect(steady.expected_orders_90d).toBeGreaterThan(5);
    expect(steady.expected_orders_30d).toBeLessThan(steady.expected_orders_90d);
    expect(steady.expected_order_value).toBeGreaterThan(30);
    // A year of expected orders at the expected order value, discounted 1% a month: a little under their product.
    const undiscounted = steady.expected_order_value * steady.expected_orders_365d;
    expect(steady.predicted_clv).toBeLessThan(undiscounted);
    expect(steady.predicted_clv).toBeGreaterThan(0.9 * undiscounted);

    // A day later the daily refit has run, warm started from the first fit.
    await server.advance('P1D');
    const daily = (await server.call('GET', '/api/models')).body.churn;
    expect(daily.as_of).toBe(new Date(t0 + DAY).toISOString());
    for (const name of ['r', 'alpha', 'a', 'b']) expect(Math.abs(daily.params[name] / churn.params[name] - 1)).toBeLessThan(0.1);
    // Refitting the same history starts at its optimum: it ends where the last fit did, with less to do.
    const second = (await server.call('POST', '/api/models/fit')).body.churn;
    expect(second.iterations).toBeLessThan(daily.iterations);
    for (const name of ['r', 'alpha', 'a', 'b']) expect(second.params[name]).toBeCloseTo(daily.params[name], 2);
    const jobs = (await server.call('GET', '/api/jobs')).body.jobs.filter((j: Json) => j.kind === 'fit_models');
    expect(jobs.map((j: Json) => j.status)).toEqual(['done', 'done', 'done']);
  }, 30_000);

  it('enrols a customer who goes quiet in a playbook triggered by p_alive below 30% after the daily refit', async () => {
    // Weekly sweeps: the rescore itself starts the run, and 60 days of hourly sweeps would only slow the test.
    server = await startTestServer({ sweepEveryMs: 7 * DAY });
    await send(server, [...history(300, 11), ...regular('steady')]);
    await publish(
      server,
      playbook('fading', [
        { id: 'start', type: 'trigger', on: 'segment', if: { '<': [{ var: 'customer.metrics.p_alive' }, 0.3] } },
        { id: 'tag', type: 'action', action: 'add_tag', tag: 'fading' },
      ]),
    );
    await server.call('POST', '/api/models/fit');
    const before = (await server.call('GET', '/api/customers/steady')).body;
    expect(before.metrics.p_alive).toBeGreaterThan(0.8);
    expect(before.tags).not.toContain('fading');

    // Two months of silence from someone who bought every 4 days: the daily refit after the clock moves rescores them.
    await server.advance('P60D');
    const after = (await server.call('GET', '/api/customers/steady')).body;
    expect(after.metrics.p_alive).toBeLessThan(0.3);
    expect(after.tags).toContain('fading');
    const models = (await server.call('GET', '/api/models')).body;
    expect(models.churn.as_of).toBe(new Date(t0 + 60 * DAY).toISOString());
  }, 60_000);

  it('switches the default at-risk segment to probability alive below a threshold, and back', async () => {
    server = await startTestServer();
    await send(server, [...history(300, 5), ...regular('steady')]);
    await server.call('POST', '/api/models/fit');
    const switched = await server.call('PUT', '/api/models/at-risk', { rule: 'p_alive', below: 0.3 });
    expect(switched.status).toBe(200);
    expect(switched.body.at_risk).toEqual({ rule: 'p_alive', below: 0.3 });
    const segments = (await server.call('GET', '/api/segments')).body.segments;
    const atRisk = segments.find((s: Json) => s.name === 'at_risk');
    expect(atRisk.if).toEqual({ '<': [{ var: 'customer.metrics.p_alive' }, 0.3] });
    expect(atRisk.members).toBeGreaterThan(0);
    expect(atRisk.members).toBe(await scoredBelow(0.3));
    const refused = await server.call('PUT', '/api/models/at-risk', { rule: 'p_alive', below: 30 });
    expect(refused.status).toBe(400);
    const back = await server.call('PUT', '/api/models/at-risk', { rule: 'silence' });
    expect(back.body.at_risk).toEqual({ rule: 'silence', below: null });
    expect((await server.call('GET', '/api/segments')).body.segments.find((s: Json) => s.name === 'at_risk').if).toHaveProperty('and');

    /** How many scored customers have p_alive below `below`, read from the customer list. */
    async function scoredBelow(below: number): Promise<number> {
      let count = 0;
      let after = '';
      for (;;) {
        const page = (await server.call('GET', `/api/customers?limit=1000${after ? `&after=${after}` : ''}`)).body.customers;
        for (const c of page) if (c.metrics.p_alive !== null && c.metrics.p_alive < below) count++;
        if (page.length < 1000) return count;
        after = page[page.length - 1].id;
      }
    }
  }, 30_000);

  it('test-runs a playbook on p_alive with a sample profile that sets it', async () => {
    server = await startTestServer();
    const document = playbook('fading-test', [
      { id: 'start', type: 'trigger', on: 'segment', if: { '<': [{ var: 'customer.metrics.p_alive' }, 0.3] } },
      { id: 'tag', type: 'action', action: 'add_tag', tag: 'fading' },
    ]);
    const run = (pAlive: number) => server.call('POST', '/api/playbooks/fading-test/test', { document, customer: { attributes: { currency: 'USD' }, predictions: { p_alive: pAlive } }, days: 7 });
    const quiet = await run(0.2);
    expect(quiet.status).toBe(200);
    expect(quiet.body.entered).toBe(true);
    expect((await run(0.6)).body.entered).toBe(false);
    const refused = await server.call('POST', '/api/playbooks/fading-test/test', { document, customer: { predictions: { p_alive: 20 } } });
    expect(refused.status).toBe(400);
  });
});
