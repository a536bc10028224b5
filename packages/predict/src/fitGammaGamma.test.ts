import { describe, expect, it } from 'vitest';
import { CALIBRATION_END, cdnowOrders, cdnowSummaries } from '../test-data/loadCdnow.ts';
import { fitGammaGamma } from './fitGammaGamma';
import { MIN_GAMMA_GAMMA_REPEATERS } from './minimums';

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

  it('rejects a malformed row, naming it', () => {
    expect(() => fitGammaGamma([{ frequency: 1.5, monetary: 3 }])).toThrow(/customer row 0: frequency/);
    expect(() => fitGammaGamma([{ frequency: 1, monetary: Number.NaN }])).toThrow(/customer row 0: monetary/);
  });
});
