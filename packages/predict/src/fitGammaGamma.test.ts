import { describe, expect, it } from 'vitest';
import { CALIBRATION_END, cdnowOrders, cdnowSummaries } from '../test-data/loadCdnow.ts';
import { fitGammaGamma } from './fitGammaGamma';
import { MIN_GAMMA_GAMMA_REPEATERS } from './minimums';
import { prepareGammaGammaData } from './gammaGammaLogLikelihood';
import { MIN_SPEND_HETEROGENEITY_LR, spendHeterogeneity } from './spendHeterogeneity';

/** mulberry32: the same draws on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Gamma(shape, 1) by Marsaglia & Tsang (shape ≥ 1), from uniform draws. */
function gamma(next: () => number, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const u1 = next() || Number.MIN_VALUE;
    const normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * next());
    const v = (1 + c * normal) ** 3;
    if (v > 0 && Math.log(next() || Number.MIN_VALUE) < 0.5 * normal ** 2 + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Typical baskets (CNY) of the demo shop's categories. */
const BASKETS = [89, 129, 199, 259, 399, 599];

/**
 * Repeat buyers like the demo's shop customers before per-customer spend: every order a random category's basket
 * times a uniform 0.45–2.2, the same distribution for everyone (`level` 1), or scaled by each customer's own
 * spend level drawn from Gamma(shape 4, mean 1).
 */
function shopRows(customers: number, perCustomerLevel: boolean, seed = 11): { frequency: number; monetary: number }[] {
  const next = random(seed);
  return Array.from({ length: customers }, () => {
    const level = perCustomerLevel ? gamma(next, 4) / 4 : 1;
    const frequency = 1 + Math.floor(next() * 8);
    let total = 0;
    for (let i = 0; i < frequency; i++) total += BASKETS[Math.floor(next() * BASKETS.length)]! * level * (0.45 + next() * 1.75);
    return { frequency, monetary: total / frequency };
  });
}

const rows = [...cdnowSummaries().values()].map((s) => ({ frequency: s.frequency, monetary: s.monetary.USD?.mean ?? 0 }));

describe('fitGammaGamma', () => {
  it('recovers the published CDNOW spend parameters within 2 % from the means of repeat purchase days', () => {
    const fit = fitGammaGamma(rows);
    if (!fit.ok) throw new Error(fit.message);
    expect(fit.customers).toBe(946);
    const published = { p: 6.25, q: 3.74, v: 15.44 };
    for (const name of ['p', 'q', 'v'] as const) {
      expect(Math.abs(fit.params[name] - published[name]) / published[name], name).toBeLessThanOrEqual(0.02);
    }
    expect(fit.converged).toBe(true);
  });

  it('does not reproduce them when the first purchase is counted in the mean (so the definition matters)', () => {
    const withFirst = [...cdnowOrders().values()].map((orders) => {
      const perDay = new Map<number, number>();
      for (const o of orders) if (o.at < CALIBRATION_END) perDay.set(o.at, (perDay.get(o.at) ?? 0) + o.amount);
      const values = [...perDay.values()];
      return { frequency: values.length - 1, monetary: values.reduce((sum, v) => sum + v, 0) / values.length };
    });
    const fit = fitGammaGamma(withFirst);
    if (!fit.ok) throw new Error(fit.message);
    expect(Math.abs(fit.params.p - 6.25) / 6.25).toBeGreaterThan(0.5);
  });

  it('refits in fewer iterations from a warm start (the previous fit, on slightly older data)', () => {
    const previous = fitGammaGamma(rows.slice(0, Math.round(rows.length * 0.95)));
    const cold = fitGammaGamma(rows);
    if (!previous.ok || !cold.ok) throw new Error('fit failed');
    const warm = fitGammaGamma(rows, { warmStart: previous.params });
    if (!warm.ok) throw new Error(warm.message);
    expect(warm.iterations).toBeLessThan(cold.iterations);
    expect(warm.logLikelihood).toBeCloseTo(cold.logLikelihood, 3);
  });

  it('says there are too few repeaters below the minimum, counting only paid repeat customers', () => {
    const repeaters = rows.filter((row) => row.frequency > 0);
    const few = [...rows.filter((row) => row.frequency === 0), ...repeaters.slice(0, MIN_GAMMA_GAMMA_REPEATERS - 1), { frequency: 3, monetary: 0 }];
    expect(fitGammaGamma(few)).toMatchObject({ ok: false, reason: 'too_few_repeaters', customers: MIN_GAMMA_GAMMA_REPEATERS - 1 });
  });

  it('keeps the CDNOW fit: its customers clearly differ in spend', () => {
    const fit = fitGammaGamma(rows);
    if (!fit.ok) throw new Error(fit.message);
    const test = spendHeterogeneity(prepareGammaGammaData(rows.filter((row) => row.frequency > 0 && row.monetary > 0)), fit.logLikelihood);
    expect(test.heterogeneous).toBe(true);
    expect(test.statistic).toBeGreaterThan(100 * MIN_SPEND_HETEROGENEITY_LR);
  });

  it('answers degenerate, with the average order value, when every customer spends alike (the old demo shop)', () => {
    const fit = fitGammaGamma(shopRows(1000, false));
    expect(fit).toMatchObject({ ok: false, reason: 'degenerate', customers: 1000 });
    if (fit.ok) return;
    expect(fit.message).toMatch(/cannot tell these 1000 repeat buyers' spend apart/);
    expect(fit.message).toMatch(/one average order value \(3\d\d(\.\d+)?\)/);
    expect(fit.message).toMatch(/likelihood ratio \d+\.\d\d, needs 2\.71/);
  });

  it('fits when each customer has their own spend level, and gives them different expected values', () => {
    const fit = fitGammaGamma(shopRows(1000, true));
    if (!fit.ok) throw new Error(fit.message);
    // Levels ~ Gamma(4) / 4 have a coefficient of variation of 1/2: q, the heterogeneity, is finite and modest.
    expect(fit.params.q).toBeGreaterThan(1);
    expect(fit.params.q).toBeLessThan(100);
  });

  it('rejects a malformed row, naming it', () => {
    expect(() => fitGammaGamma([{ frequency: 1.5, monetary: 3 }])).toThrow(/customer row 0: frequency/);
    expect(() => fitGammaGamma([{ frequency: 1, monetary: Number.NaN }])).toThrow(/customer row 0: monetary/);
  });
});
