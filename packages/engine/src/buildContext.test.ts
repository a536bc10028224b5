import { evaluateLogic } from '@stayflow/logic';
import { describe, expect, it } from 'vitest';
import { buildContext } from './buildContext.ts';
import { at, customerView, event, ordersAt } from './testing/fixtures.ts';

describe('buildContext', () => {
  const now = at('2025-06-01T00:00:00Z');
  const customer = customerView({ id: 'c9', attributes: { name: 'Mei', city: 'Hangzhou', id: 'spoofed', metrics: 'spoofed' }, tags: ['vip'], segments: ['loyal'], metrics: ordersAt(now - 95 * 86_400_000) }, now);

  it('puts attributes at the customer’s top level, beside id, tags, segments and metrics that they cannot shadow', () => {
    const context = buildContext(customer, null, now);
    expect(context.customer).toMatchObject({ id: 'c9', name: 'Mei', city: 'Hangzhou', tags: ['vip'], segments: ['loyal'] });
    expect((context.customer as { metrics: { orders: number } }).metrics.orders).toBe(1);
    expect(context.event).toBeNull();
    expect(context.now).toBe('2025-06-01T00:00:00.000Z');
  });

  it('offers event properties both at the event’s top level and under properties', () => {
    const context = buildContext(customer, event('nps_submitted', now, { score: 4, type: 'ignored' }), now);
    expect(context.event).toEqual({ score: 4, type: 'nps_submitted', at: '2025-06-01T00:00:00.000Z', properties: { score: 4, type: 'ignored' } });
    expect(evaluateLogic({ '<=': [{ var: 'event.score' }, 6] }, context)).toBe(true);
    expect(evaluateLogic({ '==': [{ var: 'event.properties.score' }, 4] }, context)).toBe(true);
  });

  it('lets Logic read metrics, tags, segments and dates as the spec describes', () => {
    const context = buildContext(customer, null, now);
    expect(evaluateLogic({ '>': [{ var: 'customer.metrics.days_since_last_order' }, 90] }, context)).toBe(true);
    expect(evaluateLogic({ has_tag: 'vip' }, context)).toBe(true);
    expect(evaluateLogic({ in_segment: 'loyal' }, context)).toBe(true);
    expect(evaluateLogic({ '>': [{ days_since: { var: 'customer.metrics.last_order_at' } }, 94] }, context)).toBe(true);
  });
});
