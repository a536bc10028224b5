import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, retryDelay } from './retryDelay.ts';

describe('retry delay', () => {
  it('doubles from 30 s, with at most 10 % jitter, and gives up after the eighth attempt', () => {
    const waits = Array.from({ length: 8 }, (_, attemptsBefore) => retryDelay('run-1:mail:1', attemptsBefore));
    expect(waits[7]).toBeNull();
    for (const [attemptsBefore, wait] of waits.slice(0, 7).entries()) {
      const base = 30_000 * 2 ** attemptsBefore;
      expect(wait).toBeGreaterThanOrEqual(base);
      expect(wait).toBeLessThan(base * 1.1);
    }
  });

  it('never waits longer than the maximum, plus its jitter', () => {
    const backoff = { baseMs: 30_000, maxMs: 6 * 3_600_000, maxAttempts: 100 };
    expect(retryDelay('k', 60, backoff)).toBeGreaterThanOrEqual(backoff.maxMs);
    expect(retryDelay('k', 60, backoff)).toBeLessThan(backoff.maxMs * 1.1);
    expect(retryDelay('k', 99, backoff)).toBeNull();
  });

  it('is the same for the same key and attempt, and differs between keys', () => {
    expect(retryDelay('run-1:mail:1', 2)).toBe(retryDelay('run-1:mail:1', 2));
    const spread = new Set(Array.from({ length: 20 }, (_, i) => retryDelay(`run-${i}:mail:1`, 0)));
    expect(spread.size).toBeGreaterThan(10);
  });

  it('defaults to 30 s, 6 h and 8 attempts', () => {
    expect(DEFAULT_BACKOFF).toEqual({ baseMs: 30_000, maxMs: 21_600_000, maxAttempts: 8 });
  });
});
