import { generateCustomer } from './demoData/generateCustomer.ts';
import { parseDemoNow } from './demoData/parseNow.ts';
import { summarize, type DemoSummary } from './demoData/summarize.ts';
import type { DemoDataOptions, DemoRecord } from './demoData/types.ts';

/**
 * The demo data set: realistic customers of a shop, a SaaS product and an online
 * school, with about two years of orders, logins, NPS answers and feedback before
 * `now`. Pure and seeded: the same options always give the same records.
 */

export const DEFAULT_DEMO_SEED = 42;
export const MAX_DEMO_SEED = 0xffffffff;

export { parseDemoNow } from './demoData/parseNow.ts';
export { createRandom, type Random } from './demoData/random.ts';
export { summarize, RECENCY_BUCKETS, type DemoSummary, type RecencyBucket } from './demoData/summarize.ts';
export * from './demoData/types.ts';

function requireDemoNow(now: string): number {
  const nowMs = parseDemoNow(now);
  if (nowMs === undefined) throw new RangeError(`now must be an ISO date (2025-06-01) or date-time with a zone (2025-06-01T09:00:00+08:00), got "${now}"`);
  return nowMs;
}

/**
 * Each customer record, followed by that customer's events in time order. Customer
 * n's story depends only on (seed, n, now), so a smaller set is a prefix of a larger one.
 * Throws a RangeError on options no caller should pass (checked by the CLI first).
 */
export function* generateDemoData(options: DemoDataOptions): Generator<DemoRecord, void, undefined> {
  const { customers, seed = DEFAULT_DEMO_SEED, now, first = 1 } = options;
  if (!Number.isSafeInteger(customers) || customers < 0) throw new RangeError(`customers must be a whole number ≥ 0, got ${customers}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_DEMO_SEED) throw new RangeError(`seed must be a whole number from 0 to ${MAX_DEMO_SEED}, got ${seed}`);
  if (!Number.isSafeInteger(first) || first < 1) throw new RangeError(`first must be a whole number ≥ 1, got ${first}`);
  const nowMs = requireDemoNow(now);
  for (let number = first; number < first + customers; number++) {
    const { customer, events } = generateCustomer(seed, number, nowMs);
    yield customer;
    yield* events;
  }
}

/** Streams the data set as JSON Lines (each line ends with "\n") and returns its summary. */
export function writeDemoJsonl(options: DemoDataOptions, write: (line: string) => void): DemoSummary {
  function* written(): Generator<DemoRecord> {
    for (const record of generateDemoData(options)) {
      write(`${JSON.stringify(record)}\n`);
      yield record;
    }
  }
  return summarize(written(), requireDemoNow(options.now));
}
