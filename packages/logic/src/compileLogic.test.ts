import { describe, expect, it } from 'vitest';
import { compileLogic } from './compileLogic';
import { currentRoot } from './evaluationRoot';
import { evaluateLogic } from './evaluateLogic';
import type { LogicData } from './Logic';

const data: LogicData = { now: '2024-05-31T00:00:00Z', customer: { tags: ['vip'], metrics: { orders: 3 } } };

describe('compileLogic', () => {
  it('evaluates the same rule against many data sets', () => {
    const rule = compileLogic({ and: [{ has_tag: 'vip' }, { '>=': [{ var: 'customer.metrics.orders' }, 2] }] });
    expect(rule.evaluate(data)).toBe(true);
    expect(rule.evaluate({ ...data, customer: { tags: [] } })).toBe(false);
    expect(rule.evaluate(data)).toBe(true);
  });

  it('tests by JSON Logic truthiness', () => {
    expect(compileLogic({ missing: ['customer.email'] }).test(data)).toBe(true);
    expect(compileLogic({ missing: ['customer.tags'] }).test(data)).toBe(false);
    expect(compileLogic({ var: 'customer.metrics.orders' }).test(data)).toBe(true);
    expect(compileLogic(0).test(data)).toBe(false);
  });

  it('returns null instead of throwing when json-logic-js fails', () => {
    expect(compileLogic({ missing_some: [1, { var: 'customer.absent' }] }).evaluate(data)).toBeNull();
    expect(compileLogic({ in: ['a', { var: 'customer.odd' }] }).evaluate({ ...data, customer: { odd: { indexOf: 1 } } })).toBeNull();
    expect(compileLogic({ frobnicate: [1] }).evaluate(data)).toBeNull();
  });

  it('evaluates a rule that contains itself to null instead of overflowing', () => {
    const rule: { and: unknown[] } = { and: [true] };
    rule.and.push(rule);
    expect(compileLogic(rule).evaluate(data)).toBeNull();
    expect(evaluateLogic(rule, data)).toBeNull();
  });

  it('leaves no evaluation root behind, even after a failure', () => {
    const before = currentRoot();
    compileLogic({ has_tag: 'vip' }).evaluate(data);
    compileLogic({ missing_some: [1, null] }).evaluate(data);
    expect(currentRoot()).toBe(before);
  });

  it('does not modify the rule, before or after evaluation', () => {
    const rule = { some: [{ var: 'customer.tags' }, { '<': [{ days_since: '2024-05-01' }, 60] }] };
    const before = JSON.stringify(rule);
    expect(compileLogic(rule).evaluate(data)).toBe(true);
    expect(JSON.stringify(rule)).toBe(before);
  });
});

describe('evaluateLogic', () => {
  it('gives the same answer as compiling, for objects and for literals', () => {
    const rule = { '+': [{ var: 'customer.metrics.orders' }, 1] };
    expect(evaluateLogic(rule, data)).toBe(4);
    expect(evaluateLogic(rule, { ...data, customer: { metrics: { orders: 9 } } })).toBe(10);
    expect(evaluateLogic('text', data)).toBe('text');
    expect(evaluateLogic(null, data)).toBeNull();
  });
});
