import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetch, takePrefetched } from './prefetch.ts';

afterEach(() => vi.useRealTimers());

describe('prefetch', () => {
  it('hands a started answer to the first taker only', async () => {
    const load = vi.fn(() => Promise.resolve('the playbook'));
    prefetch('playbook:a', load);
    prefetch('playbook:a', load);
    expect(load).toHaveBeenCalledTimes(1);
    await expect(takePrefetched('playbook:a')).resolves.toBe('the playbook');
    expect(takePrefetched('playbook:a')).toBeUndefined();
  });

  it('drops an answer nobody took while it was fresh', () => {
    vi.useFakeTimers();
    prefetch('segments', () => Promise.resolve([]));
    vi.advanceTimersByTime(11_000);
    expect(takePrefetched('segments')).toBeUndefined();
  });

  it('leaves a failure to the taker, without an unhandled rejection', async () => {
    prefetch('customers', () => Promise.reject(new Error('offline')));
    await expect(takePrefetched('customers')).rejects.toThrow('offline');
  });
});
