import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../EngineEvent.ts';
import { at, DAY, event } from '../testing/fixtures.ts';
import { applyEvent } from './applyEvent.ts';
import { metricsAt } from './metricsAt.ts';
import { emptyMetrics, type MetricsState } from './MetricsState.ts';

const apply = (events: EngineEvent[]): MetricsState => events.reduce(applyEvent, emptyMetrics());

describe('applyEvent', () => {
  it('counts orders, their total and average, and the first and last order', () => {
    const state = apply([
      event('order_placed', at('2025-01-10T10:00:00Z'), { amount: 100 }),
      event('order_placed', at('2025-02-10T10:00:00Z'), { amount: 50.5, currency: 'CNY' }),
    ]);
    expect(metricsAt(state, at('2025-02-20T10:00:00Z'))).toMatchObject({
      orders: 2,
      total_spent: 150.5,
      avg_order_value: 75.25,
      first_order_at: '2025-01-10T10:00:00.000Z',
      last_order_at: '2025-02-10T10:00:00.000Z',
      days_since_last_order: 10,
      days_since_last_seen: 10,
    });
  });

  it('counts an order without a usable amount as an order of 0', () => {
    const state = apply([event('order_placed', 0, { amount: 'lots' }), event('order_placed', 1, {})]);
    expect(metricsAt(state, 1)).toMatchObject({ orders: 2, total_spent: 0, avg_order_value: 0 });
  });

  it('keeps the most recent NPS answer by its time, not by arrival', () => {
    const late = event('nps_submitted', at('2025-03-01T00:00:00Z'), { score: 9 });
    const early = event('nps_submitted', at('2025-02-01T00:00:00Z'), { score: 3 });
    expect(apply([late, early]).lastNps).toBe(9);
    expect(apply([early, late]).lastNps).toBe(9);
  });

  it('counts negative feedback of the last 90 days only', () => {
    const now = at('2025-06-01T00:00:00Z');
    const state = apply([
      event('feedback_submitted', now - 100 * DAY, { sentiment: 'negative' }),
      event('feedback_submitted', now - 30 * DAY, { sentiment: 'negative' }),
      event('feedback_submitted', now - 20 * DAY, { sentiment: 'positive' }),
      event('feedback_submitted', now - 1 * DAY, { sentiment: 'negative', text: 'late delivery' }),
    ]);
    expect(metricsAt(state, now).negative_feedback_90d).toBe(2);
    expect(metricsAt(state, now + 60 * DAY).negative_feedback_90d).toBe(1);
  });

  it('marks any event as the customer being seen', () => {
    expect(metricsAt(apply([event('page_viewed', at('2025-06-01T00:00:00Z'))]), at('2025-06-03T12:00:00Z')).days_since_last_seen).toBe(2.5);
  });

  it('gives the same metrics whatever order the events arrive in (history imports)', () => {
    // Few distinct instants, so that many events share one (two NPS answers at the same time), spread across the 90-day feedback window.
    const events = fc.array(
      fc.record({
        type: fc.constantFrom('order_placed', 'nps_submitted', 'feedback_submitted', 'page_viewed'),
        at: fc.integer({ min: 0, max: 5 }).map((n) => n * 40 * DAY),
        amount: fc.double({ min: 0, max: 10_000, noNaN: true }),
        score: fc.integer({ min: 0, max: 10 }),
        sentiment: fc.constantFrom('positive', 'neutral', 'negative'),
      }),
      { maxLength: 40 },
    );
    const arrivals = events
      .map((raw) => raw.map((e) => event(e.type, e.at, { amount: e.amount, score: e.score, sentiment: e.sentiment })))
      .chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })));
    fc.assert(
      fc.property(arrivals, ([list, shuffled]) => {
        expect(apply(shuffled)).toEqual(apply(list));
      }),
    );
  });
});
