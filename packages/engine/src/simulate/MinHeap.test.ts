import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MinHeap } from './MinHeap.ts';

describe('MinHeap', () => {
  it('pops by time, and by insertion order at equal times', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), (times) => {
        const heap = new MinHeap<{ at: number; seq: number }>();
        times.forEach((at, seq) => heap.push({ at, seq }));
        const popped: { at: number; seq: number }[] = [];
        while (heap.size > 0) popped.push(heap.pop()!);
        expect(popped).toEqual(times.map((at, seq) => ({ at, seq })).sort((a, b) => a.at - b.at || a.seq - b.seq));
      }),
    );
  });

  it('answers undefined when empty', () => {
    expect(new MinHeap().pop()).toBeUndefined();
    expect(new MinHeap().peek()).toBeUndefined();
  });
});
