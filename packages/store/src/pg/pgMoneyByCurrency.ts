import { MS_PER_DAY } from '@stayflow/logic';
import { sql } from 'drizzle-orm';
import type { CurrencyFigures } from '../Store.ts';
import type { PgDb } from './openPg.ts';
import { rowsOf } from './pgTransaction.ts';

const utcDay = (at: number) => at - (((at % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY);

type Sums = { currency: string; orders: number; first: number; spent: number };

/** Orders per currency placed in [from, to): whole days from `order_days`, the partial days at either end from the ledger (as sqlite/moneyByCurrency.ts). */
async function ordersBetween(db: PgDb, from: number, to: number): Promise<Sums[]> {
  if (from >= to) return [];
  const firstWhole = from === utcDay(from) ? from : utcDay(from) + MS_PER_DAY;
  const endWhole = utcDay(to);
  const ledger = (a: number, b: number) => sql`
    SELECT COALESCE(currency, '') AS currency, COUNT(*) AS orders, COUNT(*) FILTER (WHERE prev_at IS NULL) AS first, COALESCE(SUM(amount), 0) AS spent
    FROM orders WHERE at >= ${a} AND at < ${b} GROUP BY 1`;
  const parts =
    firstWhole >= endWhole
      ? [ledger(from, to)]
      : [
          sql`SELECT currency, SUM(orders) AS orders, SUM(first_orders) AS first, SUM(spent) AS spent FROM order_days WHERE day >= ${firstWhole} AND day < ${endWhole} GROUP BY currency`,
          ...(from < firstWhole ? [ledger(from, firstWhole)] : []),
          ...(endWhole < to ? [ledger(endWhole, to)] : []),
        ];
  return rowsOf<Sums>(
    db.$client,
    sql`SELECT currency, SUM(orders) AS orders, SUM(first) AS first, SUM(spent)::float8 AS spent FROM (${sql.join(parts, sql` UNION ALL `)}) AS parts GROUP BY currency`,
  );
}

/** Per currency, as sqlite/moneyByCurrency.ts computes them: customers and spend by `to`, orders, revenue and fixed-amount coupons in [from, to). */
export async function pgMoneyByCurrency(db: PgDb, from: number, to: number): Promise<CurrencyFigures[]> {
  const byCurrency = new Map<string, CurrencyFigures>();
  const entry = (currency: string) => {
    let figures = byCurrency.get(currency);
    if (figures === undefined) byCurrency.set(currency, (figures = { currency, customersWithOrders: 0, totalSpent: 0, orders: 0, revenue: 0, amountCoupons: 0, couponValue: 0 }));
    return figures;
  };
  const [earliest] = await rowsOf<{ day: number | null }>(db.$client, sql`SELECT MIN(day) AS day FROM order_days`);
  if (earliest?.day !== null && earliest?.day !== undefined) {
    for (const row of await ordersBetween(db, earliest.day, to)) {
      const figures = entry(row.currency);
      figures.customersWithOrders = row.first;
      figures.totalSpent = row.spent;
    }
  }
  for (const row of await ordersBetween(db, from, to)) {
    const figures = entry(row.currency);
    figures.orders = row.orders;
    figures.revenue = row.spent;
  }
  const coupons = await rowsOf<{ currency: string; n: number; value: number }>(
    db.$client,
    sql`SELECT COALESCE(currency, '') AS currency, COUNT(*) AS n, COALESCE(SUM(amount), 0) AS value FROM coupons
        WHERE issued_at >= ${from} AND issued_at < ${to} AND amount IS NOT NULL GROUP BY 1`,
  );
  for (const row of coupons) {
    const figures = entry(row.currency);
    figures.amountCoupons = row.n;
    figures.couponValue = row.value;
  }
  return [...byCurrency.values()]
    .filter((f) => f.customersWithOrders > 0 || f.totalSpent !== 0 || f.orders > 0 || f.amountCoupons > 0)
    .sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}
