import { liveMetrics } from './liveMetrics.ts';
import type { MetricsState } from './MetricsState.ts';

/** `customer.metrics` as conditions and templates read it (spec "Logic"). */
export interface CustomerMetrics {
  orders: number;
  total_spent: number;
  avg_order_value: number | null;
  first_order_at: string | null;
  last_order_at: string | null;
  days_since_last_order: number | null;
  last_nps: number | null;
  negative_feedback_90d: number;
  days_since_last_seen: number | null;
  /** From the customer-base models (null until the customer is scored): see `CustomerPredictions`. */
  p_alive: number | null;
  expected_orders_30d: number | null;
  expected_orders_90d: number | null;
  expected_orders_365d: number | null;
  /** In the customer's currency. */
  expected_order_value: number | null;
  predicted_clv: number | null;
}

/** The metrics as of `now`, as plain values: the time-based ones (`days_since_…`, the 90-day window) are current at that instant. */
export function metricsAt(state: MetricsState, now: number): CustomerMetrics {
  return { ...liveMetrics(state, { now }) };
}
