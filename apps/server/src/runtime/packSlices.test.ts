import { describe, expect, it } from 'vitest';
import { packSlices } from './packSlices.ts';

const part = (name: string, length: number) => Array.from({ length }, (_, i) => `${name}${i}`);

describe('packing requests into ingest slices', () => {
  it('keeps a part that fits whole, packing parts together up to the size', () => {
    const slices = [...packSlices([part('a', 3), part('b', 4), part('c', 2), part('d', 5)], () => 8, 8)];
    expect(slices.map((slice) => slice.length)).toEqual([7, 7]);
    expect(slices[0]).toEqual([...part('a', 3), ...part('b', 4)]);
    expect(slices.flat()).toEqual([part('a', 3), part('b', 4), part('c', 2), part('d', 5)].flat());
  });

  it('cuts a part larger than the size into slices of its own, in order', () => {
    const slices = [...packSlices([part('a', 2), part('b', 10), part('c', 1)], () => 4, 4)];
    expect(slices).toEqual([part('a', 2), part('b', 10).slice(0, 4), part('b', 10).slice(4, 8), [...part('b', 10).slice(8), ...part('c', 1)]]);
  });

  it('never cuts a part of up to keepWhole items, even when the size is smaller', () => {
    const slices = [...packSlices([part('a', 6), part('b', 2), part('c', 9)], () => 3, 6)];
    expect(slices).toEqual([part('a', 6), part('b', 2), part('c', 9).slice(0, 3), part('c', 9).slice(3, 6), part('c', 9).slice(6)]);
  });

  it('asks the size again for each slice', () => {
    const sizes = [2, 5, 1, 3];
    let asked = 0;
    const slices = [...packSlices([part('a', 11)], () => sizes[Math.min(asked++, sizes.length - 1)]!, 4)];
    expect(slices.map((slice) => slice.length)).toEqual([2, 5, 1, 3]);
    expect(slices.flat()).toEqual(part('a', 11));
  });

  it('gives nothing for nothing', () => {
    expect([...packSlices([[], []], () => 4, 4)]).toEqual([]);
  });
});
