import { describe, expect, it } from 'vitest';
import { prepareRule } from './prepareRule';

describe('prepareRule', () => {
  it('passes now to the date operators as an explicit argument', () => {
    expect(prepareRule({ days_since: { var: 'customer.birthday' } })).toEqual({ __sf_days_since: [{ var: 'customer.birthday' }, { var: 'now' }] });
    expect(prepareRule({ days_until: ['2024-01-01'] })).toEqual({ __sf_days_until: ['2024-01-01', { var: 'now' }] });
    expect(prepareRule({ days_until_anniversary: 'x' })).toEqual({ __sf_days_until_anniversary: ['x', { var: 'now' }] });
  });

  it('passes the customer tags and segments to has_tag and in_segment', () => {
    expect(prepareRule({ has_tag: 'vip' })).toEqual({ __sf_has_tag: ['vip', { var: 'customer.tags' }] });
    expect(prepareRule({ in_segment: ['loyal'] })).toEqual({ __sf_in_segment: ['loyal', { var: 'customer.segments' }] });
  });

  it('reads the context from the root data inside per-item arguments', () => {
    const rule = { some: [{ var: 'orders' }, { '<': [{ days_since: { var: 'at' } }, 3] }] };
    expect(prepareRule(rule)).toEqual({ some: [{ var: 'orders' }, { '<': [{ __sf_days_since: [{ var: 'at' }, { __sf_root: 'now' }] }, 3] }] });
  });

  it('keeps the root context for the list argument itself and for reduce\'s initial value', () => {
    const rule = { reduce: [{ filter: [{ var: 'orders' }, { has_tag: 'x' }] }, { var: 'current' }, { days_since: 'd' }] };
    expect(prepareRule(rule)).toEqual({
      reduce: [
        { filter: [{ var: 'orders' }, { __sf_has_tag: ['x', { __sf_root: 'customer.tags' }] }] },
        { var: 'current' },
        { __sf_days_since: ['d', { var: 'now' }] },
      ],
    });
  });

  it('rewrites operators nested in the argument of another', () => {
    expect(prepareRule({ days_since: { if: [{ has_tag: 'a' }, '2024-01-01', '2023-01-01'] } })).toEqual({
      __sf_days_since: [{ if: [{ __sf_has_tag: ['a', { var: 'customer.tags' }] }, '2024-01-01', '2023-01-01'] }, { var: 'now' }],
    });
  });

  it('returns a rule without retention operators as it is, and shares unchanged branches', () => {
    const plain = { and: [{ '>': [{ var: 'a' }, 1] }, [1, 2]] };
    expect(prepareRule(plain)).toBe(plain);
    const untouched = { '==': [1, 1] };
    const prepared = prepareRule({ or: [untouched, { has_tag: 'x' }] }) as { or: unknown[] };
    expect(prepared.or[0]).toBe(untouched);
  });

  it('never modifies the rule it is given', () => {
    const rule = { and: [{ has_tag: 'vip' }, { map: [{ var: 'o' }, { days_since: { var: 'at' } }] }] };
    const before = JSON.stringify(rule);
    prepareRule(rule);
    expect(JSON.stringify(rule)).toBe(before);
  });
});
