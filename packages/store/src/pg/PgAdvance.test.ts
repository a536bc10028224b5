import { compilePlaybook, compileSegment, describeCustomer, react } from '@stayflow/engine';
import { MS_PER_DAY } from '@stayflow/logic';
import type { Playbook } from '@stayflow/playbook';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventItem } from '../sqlite/testFixtures.ts';
import type { AdvanceItem, AdvanceOptions, Reactor } from '../Store.ts';
import { createTestDatabase } from '../testing/postgresCluster.ts';
import { openPg, type PgDb } from './openPg.ts';
import { PgAdvance } from './PgAdvance.ts';
import { PgCustomers } from './PgCustomers.ts';
import { PgLeases } from './PgLeases.ts';
import { PgSegments } from './PgSegments.ts';
import { rowsOf } from './pgTransaction.ts';
import { sql } from 'drizzle-orm';

/*
 * Concurrent advance transactions (several processes, or one process's several connections):
 * they share customers and counter rows, and none may wait for a deadlock to be noticed
 * (deadlock_timeout, 1 s) and run again.
 */

const T0 = Date.parse('2026-03-01T00:00:00Z');
const welcome: Playbook = {
  schema: 'stayflow/playbook@1',
  id: 'welcome',
  name: 'Welcome',
  nodes: [
    { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
    { id: 'wait', type: 'wait', for: 'P2D' },
  ],
  edges: [{ from: 'start', to: 'wait' }],
};
const playbooks = [compilePlaybook(welcome, 1)];
const segments = [compileSegment('buyer', { '>=': [{ var: 'customer.metrics.orders' }, 1] })];
const now = T0 + MS_PER_DAY;
const options: AdvanceOptions = {
  now,
  wallNow: now,
  deliversExternally: () => false,
  segmentsOf: (customer) => describeCustomer(customer, segments, now).segments,
  nextFlipOf: () => null,
};

/** The engine's reaction, counting its calls: a transaction run again reacts again. */
function countingReactor(): { reactor: Reactor; calls: () => number } {
  let calls = 0;
  return {
    reactor: (world, input) => {
      calls++;
      return react(world, input, { now, playbooks, segments });
    },
    calls: () => calls,
  };
}

/** A sign-up and an order per customer, all on one day, in the customers' order. */
function batch(tag: string, customers: readonly string[]): AdvanceItem[] {
  return customers.flatMap((c, i) => [
    eventItem(`${tag}-s-${c}`, c, 'signed_up', T0 + i),
    eventItem(`${tag}-o-${c}`, c, 'order_placed', T0 + 1_000 + i, { amount: 10, currency: 'USD' }),
  ]);
}

describe('advance batches on PostgreSQL', () => {
  let db: PgDb;

  beforeAll(async () => {
    db = await openPg(await createTestDatabase(inject('postgresAdminUrl')), { poolSize: 6 });
  });
  afterAll(() => db.$client.end());

  const orderDay = () => rowsOf<{ orders: number; first: number; spent: number }>(db.$client, sql`SELECT SUM(orders) AS orders, SUM(first_orders) AS first, SUM(spent) AS spent FROM order_days`);
  const runCount = () => rowsOf<{ runs: number }>(db.$client, sql`SELECT SUM(runs) AS runs FROM run_counts WHERE playbook_id = 'welcome'`);

  it('two batches touching the same customers in opposite orders both commit, neither ended for a deadlock, and the counters count both', async () => {
    const customers = Array.from({ length: 40 }, (_, i) => `shared-${String(i).padStart(2, '0')}`);
    const { reactor, calls } = countingReactor();
    const [a, b] = await Promise.all([
      new PgAdvance(db).run(batch('a', customers), reactor, options),
      new PgAdvance(db).run(batch('b', [...customers].reverse()), reactor, options),
    ]);
    expect([a.accepted, b.accepted]).toEqual([80, 80]);
    // Each item reacted once: neither transaction was ended for a deadlock and run again (the second waited for the first).
    expect(calls()).toBe(160);
    expect(await orderDay()).toEqual([{ orders: 80, first: 40, spent: 800 }]);
    expect(await runCount()).toEqual([{ runs: 40 }]);
    expect(await new PgCustomers(db, new PgLeases(db, 'test', 30_000)).count()).toBe(40);
    expect(await new PgSegments(db).memberCounts()).toEqual({ buyer: 40 });
  });

  it('batches of different customers sharing every counter row run side by side, each writing its own slot', async () => {
    const before = (await orderDay())[0]!;
    const { reactor, calls } = countingReactor();
    const groups = [0, 1, 2, 3].map((g) => Array.from({ length: 30 }, (_, i) => `side-${g}-${String(i).padStart(2, '0')}`));
    const outcomes = await Promise.all(groups.map((group, g) => new PgAdvance(db).run(batch(`g${g}`, g % 2 ? [...group].reverse() : group), reactor, options)));
    expect(outcomes.map((o) => o.accepted)).toEqual([60, 60, 60, 60]);
    expect(calls()).toBe(240);
    const after = (await orderDay())[0]!;
    expect({ orders: after.orders - before.orders, first: after.first - before.first, spent: after.spent - before.spent }).toEqual({ orders: 120, first: 120, spent: 1200 });
    expect(await new PgCustomers(db, new PgLeases(db, 'test', 30_000)).count()).toBe(160);
    const slots = await rowsOf<{ slot: number }>(db.$client, sql`SELECT DISTINCT slot FROM order_days ORDER BY 1`);
    expect(slots.length).toBeGreaterThan(1);
    expect(slots.every(({ slot }) => slot >= 0 && slot < 16)).toBe(true);
  });

  it('a repeated event and a customer whose every item was a repeat leave nothing behind', async () => {
    const { reactor } = countingReactor();
    await new PgAdvance(db).run([eventItem('once', 'solo', 'signed_up', T0)], reactor, options);
    const customers = new PgCustomers(db, new PgLeases(db, 'test', 30_000));
    const count = await customers.count();
    const outcome = await new PgAdvance(db).run(
      [eventItem('once', 'ghost', 'signed_up', T0), eventItem('twice', 'solo', 'signed_up', T0), eventItem('twice', 'solo', 'signed_up', T0)],
      reactor,
      options,
    );
    expect(outcome.applied).toEqual([false, true, false]);
    expect(outcome.duplicates).toBe(2);
    expect(await customers.count()).toBe(count);
    expect(await customers.get('ghost')).toBeUndefined();
  });

  it('a timer a reaction cancels or sets again before a later item of the batch consumes it is consumed as one-by-one removals would', async () => {
    const put = (id: string) => db.$client.query(`INSERT INTO timers (id, due_at, kind, customer_id, playbook_id) VALUES ($1, 1, 'run', 'timed', 'p')`, [id]);
    await put('cancelled');
    await put('set-again');
    const ref = { run: 'r', playbook: 'p', customer: 'timed', at: now };
    // The event's reaction cancels one timer, sets another again, and sets a third that was not there; timer items react with nothing.
    const reactor: Reactor = (world, input) =>
      input.kind === 'event' && input.event.type === 'poke'
        ? {
            world,
            effects: [
              { type: 'cancel_timer', timer: 'cancelled', ...ref },
              { type: 'schedule_timer', timer: 'set-again', ...ref },
              { type: 'schedule_timer', timer: 'new', ...ref },
            ],
          }
        : { world, effects: [] };
    const timerItem = (timerId: string): AdvanceItem => ({ ...eventItem(`unused-${timerId}`, 'timed', 'tick', T0), event: undefined, timerId });
    const outcome = await new PgAdvance(db).run(
      [timerItem('absent'), eventItem('poke', 'timed', 'poke', T0), timerItem('cancelled'), timerItem('set-again'), timerItem('new'), timerItem('new')],
      reactor,
      options,
    );
    expect(outcome.applied).toEqual([false, true, false, true, true, false]);
    expect((await db.$client.query(`SELECT id FROM timers WHERE customer_id = 'timed'`)).rows).toEqual([]);
  });

  it("links a customer's orders and NPS answers of one batch as one-by-one inserts would, and counts them so", async () => {
    const { reactor } = countingReactor();
    const day = (d: number) => T0 + 40 * MS_PER_DAY + d * MS_PER_DAY;
    await new PgAdvance(db).run(
      [
        eventItem('l-o2', 'linked', 'order_placed', day(2), { amount: 2, currency: 'EUR' }),
        eventItem('l-o1', 'linked', 'order_placed', day(1), { amount: 1, currency: 'EUR' }),
        eventItem('l-o3', 'linked', 'order_placed', day(3), { amount: 3, currency: 'EUR' }),
        eventItem('l-n1', 'linked', 'nps_submitted', day(1), { score: 10 }),
        eventItem('l-n2', 'linked', 'nps_submitted', day(2), { score: 2 }),
      ],
      reactor,
      options,
    );
    const links = await rowsOf(db.$client, sql`SELECT event_id, prev_at, next_at FROM orders WHERE customer_id = 'linked' ORDER BY at`);
    expect(links).toEqual([
      { event_id: 'l-o1', prev_at: null, next_at: day(2) },
      { event_id: 'l-o2', prev_at: day(1), next_at: day(3) },
      { event_id: 'l-o3', prev_at: day(2), next_at: null },
    ]);
    const days = await rowsOf(
      db.$client,
      sql`SELECT day, SUM(orders) AS orders, SUM(first_orders) AS first, SUM(last_orders) AS last, SUM(only_orders) AS only FROM order_days WHERE currency = 'EUR' GROUP BY day ORDER BY day`,
    );
    expect(days).toEqual([
      { day: day(1), orders: 1, first: 1, last: 0, only: 0 },
      { day: day(2), orders: 1, first: 0, last: 0, only: 0 },
      { day: day(3), orders: 1, first: 0, last: 1, only: 0 },
    ]);
    const nps = await rowsOf<{ day: number; latest: number; detractors: number }>(db.$client, sql`SELECT day, SUM(latest) AS latest, SUM(detractors) AS detractors FROM nps_days WHERE day >= ${day(0)} GROUP BY day ORDER BY day`);
    expect(nps.filter((r) => r.latest !== 0)).toEqual([{ day: day(2), latest: 1, detractors: 1 }]);
  });
});
