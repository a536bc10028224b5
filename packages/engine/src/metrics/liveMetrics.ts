import { MS_PER_DAY } from '@stayflow/logic';
import { isoAt } from '../time/isoAt.ts';
import type { CustomerMetrics } from './metricsAt.ts';
import { AMOUNT_UNITS, type MetricsState, NEGATIVE_FEEDBACK_WINDOW_MS } from './MetricsState.ts';

/** The instant a live metrics view answers for; moving it moves every time-based metric at once. */
export interface MetricsClock {
  now: number;
}

/**
 * `customer.metrics` for one metrics state, answering time-based metrics as of
 * `clock.now` when read. The reactor keeps one per customer state and moves
 * the clock at each sweep: no new view per customer per sweep, and no numbers
 * written into long-lived objects (which would each cost the garbage collector).
 */
export function liveMetrics(state: MetricsState, clock: MetricsClock): CustomerMetrics {
  const { orders, spentUnits, firstOrderAt, lastOrderAt, lastSeenAt, negativeFeedbackAt } = state;
  const predicted = state.predictions;
  return {
    orders,
    total_spent: spentUnits / AMOUNT_UNITS,
    avg_order_value: orders > 0 ? Math.round(spentUnits / orders) / AMOUNT_UNITS : null,
    first_order_at: firstOrderAt === null ? null : isoAt(firstOrderAt),
    last_order_at: lastOrderAt === null ? null : isoAt(lastOrderAt),
    get days_since_last_order() {
      return lastOrderAt === null ? null : (clock.now - lastOrderAt) / MS_PER_DAY;
    },
    last_nps: state.lastNps,
    get negative_feedback_90d() {
      let count = 0;
      for (let i = negativeFeedbackAt.length - 1; i >= 0; i--) {
        const at = negativeFeedbackAt[i]!;
        if (at <= clock.now - NEGATIVE_FEEDBACK_WINDOW_MS) break;
        if (at <= clock.now) count++;
      }
      return count;
    },
    get days_since_last_seen() {
      return lastSeenAt === null ? null : (clock.now - lastSeenAt) / MS_PER_DAY;
    },
    p_alive: predicted?.pAlive ?? null,
    expected_orders_30d: predicted?.expectedOrders30d ?? null,
    expected_orders_90d: predicted?.expectedOrders90d ?? null,
    expected_orders_365d: predicted?.expectedOrders365d ?? null,
    expected_order_value: predicted?.expectedOrderValue ?? null,
    predicted_clv: predicted?.predictedClv ?? null,
  };
}
