import hyp2f1 from '@stdlib/math-base-special-hyp2f1';
import type { BgNbdParams } from './BgNbdParams';
import type { PurchaseSummary } from './PurchaseSummary';

/**
 * E[Y(t) | x, t_x, T]: purchases expected in the next `horizon` after T (Fader, Hardie & Lee 2005, eq. 10):
 * (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; t/(α+T+t))]
 *   / (1 + 1{x>0} · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)).
 */
export function expectedPurchases(params: BgNbdParams, horizon: number, s: PurchaseSummary): number {
  if (!(horizon >= 0)) throw new RangeError(`expectedPurchases: horizon must be ≥ 0, got ${String(horizon)}`);
  return expectedPurchasesIfAlive(params, horizon, s) / (1 + deadOdds(params, s));
}

/** The numerator of eq. 10: purchases expected over `horizon` from a customer known to be alive at T. */
export function expectedPurchasesIfAlive({ r, alpha, a, b }: BgNbdParams, horizon: number, { frequency: x, T }: PurchaseSummary): number {
  if (horizon === 0) return 0;
  const shape = r + x;
  const ageAhead = alpha + T + horizon;
  return (
    ((a + b + x - 1) / (a - 1)) *
    (1 - Math.exp(shape * Math.log((alpha + T) / ageAhead)) * hyp2f1(shape, b + x, a + b + x - 1, horizon / ageAhead))
  );
}

/** The odds a customer with repeat purchases has dropped out after their last one: a/(b+x−1) · ((α+T)/(α+t_x))^(r+x); 0 without repeats. */
export function deadOdds({ r, alpha, a, b }: BgNbdParams, { frequency: x, recency, T }: PurchaseSummary): number {
  if (x === 0) return 0;
  return Math.exp(Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + recency)));
}
