import { afterEach, describe, expect, it } from 'vitest';
import { playbook, publish, startTestServer, type Json, type TestServer } from './harness.ts';

let server: TestServer;
afterEach(async () => {
  await server?.stop();
  jobsSeen.clear();
});

const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00.000Z');
const CUSTOMERS = 200;
const customerId = (n: number) => `c-${String(n).padStart(3, '0')}`;

const winBack = playbook('win-back', [
  { id: 'start', type: 'trigger', on: 'segment', if: { '>=': [{ var: 'customer.metrics.days_since_last_order' }, 90] } },
  { id: 'tag', type: 'action', action: 'add_tag', tag: 'win-back' },
]);

/** Every customer orders now; the first one's order is 30 days old. */
async function ordersNow(): Promise<void> {
  const customers = Array.from({ length: CUSTOMERS }, (_, n) => ({ id: customerId(n), attributes: { plan: 'pro' } }));
  expect((await server.call('POST', '/api/customers/batch', { customers })).status).toBe(200);
  const events = customers.map(({ id }, n) => ({ id: `order-${id}`, customer_id: id, type: 'order_placed', at: new Date(n === 0 ? START - 30 * DAY : START).toISOString(), properties: { amount: 10 } }));
  expect((await server.call('POST', '/api/events', { events })).body).toEqual({ accepted: CUSTOMERS, duplicates: 0, conflicts: 0, conflict_ids: [] });
}

async function runsOf(playbookId: string): Promise<Json[]> {
  return (await server.call('GET', `/api/runs?playbook=${playbookId}&limit=1000`)).body.runs;
}

/** Jobs seen after each move of the clock (finished jobs are forgotten after 30 days of clock time, so the moves are shorter). */
const jobsSeen = new Map<string, string>();

async function advance(...steps: string[]): Promise<void> {
  for (const by of steps) {
    await server.advance(by);
    for (const job of (await server.call('GET', '/api/jobs?limit=100')).body.jobs) jobsSeen.set(job.id, job.kind);
  }
}

/** The kinds of job that walk every customer, as seen so far (pruning passes walk none). */
const walks = () => [...jobsSeen.values()].filter((kind) => kind !== 'prune').sort();

describe('rules that change with time alone', () => {
  it('enrol a "no order for 90 days" customer at day 90, re-checking only the customers due then, with no sweep of everyone', async () => {
    server = await startTestServer({ clockStart: new Date(START).toISOString() });
    await ordersNow();
    await publish(server, winBack);
    expect(await runsOf('win-back')).toEqual([]);

    // Each customer is due when one of their answers (this trigger's, the default segments') can flip: none later than day 90.
    const due = await server.service.store.customers.flipsDue(Number.MAX_SAFE_INTEGER, 1_000);
    expect(due).toHaveLength(CUSTOMERS);
    expect(due.every((customer) => customer.at > START && customer.at <= START + 90 * DAY)).toBe(true);
    expect(due.find((customer) => customer.id === customerId(0))!.at).toBeLessThanOrEqual(START + 60 * DAY);

    await advance('P29D', 'P29D', 'P1DT23H');
    expect(await runsOf('win-back')).toEqual([]);
    await advance('PT1H');
    const first = await runsOf('win-back');
    expect(first.map((run: Json) => [run.customer, run.entered_at])).toEqual([[customerId(0), new Date(START + 60 * DAY).toISOString()]]);
    expect((await server.call('GET', `/api/customers/${customerId(0)}`)).body.tags).toEqual(['win-back']);

    await advance('P29D', 'P2D');
    const runs = await runsOf('win-back');
    expect(runs).toHaveLength(CUSTOMERS);
    expect(runs.filter((run: Json) => run.customer !== customerId(0)).every((run: Json) => run.entered_at === new Date(START + 90 * DAY).toISOString())).toBe(true);

    // 91 days of clock moves, and the only jobs over every customer are the start-up recount and the enrolment on publish.
    expect(walks()).toEqual(['enrol', 'recount']);
  }, 60_000);

  it('keeps segment member counts true through due customers, without hourly recounts', async () => {
    server = await startTestServer({ clockStart: new Date(START).toISOString() });
    await ordersNow();
    expect((await server.call('PUT', '/api/segments/lapsed', { if: { '>=': [{ var: 'customer.metrics.days_since_last_order' }, 90] } })).status).toBe(200);
    const members = async () => (await server.call('GET', '/api/segments')).body.segments.find((s: Json) => s.name === 'lapsed')?.members ?? 0;
    expect(await members()).toBe(0);
    await advance('P29D', 'P29D', 'P2D');
    expect(await members()).toBe(1);
    await advance('P29D', 'P1D');
    expect(await members()).toBe(CUSTOMERS);
    // The recount at start and the one after the rule was saved; none for the 90 days of clock moves.
    expect(walks()).toEqual(['recount', 'recount']);
  }, 60_000);

  it('sweeps everyone hourly, as before, while a live rule reads time in a way it cannot time', async () => {
    server = await startTestServer({ clockStart: new Date(START).toISOString() });
    await ordersNow();
    const renewal = playbook('renewal', [
      { id: 'start', type: 'trigger', on: 'segment', if: { '<': [{ var: 'customer.renews_at' }, { var: 'now' }] } },
      { id: 'tag', type: 'action', action: 'add_tag', tag: 'renewal' },
    ]);
    await publish(server, renewal);
    await server.call('PUT', `/api/customers/${customerId(5)}`, { attributes: { renews_at: '2026-01-01T01:30:00.000Z' } });
    await advance('PT2H');
    // Sweeps are jobs over every customer; the testing clock answers once they are done.
    const sweeps = (await server.call('GET', '/api/jobs?status=finished&limit=100')).body.jobs.filter((job: Json) => job.kind === 'sweep');
    expect(sweeps.map((job: Json) => [job.status, job.done])).toEqual([['done', CUSTOMERS], ['done', CUSTOMERS]]);
    expect((await runsOf('renewal')).map((run: Json) => [run.customer, run.entered_at])).toEqual([[customerId(5), '2026-01-01T02:00:00.000Z']]);
  }, 60_000);
});
