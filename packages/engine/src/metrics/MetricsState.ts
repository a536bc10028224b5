import type { CustomerPredictions } from '../predictions/CustomerPredictions.ts';

/**
 * The raw, incremental facts behind `customer.metrics`, stored with the customer
 * as JSON. Everything here is independent of the order events arrive in: first
 * and last are chosen by `at`, and amounts are summed as integers.
 */
export interface MetricsState {
  orders: number;
  /** Sum of order amounts in ten-thousandths, an integer, so the sum is exact in any order. */
  spentUnits: number;
  firstOrderAt: number | null;
  lastOrderAt: number | null;
  lastNps: number | null;
  lastNpsAt: number | null;
  /** Times of negative feedback within 90 days of `lastSeenAt`, ascending. */
  negativeFeedbackAt: number[];
  lastSeenAt: number | null;
  /** The customer-base models' scores, once the customer was scored (absent before, and after a fit that could not score them). */
  predictions?: CustomerPredictions;
}

export const AMOUNT_UNITS = 10_000;
export const NEGATIVE_FEEDBACK_WINDOW_MS = 90 * 86_400_000;

export function emptyMetrics(): MetricsState {
  return {
    orders: 0,
    spentUnits: 0,
    firstOrderAt: null,
    lastOrderAt: null,
    lastNps: null,
    lastNpsAt: null,
    negativeFeedbackAt: [],
    lastSeenAt: null,
  };
}
