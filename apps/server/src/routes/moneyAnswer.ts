import type { CurrencyFigures } from '@stayflow/store';
import type { ExchangeRates } from './exchangeRates.ts';

const cents = (value: number) => Math.round(value * 100) / 100;
const UNSPECIFIED = 'unspecified';

export interface MoneyFigures {
  customers_with_orders: number;
  total_spent: number;
  average_clv: number | null;
  orders: number;
  revenue: number;
  coupons_issued: number;
  coupon_value: number;
}

function figuresOf(f: CurrencyFigures): MoneyFigures {
  return {
    customers_with_orders: f.customersWithOrders,
    total_spent: cents(f.totalSpent),
    average_clv: f.customersWithOrders === 0 ? null : cents(f.totalSpent / f.customersWithOrders),
    orders: f.orders,
    revenue: cents(f.revenue),
    coupons_issued: f.amountCoupons,
    coupon_value: cents(f.couponValue),
  };
}

/**
 * The metrics' money: figures per currency, never summed across currencies, and with a base
 * currency the same converted at its explicit rates (currencies without one left out, named).
 * `averageClv` is the one figure the old single-number key can honestly carry.
 */
export function moneyAnswer(figures: readonly CurrencyFigures[], exchange: ExchangeRates | null) {
  const currencies: Record<string, MoneyFigures> = {};
  for (const f of figures) currencies[f.currency === '' ? UNSPECIFIED : f.currency] = figuresOf(f);
  let base = null;
  if (exchange !== null) {
    const missing: string[] = [];
    const sum: CurrencyFigures = { currency: exchange.base, customersWithOrders: 0, totalSpent: 0, orders: 0, revenue: 0, amountCoupons: 0, couponValue: 0 };
    for (const f of figures) {
      const rate = exchange.rates[f.currency];
      if (rate === undefined) {
        missing.push(f.currency === '' ? UNSPECIFIED : f.currency);
        continue;
      }
      sum.customersWithOrders += f.customersWithOrders;
      sum.totalSpent += f.totalSpent * rate;
      sum.orders += f.orders;
      sum.revenue += f.revenue * rate;
      sum.amountCoupons += f.amountCoupons;
      sum.couponValue += f.couponValue * rate;
    }
    base = { currency: exchange.base, rates: exchange.rates, ...figuresOf(sum), missing_rates: missing };
  }
  const spending = figures.filter((f) => f.customersWithOrders > 0);
  let averageClv: number | null = null;
  let averageClvCurrency: string | null = null;
  if (base !== null && base.missing_rates.length === 0) {
    averageClv = base.average_clv;
    averageClvCurrency = base.currency;
  } else if (spending.length === 1) {
    const only = currencies[spending[0]!.currency === '' ? UNSPECIFIED : spending[0]!.currency]!;
    averageClv = only.average_clv;
    averageClvCurrency = spending[0]!.currency === '' ? null : spending[0]!.currency;
  }
  return { currencies, base, averageClv, averageClvCurrency };
}
