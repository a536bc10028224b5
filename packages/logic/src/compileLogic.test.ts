import { describe, expect, it } from 'vitest';
import { checkLogic } from './checkLogic';
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

describe('the operation counter', () => {
  const upTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

  it('counts every node evaluated, each time', () => {
    // map (1) + the list (1 + 3 items) + per item: + (1) + var (2) + 1 (1)
    expect(compileLogic({ map: [[1, 2, 3], { '+': [{ var: '' }, 1] }] }).evaluateDetailed(data)).toEqual({ value: [2, 3, 4], operations: 17, stopped: null });
  });

  it('stops a rule that passed the checker but meets a list far longer than assumed, at exactly the limit', () => {
    const rule = { some: [{ var: 'customer.orders' }, { '>': [{ var: 'amount' }, 100] }] };
    expect(checkLogic(rule)).toEqual([]);
    const orders = upTo(100_000).map(() => ({ amount: 1 }));
    const result = compileLogic(rule).evaluateDetailed({ ...data, customer: { orders } });
    expect(result).toEqual({ value: null, operations: 30_000, stopped: { reason: 'operations', operations: 30_000, limit: 30_000 } });
    expect(compileLogic(rule).test({ ...data, customer: { orders } })).toBe(false);
  });

  it('lowers the operation limit for one evaluation when asked, and never raises it', () => {
    const rule = { some: [{ var: 'customer.orders' }, { '>': [{ var: 'amount' }, 100] }] };
    const compiledRule = compileLogic(rule);
    const orders = upTo(10_000).map(() => ({ amount: 1 }));
    expect(compiledRule.evaluateDetailed({ ...data, customer: { orders } }, { maxOperations: 300 }).stopped).toEqual({ reason: 'operations', operations: 300, limit: 300 });
    expect(compiledRule.evaluateDetailed({ ...data, customer: { orders } }, { maxOperations: 50_000 }).stopped).toEqual({ reason: 'operations', operations: 30_000, limit: 30_000 });
    // The next evaluation is back to the evaluation limit.
    expect(compiledRule.evaluateDetailed({ ...data, customer: { orders } }).operations).toBe(30_000);
    expect(compiledRule.evaluateDetailed({ ...data, customer: { orders: [{ amount: 500 }] } }, { maxOperations: 300 })).toMatchObject({ value: true, stopped: null });
  });

  it('stops an accumulator that doubles before it is built', () => {
    for (const body of [
      { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] },
      { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] },
      // The same list twice: nothing is copied, but written out it doubles.
      [{ var: 'accumulator' }, { var: 'accumulator' }],
    ]) {
      const result = compileLogic({ cat: { reduce: [upTo(60), body, 'abc'] } }).evaluateDetailed(data);
      expect(result.value, JSON.stringify(body)).toBeNull();
      expect(result.stopped).toMatchObject({ reason: 'size', limit: 1_000_000 });
      expect(result.operations).toBeLessThan(1000);
    }
  });

  it('lets values up to the size limit be built', () => {
    const result = compileLogic({ reduce: [upTo(15), { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, 'ab'] }).evaluateDetailed(data);
    expect(result.stopped).toBeNull();
    expect((result.value as string).length).toBe(2 ** 16);
  });

  it('restores the previous evaluation state after a stop', () => {
    const before = currentRoot();
    compileLogic({ some: [{ var: 'customer.tags' }, true] }).evaluateDetailed(data, { maxOperations: 2 });
    expect(currentRoot()).toBe(before);
    expect(compileLogic({ has_tag: 'vip' }).test(data)).toBe(true);
  });
});
