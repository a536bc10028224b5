import { normalCdf, normalQuantile } from './normalDistribution.ts';
import { sampleSizePerGroup } from './sampleSizePerGroup.ts';
import { wilsonInterval } from './wilsonInterval.ts';

/** Runs in a group and how many of them reached the goal. */
export interface GroupCounts {
  runs: number;
  converted: number;
}

/**
 * How sure a difference between two conversion rates is, as the stats answer shows it.
 * `verdict`: `no_data` (a group has no runs), `significant`, `not_enough_data` (not
 * significant, and the smaller group is below `needed_per_group`) or `no_difference` (not
 * significant with at least that many: the observed difference is within chance).
 */
export interface ProportionComparison {
  /** Rate of the first group − rate of the second, a fraction (0.05 = 5 points). */
  difference: number | null;
  /** Newcombe's hybrid score interval (1998, method 10) for the difference, at 95 %. */
  ci_low: number | null;
  ci_high: number | null;
  /** Two-sided p-value of the pooled two-proportion z-test. */
  p_value: number | null;
  /** p < alpha and the interval leaves out 0: the difference is unlikely to be chance. */
  significant: boolean;
  /** Customers per group to detect the observed difference (at least `MIN_DETECTABLE_DIFFERENCE`) at `alpha`, power 0.8. */
  needed_per_group: number | null;
  verdict: 'no_data' | 'not_enough_data' | 'significant' | 'no_difference';
}

export const ALPHA = 0.05;
export const POWER = 0.8;
/** Differences below one percentage point are not worth a test: the sample needed is sized for at least this. */
export const MIN_DETECTABLE_DIFFERENCE = 0.01;

/**
 * Compares the conversion rate of `a` with that of `b` (b is the baseline: the control group,
 * or the other variant). `alpha` is the two-sided level of the test (0.05; smaller when several
 * pairs are tested at once); the interval is always 95 %.
 */
export function compareProportions(a: GroupCounts, b: GroupCounts, alpha: number = ALPHA): ProportionComparison {
  if (a.runs <= 0 || b.runs <= 0) return { difference: null, ci_low: null, ci_high: null, p_value: null, significant: false, needed_per_group: null, verdict: 'no_data' };
  const pa = a.converted / a.runs;
  const pb = b.converted / b.runs;
  const difference = pa - pb;

  const z95 = normalQuantile(0.975);
  const wa = wilsonInterval(a.converted, a.runs, z95)!;
  const wb = wilsonInterval(b.converted, b.runs, z95)!;
  const ciLow = difference - Math.sqrt((pa - wa.low) ** 2 + (wb.high - pb) ** 2);
  const ciHigh = difference + Math.sqrt((wa.high - pa) ** 2 + (pb - wb.low) ** 2);

  const pooled = (a.converted + b.converted) / (a.runs + b.runs);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.runs + 1 / b.runs));
  // Both groups at 0 % or both at 100 %: no variance, and no evidence of any difference.
  const pValue = se === 0 ? 1 : 2 * normalCdf(-Math.abs(difference) / se);

  const significant = pValue < alpha && (ciLow > 0 || ciHigh < 0);
  const target = Math.max(Math.abs(difference), MIN_DETECTABLE_DIFFERENCE);
  const other = pb + target <= 1 ? pb + target : pb - target;
  const needed = sampleSizePerGroup(pb, other, alpha, POWER);
  const verdict = significant ? 'significant' : needed !== null && Math.min(a.runs, b.runs) < needed ? 'not_enough_data' : 'no_difference';
  return { difference, ci_low: ciLow, ci_high: ciHigh, p_value: pValue, significant, needed_per_group: needed, verdict };
}
