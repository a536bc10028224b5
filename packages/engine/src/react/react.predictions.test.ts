import { describe, expect, it } from 'vitest';
import { metricsAt } from '../metrics/metricsAt.ts';
import type { CustomerPredictions } from '../predictions/CustomerPredictions.ts';
import { at, compiled, DAY, event, ofType, worldOf } from '../testing/fixtures.ts';
import { react } from './react.ts';

const now = at('2025-03-05T10:00:00Z');
const scores = (pAlive: number, scoredAt = now): CustomerPredictions => ({
  pAlive,
  expectedOrders30d: 0.4,
  expectedOrders90d: 1.1,
  expectedOrders365d: 3.9,
  currency: 'USD',
  expectedOrderValue: 42.5,
  predictedClv: 151.2,
  fittedAt: scoredAt,
  scoredAt,
});
const leaving = compiled({
  id: 'leaving',
  nodes: [{ id: 'start', type: 'trigger', on: 'segment', if: { '<': [{ var: 'customer.metrics.p_alive' }, 0.3] } }, { id: 'tag', type: 'action', action: 'add_tag', tag: 'at-risk' }],
});

describe('react: scores from the customer-base models', () => {
  it('shows the scores as metrics, and null before the customer is scored', () => {
    expect(metricsAt(worldOf().customer.metrics, now)).toMatchObject({ p_alive: null, expected_orders_90d: null, predicted_clv: null });
    const { world } = react(worldOf(), { kind: 'predictions', predictions: scores(0.8) }, { now, playbooks: [] });
    expect(metricsAt(world.customer.metrics, now)).toMatchObject({
      p_alive: 0.8,
      expected_orders_30d: 0.4,
      expected_orders_90d: 1.1,
      expected_orders_365d: 3.9,
      expected_order_value: 42.5,
      predicted_clv: 151.2,
    });
  });

  it('enrols a customer in a segment trigger on p_alive when a rescore moves them below it', () => {
    const env = { now, playbooks: [leaving] };
    const alive = react(worldOf(), { kind: 'predictions', predictions: scores(0.8) }, env);
    expect(alive.world.runs).toEqual([]);
    const later = now + DAY;
    const quiet = react(alive.world, { kind: 'predictions', predictions: scores(0.2, later) }, { ...env, now: later });
    expect(ofType(quiet.effects, 'start_run')).toHaveLength(1);
    expect(quiet.world.customer.tags).toEqual(['at-risk']);
  });

  it('leaves the world untouched when a rescore says the same, and drops the scores on null', () => {
    const scored = react(worldOf(), { kind: 'predictions', predictions: scores(0.5) }, { now, playbooks: [] }).world;
    const again = react(scored, { kind: 'predictions', predictions: { ...scores(0.5), scoredAt: now + DAY } }, { now: now + DAY, playbooks: [] });
    expect(again.world).toBe(scored);
    const dropped = react(scored, { kind: 'predictions', predictions: null }, { now, playbooks: [] }).world;
    expect(dropped.customer.metrics.predictions).toBeUndefined();
    expect(metricsAt(dropped.customer.metrics, now).p_alive).toBeNull();
  });

  it('keeps the scores when an order arrives (they change at the next scoring)', () => {
    const scored = react(worldOf(), { kind: 'predictions', predictions: scores(0.5) }, { now, playbooks: [] }).world;
    const ordered = react(scored, { kind: 'event', event: event('order_placed', now, { amount: 10 }) }, { now, playbooks: [] }).world;
    expect(ordered.customer.metrics.predictions?.pAlive).toBe(0.5);
    expect(ordered.customer.metrics.orders).toBe(1);
  });
});
