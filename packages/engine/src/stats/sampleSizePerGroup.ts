import { normalQuantile } from './normalDistribution.ts';

/**
 * Customers needed in each of two equal groups for a two-sided two-proportion z-test at level
 * `alpha` to detect the difference between `p1` and `p2` with probability `power` (Fleiss,
 * Levin & Paik, "Statistical Methods for Rates and Proportions", 3rd ed., eq. 4.14, without
 * the continuity correction):
 *
 *   n = (z₁₋α/₂ · √(2 p̄ q̄) + z₁₋β · √(p₁q₁ + p₂q₂))² / (p₁ − p₂)²,  p̄ = (p₁ + p₂) / 2
 *
 * rounded up. Null when the two rates are equal (no sample detects no difference).
 */
export function sampleSizePerGroup(p1: number, p2: number, alpha: number, power: number): number | null {
  if (p1 === p2) return null;
  const zAlpha = normalQuantile(1 - alpha / 2);
  const zBeta = normalQuantile(power);
  const mean = (p1 + p2) / 2;
  const root = zAlpha * Math.sqrt(2 * mean * (1 - mean)) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  // A hair below an integer is that integer: floating error must not add a customer.
  return Math.ceil((root * root) / ((p1 - p2) * (p1 - p2)) - 1e-9);
}
