import type { GammaGammaParams } from './GammaGammaParams';

/**
 * E[M | p, q, v, x, m̄]: a customer's expected order value given x repeat purchases averaging m̄
 * (Fader, Hardie & Lee 2005, "RFM and CLV", eq. 5): (p(v + x m̄)) / (px + q − 1),
 * a weighted mean of the population mean pv/(q−1) and the customer's own mean. With x = 0, the population mean.
 */
export function expectedOrderValue({ p, q, v }: GammaGammaParams, frequency: number, monetary: number): number {
  if (q <= 1) throw new RangeError(`expectedOrderValue: q must be > 1 (the population mean order value is infinite otherwise), got ${q}`);
  if (!(frequency >= 0)) throw new RangeError(`expectedOrderValue: frequency must be ≥ 0, got ${String(frequency)}`);
  const x = frequency;
  const m = x === 0 ? 0 : monetary;
  if (!Number.isFinite(m) || m < 0) throw new RangeError(`expectedOrderValue: monetary must be a finite amount ≥ 0, got ${String(monetary)}`);
  return (p * (v + x * m)) / (p * x + q - 1);
}
