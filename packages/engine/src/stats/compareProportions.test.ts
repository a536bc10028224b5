import { describe, expect, it } from 'vitest';
import { compareProportions } from './compareProportions.ts';
import { normalCdf, normalQuantile } from './normalDistribution.ts';
import { sampleSizePerGroup } from './sampleSizePerGroup.ts';
import { wilsonInterval } from './wilsonInterval.ts';

const z95 = 1.959963984540054;

describe('normal distribution', () => {
  it('matches printed tables of the standard normal', () => {
    // Abramowitz & Stegun, Table 26.1: Φ(1.96) = 0.9750021048517795, Φ(−3) = 0.0013498980316301.
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 13);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316301, 14);
    expect(normalCdf(0)).toBe(0.5);
    expect(normalQuantile(0.975)).toBeCloseTo(z95, 12);
    expect(normalQuantile(0.8)).toBeCloseTo(0.8416212335729143, 12);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 10);
  });
});

describe('wilsonInterval', () => {
  // Newcombe (1998a), "Two-sided confidence intervals for the single proportion", Stat Med 17:857, Table I, method 3.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('gives %i/%i as [%f, %f]', (x, n, low, high) => {
    const interval = wilsonInterval(x, n, z95)!;
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('has no interval without trials', () => {
    expect(wilsonInterval(0, 0, z95)).toBeNull();
  });
});

describe('compareProportions', () => {
  // Newcombe (1998b), "Interval estimation for the difference between independent proportions",
  // Stat Med 17:873, Table II, method 10 (hybrid score, no continuity correction).
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
  ])('gives %i/%i − %i/%i a 95%% interval of [%f, %f]', (x1, n1, x2, n2, low, high) => {
    const result = compareProportions({ converted: x1, runs: n1 }, { converted: x2, runs: n2 });
    expect(result.difference).toBeCloseTo(x1 / n1 - x2 / n2, 12);
    expect(result.ci_low).toBeCloseTo(low, 4);
    expect(result.ci_high).toBeCloseTo(high, 4);
  });

  it('gives the pooled two-proportion z-test p-value worked by hand', () => {
    // 56/70 vs 48/80: pooled p = 104/150 = 0.69333; SE = √(0.69333 · 0.30667 · (1/70 + 1/80)) = 0.075467;
    // z = 0.2 / 0.075467 = 2.6502; p = 2 · (1 − Φ(2.6502)) = 0.00805.
    const result = compareProportions({ converted: 56, runs: 70 }, { converted: 48, runs: 80 });
    expect(result.p_value).toBeCloseTo(0.00805, 5);
    expect(result.significant).toBe(true);
    expect(result.verdict).toBe('significant');
  });

  it('names no difference as significant in the 200-run test the issue found (32 % vs 31 %)', () => {
    // 32/99 = 32.3 % vs 31/101 = 30.7 %: pooled 63/200 = 0.315, SE = √(0.315 · 0.685 · (1/99 + 1/101)) = 0.06569,
    // z = 0.01631 / 0.06569 = 0.2483, p = 0.804.
    const result = compareProportions({ converted: 32, runs: 99 }, { converted: 31, runs: 101 });
    expect(result.p_value).toBeCloseTo(0.804, 3);
    expect(result.significant).toBe(false);
    expect(result.verdict).toBe('not_enough_data');
    expect(result.ci_low).toBeLessThan(0);
    expect(result.ci_high).toBeGreaterThan(0);
    // Sized to detect the observed 1.6 points over the 30.7 % baseline.
    expect(result.needed_per_group).toBe(sampleSizePerGroup(31 / 101, 31 / 101 + (32 / 99 - 31 / 101), 0.05, 0.8));
    expect(result.needed_per_group).toBeGreaterThan(10_000);
  });

  it('answers "no data" when a group has no runs', () => {
    expect(compareProportions({ converted: 0, runs: 0 }, { converted: 3, runs: 10 })).toEqual({
      difference: null,
      ci_low: null,
      ci_high: null,
      p_value: null,
      significant: false,
      needed_per_group: null,
      verdict: 'no_data',
    });
  });

  it('finds no evidence when both groups are at 0 %', () => {
    const result = compareProportions({ converted: 0, runs: 10 }, { converted: 0, runs: 20 });
    expect(result.p_value).toBe(1);
    expect(result.significant).toBe(false);
    // Sized for the minimum detectable difference, one point over 0 %.
    expect(result.needed_per_group).toBe(sampleSizePerGroup(0, 0.01, 0.05, 0.8));
  });

  it('says "no difference" when the groups are already big enough and the test is not significant', () => {
    const result = compareProportions({ converted: 12_000, runs: 40_000 }, { converted: 11_900, runs: 40_000 });
    expect(result.significant).toBe(false);
    expect(result.verdict).toBe('no_difference');
  });

  it('is not significant at a stricter level though it is at 0.05', () => {
    const a = { converted: 9, runs: 10 };
    const b = { converted: 3, runs: 10 };
    expect(compareProportions(a, b).significant).toBe(true); // p = 0.00617
    expect(compareProportions(a, b, 0.005).significant).toBe(false);
  });
});

describe('sampleSizePerGroup', () => {
  it('gives the textbook 686 per group for 10 % vs 15 % at α 0.05, power 0.8', () => {
    // Fleiss, Levin & Paik (2003), eq. 4.14 without continuity correction: p̄ = 0.125,
    // (1.95996 · √(2 · 0.125 · 0.875) + 0.84162 · √(0.09 + 0.1275))² / 0.05² = 685.6 → 686.
    expect(sampleSizePerGroup(0.1, 0.15, 0.05, 0.8)).toBe(686);
    expect(sampleSizePerGroup(0.15, 0.1, 0.05, 0.8)).toBe(686);
  });

  it('has no size for equal rates', () => {
    expect(sampleSizePerGroup(0.2, 0.2, 0.05, 0.8)).toBeNull();
  });
});
