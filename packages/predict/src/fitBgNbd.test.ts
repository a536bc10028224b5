import { describe, expect, it } from 'vitest';
import { cdnowSummaries } from '../test-data/loadCdnow.ts';
import { fitBgNbd } from './fitBgNbd';
import { MIN_BG_NBD_CUSTOMERS, MIN_BG_NBD_REPEATERS } from './minimums';
import type { PurchaseSummary } from './PurchaseSummary';

const rows: PurchaseSummary[] = [...cdnowSummaries().values()];
const within = (actual: number, expected: number, share: number): boolean => Math.abs(actual - expected) <= share * expected;

describe('fitBgNbd', () => {
  it('recovers the published CDNOW parameters within 2 % (Fader, Hardie & Lee 2005)', () => {
    const fit = fitBgNbd(rows);
    if (!fit.ok) throw new Error(fit.message);
    const { r, alpha, a, b } = fit.params;
    expect({ r, alpha, a, b }).toEqual({
      r: expect.closeTo(0.243, 2),
      alpha: expect.closeTo(4.414, 1),
      a: expect.closeTo(0.793, 2),
      b: expect.closeTo(2.426, 1),
    });
    expect([within(r, 0.243, 0.02), within(alpha, 4.414, 0.02), within(a, 0.793, 0.02), within(b, 2.426, 0.02)]).toEqual([true, true, true, true]);
    // The paper reports LL = −9582.4 at its estimates.
    expect(fit.logLikelihood).toBeCloseTo(-9582.4, 0);
    expect(fit.converged).toBe(true);
    expect(fit.customers).toBe(2357);
  });

  it('refits in fewer iterations from a warm start (the previous fit, on slightly older data)', () => {
    const previous = fitBgNbd(rows.slice(0, Math.round(rows.length * 0.95)));
    const cold = fitBgNbd(rows);
    if (!previous.ok || !cold.ok) throw new Error('fit failed');
    const warm = fitBgNbd(rows, { warmStart: previous.params });
    if (!warm.ok) throw new Error(warm.message);
    expect(warm.iterations).toBeLessThan(cold.iterations);
    expect(warm.params.r).toBeCloseTo(cold.params.r, 4);
    expect(warm.logLikelihood).toBeCloseTo(cold.logLikelihood, 3);
  });

  it('says there are too few customers below the minimum instead of guessing', () => {
    const fit = fitBgNbd(rows.slice(0, MIN_BG_NBD_CUSTOMERS - 1));
    expect(fit).toMatchObject({ ok: false, reason: 'too_few_customers', customers: MIN_BG_NBD_CUSTOMERS - 1 });
    expect(fit.ok === false && fit.message).toMatch(`at least ${MIN_BG_NBD_CUSTOMERS} customers`);
  });

  it('says there are too few repeaters when almost nobody bought again', () => {
    const oneTimers = rows.filter((row) => row.frequency === 0);
    const someRepeaters = rows.filter((row) => row.frequency > 0).slice(0, MIN_BG_NBD_REPEATERS - 1);
    expect(fitBgNbd([...oneTimers, ...someRepeaters])).toMatchObject({ ok: false, reason: 'too_few_repeaters' });
    expect(fitBgNbd([...oneTimers, ...rows.filter((row) => row.frequency > 0).slice(0, MIN_BG_NBD_REPEATERS)]).ok).toBe(true);
  });

  it('rejects a malformed row, naming it', () => {
    const broken = [...rows];
    broken[7] = { frequency: 2, recency: 50, T: 30 };
    expect(() => fitBgNbd(broken)).toThrow(/customer row 7: recency/);
    expect(() => fitBgNbd(rows, { warmStart: { r: 0, alpha: 1, a: 1, b: 1 } })).toThrow(/warmStart: parameter r/);
  });
});
