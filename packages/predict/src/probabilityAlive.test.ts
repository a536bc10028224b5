import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { probabilityAlive } from './probabilityAlive';

const cdnow = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe('probabilityAlive', () => {
  it('is 1 for a customer with no repeat purchase, however long the silence (BG/NBD drops out only after a purchase)', () => {
    expect(probabilityAlive(cdnow, { frequency: 0, recency: 0, T: 0 })).toBe(1);
    expect(probabilityAlive(cdnow, { frequency: 0, recency: 0, T: 500 })).toBe(1);
  });

  it('is 0.7266 for the paper’s example customer (x = 2, t_x = 30.43, T = 38.86)', () => {
    // 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)) with the published parameters.
    expect(probabilityAlive(cdnow, { frequency: 2, recency: 30.43, T: 38.86 })).toBeCloseTo(0.72658, 4);
  });

  it('falls as the silence since the last purchase grows, for a buyer with repeat purchases', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (frequency, recency, silence, more) => {
          const before = probabilityAlive(cdnow, { frequency, recency, T: recency + silence });
          const after = probabilityAlive(cdnow, { frequency, recency, T: recency + silence + more });
          expect(after).toBeLessThanOrEqual(before);
          expect(after).toBeGreaterThanOrEqual(0);
          expect(before).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('falls faster for a frequent buyer than for an occasional one after the same silence', () => {
    const occasional = probabilityAlive(cdnow, { frequency: 1, recency: 10, T: 30 });
    const frequent = probabilityAlive(cdnow, { frequency: 10, recency: 10, T: 30 });
    expect(frequent).toBeLessThan(occasional);
  });

  it('stays a number for very frequent buyers after a long silence', () => {
    expect(probabilityAlive(cdnow, { frequency: 1000, recency: 1, T: 10_000 })).toBe(0);
  });
});
