/**
 * Whole parts packed into slices of about `size()` items, asked again for each slice (the
 * size may change as the slices are committed). A part of up to `keepWhole` items is never
 * cut, even when it alone is larger than `size()`; a larger part is cut into slices of `size()`.
 */
export function* packSlices<T>(parts: readonly (readonly T[])[], size: () => number, keepWhole: number): Generator<T[]> {
  let slice: T[] = [];
  for (const part of parts) {
    if (slice.length > 0 && slice.length + part.length > size()) {
      yield slice;
      slice = [];
    }
    if (part.length <= keepWhole) {
      slice.push(...part);
      continue;
    }
    for (let start = 0; start < part.length; ) {
      const length = Math.max(1, size());
      const piece = part.slice(start, start + length);
      start += length;
      if (piece.length === length) yield piece;
      else slice = piece;
    }
  }
  if (slice.length > 0) yield slice;
}
