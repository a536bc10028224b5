import { describe, expect, it } from 'vitest';
import { applyCustomerEffect, type CustomerFacts } from './applyCustomerEffect.ts';
import type { Effect } from './Effect.ts';

const action = { run: 'p:c1:1', playbook: 'p', customer: 'c1', at: 0, node: 'n', visit: 2, key: 'p:c1:1:n:2' };
const customer: CustomerFacts = { attributes: { name: 'Ann', plan: 'free' }, tags: ['vip'] };

describe('applyCustomerEffect', () => {
  it('merges update_customer into the attributes and keeps the tags', () => {
    const change = applyCustomerEffect(customer, { ...action, type: 'update_customer', set: { plan: 'pro', score: null } });
    expect(change).toEqual({ attributes: { name: 'Ann', plan: 'pro', score: null }, tags: ['vip'] });
    expect(change!.tags).toBe(customer.tags);
    expect(customer.attributes).toEqual({ name: 'Ann', plan: 'free' });
  });

  it('adds a tag the customer lacks and removes one they have, without touching the input', () => {
    expect(applyCustomerEffect(customer, { ...action, type: 'add_tag', tag: 'won_back' })).toEqual({ attributes: customer.attributes, tags: ['vip', 'won_back'] });
    expect(applyCustomerEffect(customer, { ...action, type: 'remove_tag', tag: 'vip' })).toEqual({ attributes: customer.attributes, tags: [] });
    expect(customer.tags).toEqual(['vip']);
  });

  it('reports no change for a tag already there or already gone, and for other effects', () => {
    const others: Effect[] = [
      { ...action, type: 'add_tag', tag: 'vip' },
      { ...action, type: 'remove_tag', tag: 'churned' },
      { ...action, type: 'send_message', channel: 'sms', body: 'Hi' },
    ];
    for (const effect of others) expect(applyCustomerEffect(customer, effect)).toBeNull();
  });
});
