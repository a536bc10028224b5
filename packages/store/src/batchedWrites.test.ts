import { describe, expect, it } from 'vitest';
import { batchedWrites } from './batchedWrites.ts';

/** A write whose groups are recorded and answered when the test says. */
function recorder(fail: (item: string) => boolean = () => false) {
  const groups: string[][] = [];
  const answers: (() => void)[] = [];
  const write = batchedWrites(async (items: readonly string[]) => {
    groups.push([...items]);
    await new Promise<void>((resolve) => answers.push(resolve));
    if (items.some(fail)) throw new Error(`cannot write ${items.find(fail)}`);
    return items.map((item) => `${item}!`);
  });
  const answerAll = async () => {
    for (let i = 0; i < 10; i++) {
      answers.splice(0).forEach((answer) => answer());
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { write, groups, answerAll };
}

describe('batchedWrites', () => {
  it('writes alone when nothing is in flight, and together what arrived meanwhile', async () => {
    const { write, groups, answerAll } = recorder();
    const results = [write('a'), write('b'), write('c')];
    await answerAll();
    expect(await Promise.all(results)).toEqual(['a!', 'b!', 'c!']);
    expect(groups).toEqual([['a'], ['b', 'c']]);
  });

  it('writes the items of a failed group one by one, so only the unstorable one fails', async () => {
    const { write, groups, answerAll } = recorder((item) => item === 'bad');
    const results = [write('a'), write('b'), write('bad'), write('c')].map((p) => p.catch((error: Error) => error.message));
    await answerAll();
    expect(await Promise.all(results)).toEqual(['a!', 'b!', 'cannot write bad', 'c!']);
    expect(groups).toEqual([['a'], ['b', 'bad', 'c'], ['b'], ['bad'], ['c']]);
  });

  it('with `gather`, writes together what arrived before it resolved (a synchronous database: one turn of the event loop)', async () => {
    const groups: string[][] = [];
    const write = batchedWrites(
      async (items: readonly string[]) => {
        groups.push([...items]);
        return items.map((item) => `${item}!`);
      },
      () => new Promise<void>((resolve) => setImmediate(resolve)),
    );
    const first = [write('a'), write('b'), write('c')];
    expect(await Promise.all(first)).toEqual(['a!', 'b!', 'c!']);
    expect(await write('d')).toBe('d!');
    expect(groups).toEqual([['a', 'b', 'c'], ['d']]);
  });
});
