import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { summarise, type CustomerSummary, type Order } from '../src/index.ts';

const here = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

export const MS_PER_DAY = 86_400_000;
export const MS_PER_WEEK = 7 * MS_PER_DAY;
/** Start of the cohort's observation: 1997-01-01 (UTC, the dates carry no time zone). */
export const COHORT_START = Date.UTC(1997, 0, 1);
/** End of the calibration period: the end of 1997-09-30, i.e. midnight starting 1997-10-01. */
export const CALIBRATION_END = Date.UTC(1997, 9, 1);

/** The raw CDNOW sample as orders per customer: dates YYYYMMDD at UTC midnight, amounts in dollars. */
export function cdnowOrders(): Map<number, Order[]> {
  const byCustomer = new Map<number, Order[]>();
  for (const line of readFileSync(here('cdnow_sample.txt'), 'utf8').trim().split('\n')) {
    const [, id, date, , dollars] = line.trim().split(/\s+/);
    const at = Date.UTC(Number(date!.slice(0, 4)), Number(date!.slice(4, 6)) - 1, Number(date!.slice(6, 8)));
    const orders = byCustomer.get(Number(id)) ?? [];
    orders.push({ at, amount: Number(dollars), currency: 'USD' });
    byCustomer.set(Number(id), orders);
  }
  return byCustomer;
}

/** The published calibration summary: customer id → frequency, recency, T (weeks). */
export function cdnowPublishedSummary(): Map<number, { frequency: number; recency: number; T: number }> {
  const rows = readFileSync(here('cdnow_customers_summary.csv'), 'utf8').trim().split('\n').slice(1);
  return new Map(
    rows.map((line) => {
      const [id, frequency, recency, T] = line.split(',').map(Number);
      return [id!, { frequency: frequency!, recency: recency!, T: T! }];
    }),
  );
}

/** The raw orders summarised the way live orders are (weeks), keyed by customer id. */
export function cdnowSummaries(): Map<number, CustomerSummary> {
  const summaries = new Map<number, CustomerSummary>();
  for (const [id, orders] of cdnowOrders()) {
    const s = summarise(orders, CALIBRATION_END, MS_PER_WEEK);
    if (s) summaries.set(id, s);
  }
  return summaries;
}
