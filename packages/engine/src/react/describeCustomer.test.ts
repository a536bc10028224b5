import { describe, expect, it } from 'vitest';
import { at, event, worldOf } from '../testing/fixtures.ts';
import { applyEvent } from '../metrics/applyEvent.ts';
import { compileSegment } from './compileSegment.ts';
import { describeCustomer } from './describeCustomer.ts';

describe('describeCustomer', () => {
  it('shows metrics as of now and the segments matched, each segment seeing the earlier ones', () => {
    const world = worldOf('c1', { name: 'Mei' }, ['vip']);
    const customer = { ...world.customer, metrics: applyEvent(world.customer.metrics, event('order_placed', at('2025-01-01T00:00:00Z'), { amount: 10 })) };
    const segments = [
      compileSegment('buyer', { '>=': [{ var: 'customer.metrics.orders' }, 1] }),
      compileSegment('vip_buyer', { and: [{ in_segment: 'buyer' }, { has_tag: 'vip' }] }),
      compileSegment('churned', { '>': [{ var: 'customer.metrics.days_since_last_order' }, 180] }),
    ];
    const view = describeCustomer(customer, segments, at('2025-01-31T00:00:00Z'));
    expect(view).toMatchObject({ id: 'c1', attributes: { name: 'Mei' }, tags: ['vip'], segments: ['buyer', 'vip_buyer'], metrics: { orders: 1, days_since_last_order: 30 } });
  });
});
