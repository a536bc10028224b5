import hyp2f1 from '@stdlib/math-base-special-hyp2f1';
import { describe, expect, it } from 'vitest';
import { expectedPurchases } from './expectedPurchases';
import { expectedPurchasesUnconditional } from './expectedPurchasesUnconditional';

const cdnow = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/** 2F1 by its defining series, to check the library in the region the formulas use (z < 1, c − a − b < 0). */
function hypergeometricSeries(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 0; k < 1_000_000; k++) {
    term *= (((a + k) * (b + k)) / ((c + k) * (k + 1))) * z;
    sum += term;
    if (Math.abs(term) < 1e-16 * Math.abs(sum)) break;
  }
  return sum;
}

describe('expectedPurchases', () => {
  it('gives 1.226 for the paper’s example customer over the next 39 weeks (Fader, Hardie & Lee 2005)', () => {
    expect(expectedPurchases(cdnow, 39, { frequency: 2, recency: 30.43, T: 38.86 })).toBeCloseTo(1.226, 3);
  });

  it('equals the unconditional expectation for a customer just acquired', () => {
    for (const t of [1, 10, 39, 78, 500]) {
      expect(expectedPurchases(cdnow, t, { frequency: 0, recency: 0, T: 0 })).toBeCloseTo(expectedPurchasesUnconditional(cdnow, t), 10);
    }
  });

  it('is 0 over no time and grows with the horizon', () => {
    const s = { frequency: 4, recency: 20, T: 30 };
    expect(expectedPurchases(cdnow, 0, s)).toBe(0);
    let previous = 0;
    for (const t of [1, 5, 13, 26, 52, 104, 520]) {
      const value = expectedPurchases(cdnow, t, s);
      expect(value).toBeGreaterThan(previous);
      previous = value;
    }
  });

  it('starts at the posterior purchase rate of a live customer times P(alive)', () => {
    // d/dt E[Y(t)] at t = 0 is P(alive) · (r+x)/(α+T).
    const s = { frequency: 3, recency: 25, T: 35 };
    const dt = 1e-6;
    const rate = expectedPurchases(cdnow, dt, s) / dt;
    const alive = 1 / (1 + (cdnow.a / (cdnow.b + 3 - 1)) * Math.pow((cdnow.alpha + 35) / (cdnow.alpha + 25), cdnow.r + 3));
    expect(rate).toBeCloseTo((alive * (cdnow.r + 3)) / (cdnow.alpha + 35), 5);
  });

  it('rejects a negative horizon', () => {
    expect(() => expectedPurchases(cdnow, -1, { frequency: 0, recency: 0, T: 1 })).toThrow(/horizon/);
  });

  it('relies on a 2F1 that matches its series where the formulas use it', () => {
    for (const x of [0, 1, 3, 10, 40]) {
      for (const z of [0.01, 0.5, 0.9, 0.99]) {
        const [a, b, c] = [cdnow.r + x, cdnow.b + x, cdnow.a + cdnow.b + x - 1];
        expect(hyp2f1(a, b, c, z) / hypergeometricSeries(a, b, c, z)).toBeCloseTo(1, 10);
      }
    }
  });
});
