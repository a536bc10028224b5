import type { BgNbdParams } from './BgNbdParams';
import { deadOdds } from './expectedPurchases';
import type { PurchaseSummary } from './PurchaseSummary';

/**
 * P(alive | x, t_x, T) under BG/NBD (Fader, Hardie & Lee 2005, eq. 13):
 * 1 / (1 + 1{x>0} · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)). A customer with no repeat purchase is alive with
 * probability 1 (BG/NBD lets customers drop out only right after a purchase).
 */
export function probabilityAlive(params: BgNbdParams, s: PurchaseSummary): number {
  // deadOdds works in logs: ((α+T)/(α+t_x))^(r+x) overflows for long silences of frequent buyers.
  return 1 / (1 + deadOdds(params, s));
}
