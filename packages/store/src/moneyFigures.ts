import { MS_PER_DAY } from '@stayflow/logic';
import type { CurrencyFigures } from './Store.ts';

/** The UTC day (epoch ms of its midnight) an instant falls in, as `order_days` keys it, before 1970 too. */
export const utcDay = (at: number) => at - (((at % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY);

/**
 * How [from, to) splits for a read of the order rollups: the whole UTC days in it (`firstWhole`
 * to `endWhole`, none when `firstWhole >= endWhole`) and the partial days at either end, which
 * both stores read from the `orders` ledger.
 */
export function wholeDays(from: number, to: number): { firstWhole: number; endWhole: number } {
  return { firstWhole: from === utcDay(from) ? from : utcDay(from) + MS_PER_DAY, endWhole: utcDay(to) };
}

/** Orders per currency over a span: orders, first orders (customers), amount. */
export interface OrderSums {
  currency: string;
  orders: number;
  first: number;
  spent: number;
}

/** Fixed-amount coupons issued per currency in the window. */
export interface CouponSums {
  currency: string;
  n: number;
  value: number;
}

/**
 * The money answer per currency from what both stores read the same way: the orders up to `to`
 * (customers and all spend), those in the window (orders and revenue) and the coupons issued in
 * it. Currencies with nothing in them are left out; sorted by code. Never summed across currencies.
 */
export function moneyFigures(byTo: readonly OrderSums[], inWindow: readonly OrderSums[], coupons: readonly CouponSums[]): CurrencyFigures[] {
  const byCurrency = new Map<string, CurrencyFigures>();
  const entry = (currency: string) => {
    let figures = byCurrency.get(currency);
    if (figures === undefined) byCurrency.set(currency, (figures = { currency, customersWithOrders: 0, totalSpent: 0, orders: 0, revenue: 0, amountCoupons: 0, couponValue: 0 }));
    return figures;
  };
  for (const row of byTo) {
    const figures = entry(row.currency);
    figures.customersWithOrders = row.first;
    figures.totalSpent = row.spent;
  }
  for (const row of inWindow) {
    const figures = entry(row.currency);
    figures.orders = row.orders;
    figures.revenue = row.spent;
  }
  for (const row of coupons) {
    const figures = entry(row.currency);
    figures.amountCoupons = row.n;
    figures.couponValue = row.value;
  }
  return [...byCurrency.values()]
    .filter((f) => f.customersWithOrders > 0 || f.totalSpent !== 0 || f.orders > 0 || f.amountCoupons > 0)
    .sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}
