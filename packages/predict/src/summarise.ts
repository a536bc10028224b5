import type { Order } from './Order';
import type { PurchaseSummary } from './PurchaseSummary';

export type CustomerSummary = PurchaseSummary & { monetary: Record<string, { mean: number; repeatDays: number }> };

const MS_PER_DAY = 86_400_000;

/**
 * One customer's calibration summary from their orders, at day resolution (UTC days): all orders of a day are one
 * purchase, their amounts summed per currency. Orders at or after `end` are ignored; null when none is before it.
 * - frequency: purchase days after the first one;
 * - recency: first purchase day to last purchase day; T: first purchase day to the last day before `end`
 *   (the day holding `end − 1 ms`), both in units of `unitMs` — so `end` = midnight after the last calibration day;
 * - monetary: per currency, the mean of the repeat purchase days' totals (the first purchase day excluded, as in
 *   Fader, Hardie & Lee 2005 "RFM and CLV"); a currency with no repeat purchase day is left out.
 */
export function summarise(orders: readonly Order[], end: number, unitMs: number): CustomerSummary | null {
  if (!Number.isFinite(end)) throw new RangeError(`summarise: end must be an epoch-millisecond time, got ${String(end)}`);
  if (!Number.isFinite(unitMs) || unitMs <= 0) {
    throw new RangeError(`summarise: unitMs must be a positive number of milliseconds, got ${String(unitMs)}`);
  }
  const days = new Map<number, Map<string, number>>();
  orders.forEach((order, i) => {
    if (!Number.isFinite(order.at)) throw new RangeError(`summarise: order ${i}: at must be an epoch-millisecond time, got ${String(order.at)}`);
    if (!Number.isFinite(order.amount) || order.amount < 0) {
      throw new RangeError(`summarise: order ${i}: amount must be a finite amount ≥ 0, got ${String(order.amount)}`);
    }
    if (typeof order.currency !== 'string' || order.currency === '') {
      throw new RangeError(`summarise: order ${i}: currency must be a non-empty code, got ${JSON.stringify(order.currency)}`);
    }
    if (order.at >= end) return;
    const day = Math.floor(order.at / MS_PER_DAY);
    let amounts = days.get(day);
    if (!amounts) {
      amounts = new Map();
      days.set(day, amounts);
    }
    amounts.set(order.currency, (amounts.get(order.currency) ?? 0) + order.amount);
  });
  if (days.size === 0) return null;
  const ordered = [...days.keys()].sort((a, b) => a - b);
  const first = ordered[0]!;
  const last = ordered[ordered.length - 1]!;
  const lastCalibrationDay = Math.floor((end - 1) / MS_PER_DAY);
  const totals = new Map<string, { sum: number; repeatDays: number }>();
  for (const day of ordered.slice(1)) {
    for (const [currency, amount] of days.get(day)!) {
      const total = totals.get(currency) ?? { sum: 0, repeatDays: 0 };
      total.sum += amount;
      total.repeatDays += 1;
      totals.set(currency, total);
    }
  }
  const monetary: CustomerSummary['monetary'] = {};
  for (const [currency, { sum, repeatDays }] of totals) monetary[currency] = { mean: sum / repeatDays, repeatDays };
  const dayUnits = MS_PER_DAY / unitMs;
  return {
    frequency: ordered.length - 1,
    recency: (last - first) * dayUnits,
    T: (lastCalibrationDay - first) * dayUnits,
    monetary,
  };
}
