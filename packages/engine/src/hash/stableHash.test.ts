import { describe, expect, it } from 'vitest';
import { couponCode } from './couponCode.ts';
import { percentBucket, stableHash } from './stableHash.ts';

describe('stableHash', () => {
  it('gives the same numbers in every release (holdout and split assignment depend on them)', () => {
    expect([stableHash(''), stableHash('a'), stableHash('b'), stableHash('playbook:holdout:customer-42')]).toEqual([
      2_872_998_923, 444_641_715, 2_193_908_274, 2_508_610_855,
    ]);
  });

  it('spreads sequential customer ids evenly over 100 buckets', () => {
    const counts = new Array<number>(100).fill(0);
    for (let i = 0; i < 100_000; i++) counts[percentBucket(`p:split:customer-${i}`)]!++;
    expect(Math.min(...counts)).toBeGreaterThan(850);
    expect(Math.max(...counts)).toBeLessThan(1150);
  });

  it('assigns holdout and split buckets independently of each other', () => {
    let both = 0;
    for (let i = 0; i < 20_000; i++) if (percentBucket(`p:holdout:c${i}`) < 10 && percentBucket(`p:split:c${i}`) < 50) both++;
    expect(both / 20_000).toBeGreaterThan(0.04);
    expect(both / 20_000).toBeLessThan(0.06);
  });
});

describe('couponCode', () => {
  it('derives one readable code per idempotency key', () => {
    const code = couponCode('churn:c1:1:coupon:2');
    expect(code).toMatch(/^SF-[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(couponCode('churn:c1:1:coupon:2')).toBe(code);
    expect(couponCode('churn:c1:1:coupon:3')).not.toBe(code);
  });

  it('does not repeat over many keys', () => {
    const codes = new Set<string>();
    for (let i = 0; i < 50_000; i++) codes.add(couponCode(`p:c${i}:1:coupon:2`));
    expect(codes.size).toBe(50_000);
  });
});
