import { stableHash } from '../../hash/stableHash.ts';

/** Above this many customers, the publish preview simulates a sample of this size and scales its counts. */
export const PREVIEW_SAMPLE_SIZE = 20_000;

/**
 * A uniform random sample of `size` ids, the same for the same ids and seed: the `size`
 * ids with the smallest `stableHash(seed + ':' + id)` (bottom-k sampling). Each id is
 * equally likely to be picked, and a customer added to or removed from the base moves
 * at most one other in or out, so previews of a slowly changing base stay comparable.
 * Returned in id order. Every id when there are no more than `size`.
 */
export function previewSample(ids: readonly string[], size: number, seed: string): string[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`A preview sample holds a positive whole number of customers, not ${size}.`);
  if (ids.length <= size) return [...ids].sort();
  const ranked = ids.map((id) => ({ id, rank: stableHash(`${seed}:${id}`) }));
  ranked.sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ranked
    .slice(0, size)
    .map((r) => r.id)
    .sort();
}
