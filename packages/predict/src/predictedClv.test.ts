import { describe, expect, it } from 'vitest';
import { expectedOrderValue } from './expectedOrderValue';
import { expectedPurchases } from './expectedPurchases';
import { predictedClv } from './predictedClv';

const bg = { r: 0.243, alpha: 4.414 * 7, a: 0.793, b: 2.426 }; // days
const gg = { p: 6.25, q: 3.74, v: 15.44 };
const customer = { frequency: 4, recency: 200, T: 260 };

describe('predictedClv', () => {
  it('without discount is expected purchases over the horizon times the expected order value', () => {
    const clv = predictedClv(bg, gg, customer, 42, { horizon: 365, unitsPerMonth: 30 });
    expect(clv).toBeCloseTo(expectedPurchases(bg, 365, customer) * expectedOrderValue(gg, 4, 42), 8);
  });

  it('discounts month k by (1 + d)^k', () => {
    const value = expectedOrderValue(gg, 4, 42);
    const byHand = [1, 2, 3].reduce(
      (sum, k) => sum + ((expectedPurchases(bg, 30 * k, customer) - expectedPurchases(bg, 30 * (k - 1), customer)) * value) / 1.02 ** k,
      0,
    );
    expect(predictedClv(bg, gg, customer, 42, { horizon: 90, unitsPerMonth: 30, monthlyDiscountRate: 0.02 })).toBeCloseTo(byHand, 10);
  });

  it('is lower with a discount, higher over a longer horizon, and 0 over no time', () => {
    const plain = predictedClv(bg, gg, customer, 42, { horizon: 365, unitsPerMonth: 30 });
    expect(predictedClv(bg, gg, customer, 42, { horizon: 365, unitsPerMonth: 30, monthlyDiscountRate: 0.01 })).toBeLessThan(plain);
    expect(predictedClv(bg, gg, customer, 42, { horizon: 730, unitsPerMonth: 30 })).toBeGreaterThan(plain);
    expect(predictedClv(bg, gg, customer, 42, { horizon: 0, unitsPerMonth: 30 })).toBe(0);
  });

  it('rejects settings that make no sense, naming them', () => {
    expect(() => predictedClv(bg, gg, customer, 42, { horizon: -1, unitsPerMonth: 30 })).toThrow(/horizon/);
    expect(() => predictedClv(bg, gg, customer, 42, { horizon: 90, unitsPerMonth: 0 })).toThrow(/unitsPerMonth/);
    expect(() => predictedClv(bg, gg, customer, 42, { horizon: 90, unitsPerMonth: 30, monthlyDiscountRate: -0.1 })).toThrow(/monthlyDiscountRate/);
  });
});
