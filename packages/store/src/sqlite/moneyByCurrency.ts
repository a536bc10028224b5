import { sql } from 'drizzle-orm';
import { moneyFigures, wholeDays, type CouponSums, type OrderSums } from '../moneyFigures.ts';
import type { CurrencyFigures } from '../Store.ts';
import type { SqliteDb } from './openSqlite.ts';

/**
 * Orders per currency placed in [from, to): the whole UTC days inside from `order_days`, the
 * partial days at either end from the `orders` ledger (a range scan of `orders_window`, at most
 * two days of rows). Cost: one index range over the day rollups plus those rows.
 */
function ordersBetween(db: SqliteDb, from: number, to: number): OrderSums[] {
  if (from >= to) return [];
  const { firstWhole, endWhole } = wholeDays(from, to);
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
  return db.all<OrderSums>(sql`SELECT currency, SUM(orders) AS orders, SUM(first) AS first, SUM(spent) AS spent FROM (${sql.join(parts, sql` UNION ALL `)}) GROUP BY currency`);
}

/**
 * Per currency: customers (counted in the currency of their first order) and all spend by
 * `to`, orders and revenue in [from, to), fixed-amount coupons issued in [from, to) and their
 * value (a range scan of `coupons_issued`), assembled by `moneyFigures`.
 */
export function moneyByCurrency(db: SqliteDb, from: number, to: number): CurrencyFigures[] {
  // Everything by `to`: the day rollups start at the first day any order was placed.
  const earliest = db.get<{ day: number | null }>(sql`SELECT MIN(day) AS day FROM order_days`)?.day;
  const byTo = earliest === null || earliest === undefined ? [] : ordersBetween(db, earliest, to);
  const coupons = db.all<CouponSums>(sql`
    SELECT COALESCE(currency, '') AS currency, COUNT(*) AS n, TOTAL(amount) AS value FROM coupons
    WHERE issued_at >= ${from} AND issued_at < ${to} AND amount IS NOT NULL GROUP BY 1`);
  return moneyFigures(byTo, ordersBetween(db, from, to), coupons);
}
