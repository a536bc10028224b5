/**
 * Wilson's score interval for one proportion `successes / trials` (Wilson 1927; Newcombe 1998a,
 * method 3), with `z` the normal quantile of the confidence level (1.96 for 95 %). Unlike the
 * Wald interval it stays inside [0, 1] and is not empty at 0 % or 100 %. Null for no trials.
 */
export function wilsonInterval(successes: number, trials: number, z: number): { low: number; high: number } | null {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = trials + z2;
  const centre = (successes + z2 / 2) / denominator;
  const half = (z * Math.sqrt(trials * p * (1 - p) + z2 / 4)) / denominator;
  // At 0 and 100 % the bound is exactly 0 or 1 (the formula gives it up to rounding).
  return { low: successes === 0 ? 0 : Math.max(0, centre - half), high: successes === trials ? 1 : Math.min(1, centre + half) };
}
