import { Temporal } from 'temporal-polyfill';

/**
 * The offset of a time zone from UTC at an instant, in milliseconds. Asking
 * Temporal costs microseconds, and the engine asks for every wait, message and
 * coupon, so answers are remembered per quarter hour: every offset change since
 * time zones were standardised falls on a quarter hour, and a quarter hour whose
 * two ends disagree is never cached but asked exactly. Memoisation only: the
 * answer is the same with or without the cache.
 */
const BUCKET_MS = 15 * 60_000;
const MAX_ENTRIES_PER_ZONE = 250_000;
const caches = new Map<string, Map<number, number>>();

export function zoneOffset(timeZone: string, at: number): number {
  if (timeZone === 'UTC') return 0;
  let cache = caches.get(timeZone);
  if (cache === undefined) {
    cache = new Map();
    caches.set(timeZone, cache);
  }
  const bucket = Math.floor(at / BUCKET_MS);
  const cached = cache.get(bucket);
  if (cached !== undefined) return cached;
  const start = exactOffset(timeZone, bucket * BUCKET_MS);
  if (start !== exactOffset(timeZone, bucket * BUCKET_MS + BUCKET_MS - 1)) return exactOffset(timeZone, at);
  if (cache.size >= MAX_ENTRIES_PER_ZONE) cache.clear();
  cache.set(bucket, start);
  return start;
}

function exactOffset(timeZone: string, at: number): number {
  return Math.round(Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(timeZone).offsetNanoseconds / 1e6);
}
