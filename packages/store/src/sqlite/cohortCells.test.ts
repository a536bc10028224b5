import { describe, expect, it } from 'vitest';
import { openSqlite } from './openSqlite.ts';
import { SqliteActivity } from './SqliteActivity.ts';

const at = (iso: string) => Date.parse(iso);

/** A hand-made order set, written straight into the ledger (its triggers link each customer's orders). */
function ordersOf(rows: [customer: string, iso: string, amount: number, currency: string | null][], segments: Record<string, string[]> = {}) {
  const db = openSqlite(':memory:');
  const insert = db.$client.prepare('INSERT INTO orders (event_id, customer_id, at, amount, currency) VALUES (?, ?, ?, ?, ?)');
  rows.forEach(([customer, iso, amount, currency], i) => insert.run(`e${i}`, customer, at(iso), amount, currency));
  const customer = db.$client.prepare(`INSERT INTO customers (id, attributes, tags, world, segments, created_at, updated_at) VALUES (?, '{}', '[]', '{}', ?, 0, 0)`);
  for (const [id, list] of Object.entries(segments)) customer.run(id, JSON.stringify(list));
  return { db, activity: new SqliteActivity(db) };
}

describe('cohort cells', () => {
  // By hand: January's cohort is ann, bob, cy (3); in February ann and bob bought again (bob twice,
  // counted once), in March only cy. February's cohort is dee (her first order; the one in the
  // window's last instant of March is left out, windows being half-open). eve's first order was
  // in December, before the window: she is in no cohort, though she buys in January.
  const set = ordersOf(
    [
      ['ann', '2026-01-05T10:00:00Z', 10, 'USD'],
      ['bob', '2026-01-31T23:59:59Z', 20, 'USD'],
      ['cy', '2026-01-15T00:00:00Z', 30, 'CNY'],
      ['ann', '2026-02-01T00:00:00Z', 10, 'USD'],
      ['bob', '2026-02-10T00:00:00Z', 20, 'USD'],
      ['bob', '2026-02-11T00:00:00Z', 20, 'USD'],
      ['cy', '2026-03-31T12:00:00Z', 30, 'CNY'],
      ['dee', '2026-02-20T00:00:00Z', 5, 'USD'],
      ['dee', '2026-04-01T00:00:00Z', 5, 'USD'],
      ['eve', '2025-12-24T00:00:00Z', 99, 'USD'],
      ['eve', '2026-01-24T00:00:00Z', 99, 'USD'],
    ],
    { ann: ['vip'], cy: ['vip'], dee: [] },
  );

  it('counts customers by first-purchase month and each later month they bought in', async () => {
    expect(await set.activity.cohorts(at('2026-01-01T00:00:00Z'), at('2026-04-01T00:00:00Z'))).toEqual([
      { cohort: '2026-01', month: '2026-01', customers: 3 },
      { cohort: '2026-01', month: '2026-02', customers: 2 },
      { cohort: '2026-01', month: '2026-03', customers: 1 },
      { cohort: '2026-02', month: '2026-02', customers: 1 },
    ]);
  });

  it('counts only the members of a segment when asked', async () => {
    expect(await set.activity.cohorts(at('2026-01-01T00:00:00Z'), at('2026-04-01T00:00:00Z'), { segment: 'vip' })).toEqual([
      { cohort: '2026-01', month: '2026-01', customers: 2 },
      { cohort: '2026-01', month: '2026-02', customers: 1 },
      { cohort: '2026-01', month: '2026-03', customers: 1 },
    ]);
  });

  it('keeps money apart per currency, and revenue to the half-open window', async () => {
    expect(await set.activity.moneyByCurrency(at('2026-02-01T00:00:00Z'), at('2026-04-01T00:00:00Z'))).toEqual([
      // CNY: cy; by 1 April 60 spent in all, of which 30 in February–March.
      { currency: 'CNY', customersWithOrders: 1, totalSpent: 60, orders: 1, revenue: 30, amountCoupons: 0, couponValue: 0 },
      // USD: ann, bob, dee, eve (first orders in USD); dee's order on 1 April is outside.
      { currency: 'USD', customersWithOrders: 4, totalSpent: 10 + 20 + 10 + 20 + 20 + 5 + 99 + 99, orders: 4, revenue: 10 + 20 + 20 + 5, amountCoupons: 0, couponValue: 0 },
    ]);
  });

  it('answers mid-day windows from the ledger rows of their edge days', async () => {
    const figures = await set.activity.moneyByCurrency(at('2026-01-31T12:00:00Z'), at('2026-02-10T12:00:00Z'));
    expect(figures.find((f) => f.currency === 'USD')).toMatchObject({ orders: 3, revenue: 20 + 10 + 20 });
  });

  it('sums the face value of fixed-amount coupons issued in the window per currency', async () => {
    const coupon = set.db.$client.prepare(
      `INSERT INTO coupons (code, customer_id, playbook_id, run_id, node, percent, amount, currency, issued_at, valid_until) VALUES (?, 'ann', 'p', 'r', 'n', ?, ?, ?, ?, 0)`,
    );
    coupon.run('A', null, 5, 'USD', at('2026-02-02T00:00:00Z'));
    coupon.run('B', null, 7, 'USD', at('2026-02-03T00:00:00Z'));
    coupon.run('C', null, 20, 'CNY', at('2026-02-03T00:00:00Z'));
    coupon.run('D', 15, null, null, at('2026-02-03T00:00:00Z'));
    coupon.run('E', null, 9, 'USD', at('2026-04-01T00:00:00Z'));
    const figures = await set.activity.moneyByCurrency(at('2026-02-01T00:00:00Z'), at('2026-04-01T00:00:00Z'));
    expect(figures.map((f) => [f.currency, f.amountCoupons, f.couponValue])).toEqual([
      ['CNY', 1, 20],
      ['USD', 2, 12],
    ]);
  });
});
