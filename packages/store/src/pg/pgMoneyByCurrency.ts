import { sql } from 'drizzle-orm';
import { moneyFigures, wholeDays, type CouponSums, type OrderSums } from '../moneyFigures.ts';
import type { CurrencyFigures } from '../Store.ts';
import type { PgDb } from './openPg.ts';
import { rowsOf } from './pgTransaction.ts';

/** Orders per currency placed in [from, to): whole days from `order_days`, the partial days at either end from the ledger (as sqlite/moneyByCurrency.ts). */
async function ordersBetween(db: PgDb, from: number, to: number): Promise<OrderSums[]> {
  if (from >= to) return [];
  const { firstWhole, endWhole } = wholeDays(from, to);
  const ledger = (a: number, b: number) => sql`
    SELECT COALESCE(currency, '') AS currency, COUNT(*) AS orders, COUNT(*) FILTER (WHERE prev_at IS NULL) AS first, COALESCE(SUM(amount), 0) AS spent
    FROM orders WHERE at >= ${a} AND at < ${b} GROUP BY 1`;
  const parts =
    firstWhole >= endWhole
      ? [ledger(from, to)]
      : [
          // A (day, currency) has a row per writer slot; once its orders sum to 0 its amount is 0 (drizzle-pg/0005_counter_slots.sql).
          sql`SELECT currency, SUM(orders) AS orders, SUM(first) AS first, SUM(CASE WHEN orders = 0 THEN 0 ELSE spent END) AS spent
              FROM (SELECT currency, SUM(orders) AS orders, SUM(first_orders) AS first, SUM(spent) AS spent FROM order_days WHERE day >= ${firstWhole} AND day < ${endWhole} GROUP BY day, currency) AS k
              GROUP BY currency`,
          ...(from < firstWhole ? [ledger(from, firstWhole)] : []),
          ...(endWhole < to ? [ledger(endWhole, to)] : []),
        ];
  return rowsOf<OrderSums>(
    db.$client,
    sql`SELECT currency, SUM(orders) AS orders, SUM(first) AS first, SUM(spent)::float8 AS spent FROM (${sql.join(parts, sql` UNION ALL `)}) AS parts GROUP BY currency`,
  );
}

/** Per currency, as sqlite/moneyByCurrency.ts reads them, assembled by the same `moneyFigures`. */
export async function pgMoneyByCurrency(db: PgDb, from: number, to: number): Promise<CurrencyFigures[]> {
  const [earliest] = await rowsOf<{ day: number | null }>(db.$client, sql`SELECT MIN(day) AS day FROM order_days`);
  const byTo = earliest?.day === null || earliest?.day === undefined ? [] : await ordersBetween(db, earliest.day, to);
  const coupons = await rowsOf<CouponSums>(
    db.$client,
    sql`SELECT COALESCE(currency, '') AS currency, COUNT(*) AS n, COALESCE(SUM(amount), 0) AS value FROM coupons
        WHERE issued_at >= ${from} AND issued_at < ${to} AND amount IS NOT NULL GROUP BY 1`,
  );
  return moneyFigures(byTo, await ordersBetween(db, from, to), coupons);
}
