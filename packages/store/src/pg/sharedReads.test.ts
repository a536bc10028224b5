import { describe, expect, it } from 'vitest';
import { sharedReads } from './sharedReads.ts';

describe('sharedReads', () => {
  it('gives callers that arrive during a read the next read, started after it, one for all of them', async () => {
    let stored = 1;
    const started: number[] = [];
    const answers: (() => void)[] = [];
    const read = sharedReads(async (key: string) => {
      started.push(stored);
      const seen = stored;
      await new Promise<void>((resolve) => answers.push(resolve));
      return `${key}=${seen}`;
    });
    const first = read('clock');
    stored = 2; // committed after the first read began: the later callers must see it
    const second = read('clock');
    const third = read('clock');
    const other = read('other');
    answers.splice(0).forEach((answer) => answer());
    expect(await first).toBe('clock=1');
    expect(await other).toBe('other=2');
    await new Promise((resolve) => setImmediate(resolve));
    answers.splice(0).forEach((answer) => answer());
    expect([await second, await third]).toEqual(['clock=2', 'clock=2']);
    expect(started).toEqual([1, 2, 2]);
  });

  it('starts afresh once nothing is in flight, and a failed read fails only its own callers', async () => {
    let fail = true;
    const read = sharedReads(async (key: string) => {
      if (fail) throw new Error('lost connection');
      return key;
    });
    await expect(read('a')).rejects.toThrow('lost connection');
    fail = false;
    expect(await read('a')).toBe('a');
  });
});
