/**
 * A stable 32-bit hash of a string: FNV-1a over UTF-16 code units, then the
 * MurmurHash3 finaliser so that ids differing only in their last characters
 * still land far apart. The same text gives the same number on every machine
 * and in every release; holdout and split assignment depend on that.
 */
export function stableHash(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** A bucket 0–99 for percentage assignment (holdout, split variants). */
export function percentBucket(text: string): number {
  return stableHash(text) % 100;
}
