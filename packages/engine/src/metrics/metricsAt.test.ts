import { CUSTOMER_METRICS } from '@stayflow/playbook';
import { describe, expect, it } from 'vitest';
import { DAY, ordersAt } from '../testing/fixtures.ts';
import { liveMetrics } from './liveMetrics.ts';
import { metricsAt } from './metricsAt.ts';
import { emptyMetrics } from './MetricsState.ts';

describe('metricsAt', () => {
  it('offers exactly the metrics the spec names', () => {
    expect(Object.keys(metricsAt(emptyMetrics(), 0)).sort()).toEqual([...CUSTOMER_METRICS].sort());
  });

  it('answers null for order metrics without orders, and zero counts', () => {
    expect(metricsAt(emptyMetrics(), 0)).toEqual({
      orders: 0,
      total_spent: 0,
      avg_order_value: null,
      first_order_at: null,
      last_order_at: null,
      days_since_last_order: null,
      last_nps: null,
      negative_feedback_90d: 0,
      days_since_last_seen: null,
      p_alive: null,
      expected_orders_30d: null,
      expected_orders_90d: null,
      expected_orders_365d: null,
      expected_order_value: null,
      predicted_clv: null,
    });
  });

  it('measures days since the last order in fractional days at the given instant', () => {
    expect(metricsAt(ordersAt(0, 10 * DAY), 10 * DAY + DAY / 4).days_since_last_order).toBe(0.25);
  });

  it('is plain data, serialisable as JSON', () => {
    const metrics = metricsAt(ordersAt(0), DAY);
    expect(JSON.parse(JSON.stringify(metrics))).toEqual(metrics);
  });
});

describe('liveMetrics', () => {
  it('answers time-based metrics as of its clock, so moving the clock moves them', () => {
    const clock = { now: DAY };
    const metrics = liveMetrics(ordersAt(0), clock);
    expect(metrics.days_since_last_order).toBe(1);
    clock.now = 3 * DAY;
    expect(metrics.days_since_last_order).toBe(3);
    expect({ ...metrics }).toEqual(metricsAt(ordersAt(0), 3 * DAY));
  });
});
