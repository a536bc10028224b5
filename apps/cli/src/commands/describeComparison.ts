import type { GroupCounts, ProportionComparison } from '@stayflow/engine';

const points = (fraction: number) => `${fraction >= 0 ? '+' : '−'}${Math.abs(fraction * 100).toFixed(1)} pts`;

/** A p-value as people quote it: three decimals, or "< 0.001". */
export const pValueText = (p: number) => (p < 0.001 ? '< 0.001' : `= ${p.toFixed(3)}`);

/**
 * One comparison of two conversion rates for the report, in the words the stats panel uses:
 * the difference with its 95 % interval and p-value, then what can be said of it.
 */
export function describeComparison(comparison: ProportionComparison, groups: readonly GroupCounts[]): string {
  if (comparison.verdict === 'no_data') return 'no data yet: a group has no runs';
  const figures = `${points(comparison.difference!)} (95% CI ${points(comparison.ci_low!)} to ${points(comparison.ci_high!)}), p ${pValueText(comparison.p_value!)}`;
  switch (comparison.verdict) {
    case 'significant':
      return `${figures}: significant`;
    case 'not_enough_data': {
      const smaller = Math.min(...groups.map((g) => g.runs));
      return `${figures}: not enough data yet, about ${(comparison.needed_per_group! - smaller).toLocaleString('en')} more customers per group needed`;
    }
    case 'no_difference':
      return `${figures}: no difference shown`;
  }
}
