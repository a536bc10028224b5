import hyp2f1 from '@stdlib/math-base-special-hyp2f1';
import type { BgNbdParams } from './BgNbdParams';

/**
 * E[X(t)]: repeat purchases a new customer is expected to make in their first `t` (Fader, Hardie & Lee 2005, eq. 9):
 * (a+b−1)/(a−1) · [1 − (α/(α+t))^r · 2F1(r, b; a+b−1; t/(α+t))].
 */
export function expectedPurchasesUnconditional({ r, alpha, a, b }: BgNbdParams, t: number): number {
  if (!(t >= 0)) throw new RangeError(`expectedPurchasesUnconditional: t must be ≥ 0, got ${String(t)}`);
  if (t === 0) return 0;
  return ((a + b - 1) / (a - 1)) * (1 - Math.pow(alpha / (alpha + t), r) * hyp2f1(r, b, a + b - 1, t / (alpha + t)));
}
