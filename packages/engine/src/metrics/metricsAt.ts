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
}

/** The metrics as of `now`, as plain values: the time-based ones (`days_since_…`, the 90-day window) are current at that instant. */
export function metricsAt(state: MetricsState, now: number): CustomerMetrics {
  return { ...liveMetrics(state, { now }) };
}
