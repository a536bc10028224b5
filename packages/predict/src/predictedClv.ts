import type { BgNbdParams } from './BgNbdParams';
import { expectedOrderValue } from './expectedOrderValue';
import { deadOdds, expectedPurchasesIfAlive } from './expectedPurchases';
import type { GammaGammaParams } from './GammaGammaParams';
import type { PurchaseSummary } from './PurchaseSummary';

export interface ClvOptions {
  /** How far ahead, in the summary's unit. */
  horizon: number;
  /** Length of a month in the summary's unit (30 for days, 30/7 for weeks). */
  unitsPerMonth: number;
  /** Monthly discount rate (0.01 = 1 % a month); 0 when omitted. */
  monthlyDiscountRate?: number;
}

/**
 * Predicted customer lifetime value over `horizon`: for each month k = 1, 2, … (the last one possibly partial),
 * (E[Y(t_k)] − E[Y(t_{k−1})]) · E[M] / (1 + d)^k, with E[Y] the BG/NBD conditional expected purchases and E[M] the
 * Gamma-Gamma expected order value (Fader, Hardie & Lee 2005 "RFM and CLV"; the discounting of the lifetimes library).
 */
export function predictedClv(bg: BgNbdParams, gg: GammaGammaParams, s: PurchaseSummary, monetary: number, options: ClvOptions): number {
  const { horizon, unitsPerMonth } = options;
  const discount = options.monthlyDiscountRate ?? 0;
  if (!(horizon >= 0) || !Number.isFinite(horizon)) throw new RangeError(`predictedClv: horizon must be a finite number ≥ 0, got ${String(horizon)}`);
  if (!(unitsPerMonth > 0) || !Number.isFinite(unitsPerMonth)) {
    throw new RangeError(`predictedClv: unitsPerMonth must be a finite number > 0, got ${String(unitsPerMonth)}`);
  }
  if (!(discount >= 0) || !Number.isFinite(discount)) {
    throw new RangeError(`predictedClv: monthlyDiscountRate must be a finite rate ≥ 0, got ${String(options.monthlyDiscountRate)}`);
  }
  // E[Y(t)] = E[Y(t) | alive] / (1 + odds of having dropped out); the odds do not depend on t, so they are divided once.
  const orderValue = expectedOrderValue(gg, s.frequency, monetary) / (1 + deadOdds(bg, s));
  const months = Math.ceil(horizon / unitsPerMonth - 1e-9);
  let value = 0;
  let before = 0;
  for (let k = 1; k <= months; k++) {
    const upTo = expectedPurchasesIfAlive(bg, Math.min(k * unitsPerMonth, horizon), s);
    value += ((upTo - before) * orderValue) / Math.pow(1 + discount, k);
    before = upTo;
  }
  return value;
}
