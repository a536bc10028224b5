import { describe, expect, it } from 'vitest';
import { listVars } from './listVars';

describe('listVars', () => {
  it('lists every field a rule reads, once, in order of first use', () => {
    const rule = {
      and: [
        { '>': [{ var: 'customer.metrics.orders' }, 2] },
        { '<': [{ days_since: { var: 'customer.metrics.last_order_at' } }, 30] },
        { '==': [{ var: ['customer.metrics.orders', 0] }, 5] },
        { in: [{ var: 'event.properties.sku' }, ['a', 'b']] },
      ],
    };
    expect(listVars(rule)).toEqual(['customer.metrics.orders', 'customer.metrics.last_order_at', 'event.properties.sku']);
  });

  it('includes the fields missing and missing_some look for', () => {
    expect(listVars({ or: [{ missing: ['customer.email', 'customer.phone'] }, { missing: [['customer.name']] }, { missing_some: [1, ['customer.city']] }] }))
      .toEqual(['customer.email', 'customer.phone', 'customer.name', 'customer.city']);
  });

  it('reads the unary form and numeric paths', () => {
    expect(listVars({ var: 'now' })).toEqual(['now']);
    expect(listVars({ var: 1 })).toEqual(['1']);
  });

  it('leaves out the whole-data path and paths computed at run time', () => {
    expect(listVars({ var: '' })).toEqual([]);
    expect(listVars({ var: { cat: ['customer.', { var: 'event.properties.field' }] } })).toEqual(['event.properties.field']);
  });

  it('leaves out the fields of list items, but keeps the list itself', () => {
    const rule = { some: [{ var: 'customer.orders' }, { '>': [{ var: 'amount' }, { var: 'customer.threshold' }] }] };
    expect(listVars(rule)).toEqual(['customer.orders']);
    expect(listVars({ reduce: [{ var: 'customer.orders' }, { '+': [{ var: 'accumulator' }, 1] }, { var: 'start' }] })).toEqual(['customer.orders', 'start']);
  });

  it('does not list the context the retention operators read implicitly', () => {
    expect(listVars({ and: [{ has_tag: 'vip' }, { days_since: '2024-01-01' }] })).toEqual([]);
  });

  it('looks inside unknown operators and literal lists', () => {
    expect(listVars({ foo: [[{ var: 'a' }], { var: 'b' }] })).toEqual(['a', 'b']);
  });

  it('returns nothing for literals and never throws on odd input', () => {
    expect(listVars(true)).toEqual([]);
    expect(listVars(undefined)).toEqual([]);
    const cyclic: unknown[] = [{ var: 'x' }];
    cyclic.push(cyclic);
    expect(listVars(cyclic)).toEqual(['x']);
    const hostile = { get var(): unknown {
      throw new Error('boom');
    } };
    expect(listVars([{ var: 'first' }, hostile])).toEqual(['first']);
  });
});
