/** How failed deliveries are retried. */
export interface Backoff {
  /** The wait after the first failed attempt; it doubles with each further one. */
  baseMs: number;
  /** The longest wait between two attempts. */
  maxMs: number;
  /** Attempts in all, the first included; after the last failure the delivery is given up. */
  maxAttempts: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 30_000, maxMs: 6 * 60 * 60 * 1000, maxAttempts: 8 };

/** The jitter is at most this share of the wait, so retries of a batch that failed together spread out. */
const JITTER_SHARE = 0.1;

/**
 * How long to wait before retrying a delivery that has just failed its attempt
 * number `attemptsBefore + 1`, or null when that was the last one allowed:
 * min(maxMs, baseMs · 2^attemptsBefore), plus up to 10 % derived from the key, so the
 * schedule is the same on every run and in every test.
 */
export function retryDelay(key: string, attemptsBefore: number, backoff: Backoff = DEFAULT_BACKOFF): number | null {
  if (attemptsBefore + 1 >= backoff.maxAttempts) return null;
  const wait = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.min(attemptsBefore, 52));
  return wait + Math.floor(wait * JITTER_SHARE * unitHash(`${key}#${attemptsBefore}`));
}

/** FNV-1a of the text, scaled to [0, 1). */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 2 ** 32;
}
