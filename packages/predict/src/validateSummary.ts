import type { PurchaseSummary } from './PurchaseSummary';

/** Throws a RangeError naming the customer row and the field when a summary cannot come from real orders. */
export function validateSummary(s: PurchaseSummary, where: string): void {
  const { frequency, recency, T } = s;
  if (!Number.isInteger(frequency) || frequency < 0) {
    throw new RangeError(`${where}: frequency must be a whole number of repeat purchase days (0 or more), got ${String(frequency)}`);
  }
  if (!Number.isFinite(T) || T < 0) {
    throw new RangeError(`${where}: T (time since the first purchase) must be a finite number ≥ 0, got ${String(T)}`);
  }
  if (!Number.isFinite(recency) || recency < 0 || recency > T) {
    throw new RangeError(`${where}: recency must be between 0 and T (${String(T)}), got ${String(recency)}`);
  }
  if (frequency === 0 && recency !== 0) {
    throw new RangeError(`${where}: a customer with no repeat purchase must have recency 0, got ${String(recency)}`);
  }
}
