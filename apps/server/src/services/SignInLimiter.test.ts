import { describe, expect, it } from 'vitest';
import { SignInLimiter } from './SignInLimiter.ts';

describe('SignInLimiter', () => {
  const limit = { attempts: 3, windowMs: 1000 };

  it('blocks an address after its failures, until the oldest leaves the window', () => {
    const limiter = new SignInLimiter(limit);
    for (const at of [0, 100, 200]) {
      expect(limiter.waitMs('10.0.0.1', `x${at}@example.com`, at)).toBe(0);
      limiter.recordFailure('10.0.0.1', `x${at}@example.com`, at);
    }
    expect(limiter.waitMs('10.0.0.1', 'someone@example.com', 300)).toBe(700);
    expect(limiter.waitMs('10.0.0.2', 'someone@example.com', 300)).toBe(0);
    expect(limiter.waitMs('10.0.0.1', 'someone@example.com', 1000)).toBe(0);
  });

  it('blocks an email after failures from many addresses, whatever its case', () => {
    const limiter = new SignInLimiter(limit);
    for (const [i, at] of [0, 10, 20].entries()) limiter.recordFailure(`10.0.1.${i}`, 'Ann@Example.com', at);
    expect(limiter.waitMs('10.0.9.9', 'ann@example.com', 30)).toBe(970);
    expect(limiter.waitMs('10.0.9.9', 'bob@example.com', 30)).toBe(0);
  });
});
