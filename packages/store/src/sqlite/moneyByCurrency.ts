import { MS_PER_DAY } from '@stayflow/logic';
import { sql } from 'drizzle-orm';
import type { CurrencyFigures } from '../Store.ts';
import type { SqliteDb } from './openSqlite.ts';

/** The UTC day (epoch ms of its midnight) an instant falls in, as `order_days` keys it, before 1970 too. */
const utcDay = (at: number) => at - (((at % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY);

type Sums = { currency: string; orders: number; first: number; spent: number };

/**
 * Orders per currency placed in [from, to): the whole UTC days inside from `order_days`, the
 * partial days at either end from the `orders` ledger (a range scan of `orders_window`, at most
 * two days of rows). Cost: one index range over the day rollups plus those rows.
 */
function ordersBetween(db: SqliteDb, from: number, to: number): Sums[] {
  if (from >= to) return [];
  const firstWhole = from === utcDay(from) ? from : utcDay(from) + MS_PER_DAY;
  const endWhole = utcDay(to);
  const ledger = (a: number, b: number) => sql`
    SELECT COALESCE(currency, '') AS currency, COUNT(*) AS orders, TOTAL(prev_at IS NULL) AS first, TOTAL(amount) AS spent FROM orders WHERE at >= ${a} AND at < ${b} GROUP BY 1`;
  const parts =
    firstWhole >= endWhole
      ? [ledger(from, to)]
      : [
          sql`SELECT currency, TOTAL(orders) AS orders, TOTAL(first_orders) AS first, TOTAL(spent) AS spent FROM order_days WHERE day >= ${firstWhole} AND day < ${endWhole} GROUP BY currency`,
          ...(from < firstWhole ? [ledger(from, firstWhole)] : []),
          ...(endWhole < to ? [ledger(endWhole, to)] : []),
        ];
  return db.all<Sums>(sql`SELECT currency, SUM(orders) AS orders, SUM(first) AS first, SUM(spent) AS spent FROM (${sql.join(parts, sql` UNION ALL `)}) GROUP BY currency`);
}

/**
 * Per currency: customers (counted in the currency of their first order) and all spend by
 * `to`, orders and revenue in [from, to), fixed-amount coupons issued in [from, to) and their
 * value (a range scan of `coupons_issued`). Never summed across currencies.
 */
export function moneyByCurrency(db: SqliteDb, from: number, to: number): CurrencyFigures[] {
  const byCurrency = new Map<string, CurrencyFigures>();
  const entry = (currency: string) => {
    let figures = byCurrency.get(currency);
    if (figures === undefined) byCurrency.set(currency, (figures = { currency, customersWithOrders: 0, totalSpent: 0, orders: 0, revenue: 0, amountCoupons: 0, couponValue: 0 }));
    return figures;
  };
  // Everything by `to`: the day rollups start at the first day any order was placed.
  const earliest = db.get<{ day: number | null }>(sql`SELECT MIN(day) AS day FROM order_days`)?.day;
  if (earliest !== null && earliest !== undefined) {
    for (const row of ordersBetween(db, earliest, to)) {
      const figures = entry(row.currency);
      figures.customersWithOrders = row.first;
      figures.totalSpent = row.spent;
    }
  }
  for (const row of ordersBetween(db, from, to)) {
    const figures = entry(row.currency);
    figures.orders = row.orders;
    figures.revenue = row.spent;
  }
  const coupons = db.all<{ currency: string; n: number; value: number }>(sql`
    SELECT COALESCE(currency, '') AS currency, COUNT(*) AS n, TOTAL(amount) AS value FROM coupons
    WHERE issued_at >= ${from} AND issued_at < ${to} AND amount IS NOT NULL GROUP BY 1`);
  for (const row of coupons) {
    const figures = entry(row.currency);
    figures.amountCoupons = row.n;
    figures.couponValue = row.value;
  }
  return [...byCurrency.values()]
    .filter((f) => f.customersWithOrders > 0 || f.totalSpent !== 0 || f.orders > 0 || f.amountCoupons > 0)
    .sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}
