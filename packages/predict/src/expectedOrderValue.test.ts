import { describe, expect, it } from 'vitest';
import { expectedOrderValue } from './expectedOrderValue';

const cdnow = { p: 6.25, q: 3.74, v: 15.44 };

describe('expectedOrderValue', () => {
  it('is the population mean p·v/(q−1) for a customer without repeat purchases', () => {
    expect(expectedOrderValue(cdnow, 0, 0)).toBeCloseTo((6.25 * 15.44) / 2.74, 10);
    expect(expectedOrderValue(cdnow, 0, 500)).toBeCloseTo((6.25 * 15.44) / 2.74, 10);
  });

  it('moves from the population mean towards the customer’s own mean as repeat purchases accumulate', () => {
    const population = expectedOrderValue(cdnow, 0, 0);
    const own = 100;
    const values = [1, 2, 5, 20, 200].map((x) => expectedOrderValue(cdnow, x, own));
    for (let i = 1; i < values.length; i++) expect(values[i]!).toBeGreaterThan(values[i - 1]!);
    expect(values[0]!).toBeGreaterThan(population);
    expect(values[values.length - 1]!).toBeLessThan(own);
    expect(values[values.length - 1]!).toBeGreaterThan(own * 0.99);
  });

  it('refuses parameters for which the mean order value is infinite', () => {
    expect(() => expectedOrderValue({ p: 2, q: 1, v: 3 }, 1, 10)).toThrow(/q must be > 1/);
    expect(() => expectedOrderValue(cdnow, 1, Number.NaN)).toThrow(/monetary/);
  });
});
