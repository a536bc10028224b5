import { describe, expect, it } from 'vitest';
import { LocalWakeUp } from './LocalWakeUp.ts';

describe('the in-process wake-up (SQLite)', () => {
  it('calls the listeners of the signalled topic only, after the caller returns, until they unsubscribe', async () => {
    const wakeUp = new LocalWakeUp();
    const calls: string[] = [];
    const offTimers = wakeUp.on('timers', () => calls.push('timers'));
    wakeUp.on('outbox', () => calls.push('outbox'));
    wakeUp.signal('timers');
    expect(calls).toEqual([]);
    await Promise.resolve();
    expect(calls).toEqual(['timers']);
    offTimers();
    wakeUp.signal('timers');
    wakeUp.signal('outbox');
    await Promise.resolve();
    expect(calls).toEqual(['timers', 'outbox']);
    expect(wakeUp.pollMs).toBe(Number.POSITIVE_INFINITY);
  });
});
