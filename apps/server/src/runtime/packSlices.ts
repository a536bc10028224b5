/** Whole parts packed into slices of at most `size` items; a part larger than `size` is cut into slices of its own. */
export function* packSlices<T>(parts: readonly (readonly T[])[], size: number): Generator<T[]> {
  let slice: T[] = [];
  for (const part of parts) {
    if (slice.length > 0 && slice.length + part.length > size) {
      yield slice;
      slice = [];
    }
    if (part.length <= size) {
      slice.push(...part);
      continue;
    }
    for (let start = 0; start < part.length; start += size) {
      const piece = part.slice(start, start + size);
      if (piece.length === size) yield piece;
      else slice = piece;
    }
  }
  if (slice.length > 0) yield slice;
}
