import { describe, expect, it } from 'vitest';
import { previewSample } from './previewSample.ts';

const ids = Array.from({ length: 10_000 }, (_, i) => `c${String(i).padStart(5, '0')}`);

describe('previewSample', () => {
  it('keeps every id of a base no larger than the sample, in id order', () => {
    expect(previewSample(['b', 'a'], 5, 's')).toEqual(['a', 'b']);
  });

  it('picks exactly the sample size, the same ids for the same base and seed, in id order', () => {
    const sample = previewSample(ids, 1_000, 'seed');
    expect(sample).toHaveLength(1_000);
    expect(new Set(sample).size).toBe(1_000);
    expect(previewSample([...ids].reverse(), 1_000, 'seed')).toEqual(sample);
    expect([...sample].sort()).toEqual(sample);
    expect(previewSample(ids, 1_000, 'other')).not.toEqual(sample);
  });

  it('is uniform: each tenth of the base holds about a tenth of the sample', () => {
    const sample = previewSample(ids, 2_000, 'seed');
    const tenths = Array.from({ length: 10 }, () => 0);
    for (const id of sample) tenths[Math.floor(Number(id.slice(1)) / 1_000)]!++;
    // Binomial(2000, 0.1): mean 200, sd ≈ 13.4; ±55 is over 4 sd.
    for (const count of tenths) expect(Math.abs(count - 200)).toBeLessThan(55);
  });

  it('moves at most one customer when one leaves the base', () => {
    const sample = previewSample(ids, 1_000, 'seed');
    const without = previewSample(ids.filter((id) => id !== sample[0]), 1_000, 'seed');
    expect(without.filter((id) => !sample.includes(id))).toHaveLength(1);
  });

  it('refuses a sample size that is not a positive whole number', () => {
    expect(() => previewSample(ids, 0, 's')).toThrow(/positive whole number/);
  });
});
