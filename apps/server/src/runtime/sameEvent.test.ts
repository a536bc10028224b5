import type { StoredEvent } from '@stayflow/store';
import { describe, expect, it } from 'vitest';
import { sameEvent } from './sameEvent.ts';

const stored: StoredEvent = { id: 'o-1', customerId: 'ana', type: 'order_placed', at: 1_000, properties: { amount: 30, currency: 'EUR', items: [{ sku: 'a' }] }, receivedAt: 1_000 };

describe('sameEvent', () => {
  it('takes a retry with the properties in another key order, or without `at`, for the same event', () => {
    expect(sameEvent({ id: 'o-1', customer_id: 'ana', type: 'order_placed', at: 1_000, properties: { items: [{ sku: 'a' }], currency: 'EUR', amount: 30 } }, stored)).toBe(true);
    expect(sameEvent({ id: 'o-1', customer_id: 'ana', type: 'order_placed', properties: { amount: 30, currency: 'EUR', items: [{ sku: 'a' }] } }, stored)).toBe(true);
  });

  it('tells another customer, type, time or payload under the same id apart', () => {
    const same = { id: 'o-1', customer_id: 'ana', type: 'order_placed', at: 1_000, properties: stored.properties };
    expect(sameEvent({ ...same, customer_id: 'bo' }, stored)).toBe(false);
    expect(sameEvent({ ...same, type: 'refund' }, stored)).toBe(false);
    expect(sameEvent({ ...same, at: 2_000 }, stored)).toBe(false);
    expect(sameEvent({ ...same, properties: { amount: 31, currency: 'EUR', items: [{ sku: 'a' }] } }, stored)).toBe(false);
    expect(sameEvent({ ...same, properties: {} }, stored)).toBe(false);
  });
});
