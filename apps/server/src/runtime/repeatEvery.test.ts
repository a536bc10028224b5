import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { repeatEvery } from './repeatEvery.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('repeatEvery', () => {
  it('runs first after the delay, then the period after each run has settled', async () => {
    const starts: number[] = [];
    let finish: () => void = () => undefined;
    const stop = repeatEvery(
      () => {
        starts.push(Date.now());
        return new Promise<void>((resolve) => (finish = resolve));
      },
      { firstAfterMs: 30, everyMs: 100, onError: () => undefined },
    );
    const t0 = Date.now();
    await vi.advanceTimersByTimeAsync(29);
    expect(starts).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(starts).toEqual([t0 + 30]);
    // A run still under way is never joined by the next one.
    await vi.advanceTimersByTimeAsync(500);
    expect(starts).toHaveLength(1);
    finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(starts).toEqual([t0 + 30, t0 + 630]);
    stop();
  });

  it('reports a failed run and goes on with the next', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const stop = repeatEvery(() => (++runs === 1 ? Promise.reject(new Error('database is locked')) : Promise.resolve()), { everyMs: 100, onError: (error) => errors.push(error) });
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toEqual([new Error('database is locked')]);
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toBe(2);
    stop();
  });

  it('starts no run after it was stopped', async () => {
    const task = vi.fn(() => Promise.resolve());
    const stop = repeatEvery(task, { firstAfterMs: 10, everyMs: 10, onError: () => undefined });
    await vi.advanceTimersByTimeAsync(10);
    stop();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
