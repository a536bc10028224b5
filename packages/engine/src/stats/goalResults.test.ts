import { describe, expect, it } from 'vitest';
import { compareProportions } from './compareProportions.ts';
import { goalResults } from './goalResults.ts';

describe('goalResults', () => {
  it('answers null rates, not 0 %, when no run entered', () => {
    expect(goalResults([])).toEqual({ goal: { converted: 0, rate: null } });
  });

  it('splits treatment from control and compares them', () => {
    const result = goalResults([
      { control: false, variant: null, runs: 70, converted: 56 },
      { control: true, variant: null, runs: 80, converted: 48 },
    ]);
    expect(result.goal).toEqual({ converted: 104, rate: 104 / 150, treatment_rate: 0.8, control_rate: 0.6, uplift: 0.8 - 0.6 });
    expect(result.holdout?.treatment).toEqual({ runs: 70, converted: 56, rate: 0.8 });
    expect(result.holdout?.control).toEqual({ runs: 80, converted: 48, rate: 0.6 });
    expect(result.holdout?.comparison).toEqual(compareProportions({ runs: 70, converted: 56 }, { runs: 80, converted: 48 }));
  });

  it('counts only treatment runs in variants and names no winner before the difference is significant', () => {
    const result = goalResults([
      { control: false, variant: 'a', runs: 99, converted: 32 },
      { control: false, variant: 'b', runs: 101, converted: 31 },
      { control: true, variant: 'a', runs: 10, converted: 0 },
    ]);
    expect(result.variants).toEqual({ a: { runs: 99, converted: 32, rate: 32 / 99 }, b: { runs: 101, converted: 31, rate: 31 / 101 } });
    expect(result.variant_test?.winner).toBeNull();
    expect(result.variant_test?.comparisons).toHaveLength(1);
    expect(result.variant_test?.comparisons[0]).toMatchObject({ a: 'a', b: 'b', verdict: 'not_enough_data' });
  });

  it('names the winner once it is significantly ahead of every other variant', () => {
    const result = goalResults([
      { control: false, variant: 'a', runs: 500, converted: 100 },
      { control: false, variant: 'b', runs: 500, converted: 160 },
      { control: false, variant: 'c', runs: 500, converted: 95 },
    ]);
    // Three pairs: each tested at 0.05 / 3 (Bonferroni).
    expect(result.variant_test?.alpha).toBeCloseTo(0.05 / 3, 12);
    expect(result.variant_test?.winner).toBe('b');
  });

  it('names no winner when the leader is ahead of only some of the others', () => {
    const result = goalResults([
      { control: false, variant: 'a', runs: 500, converted: 150 },
      { control: false, variant: 'b', runs: 500, converted: 160 },
      { control: false, variant: 'c', runs: 500, converted: 95 },
    ]);
    expect(result.variant_test?.winner).toBeNull();
  });
});
