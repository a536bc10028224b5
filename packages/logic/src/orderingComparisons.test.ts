import { describe, expect, it } from 'vitest';
import { evaluateLogic } from './evaluateLogic';
import type { LogicData } from './Logic';

const data: LogicData = { now: '2024-05-31T00:00:00Z', customer: { metrics: { last_nps: null, orders: 0 } } };

describe('ordering comparisons with a missing value', () => {
  it.each([
    [{ '<': [{ var: 'customer.metrics.last_nps' }, 7] }],
    [{ '<=': [{ var: 'customer.metrics.last_nps' }, 7] }],
    [{ '>': [0, { var: 'customer.metrics.absent' }] }],
    [{ '>=': [{ var: 'customer.metrics.absent' }, -1] }],
    [{ '<': [0, { var: 'customer.metrics.absent' }, 10] }],
    [{ '<=': [0, 5, { var: 'customer.metrics.absent' }] }],
    [{ '<': [null, 1] }],
  ])('are false: %j', (rule) => {
    expect(evaluateLogic(rule, data)).toBe(false);
  });

  it('still treat zero as a value', () => {
    expect(evaluateLogic({ '<': [{ var: 'customer.metrics.orders' }, 1] }, data)).toBe(true);
    expect(evaluateLogic({ '>=': [{ var: 'customer.metrics.orders' }, 0] }, data)).toBe(true);
  });

  it('still compare ISO dates as text, and numbers given as text', () => {
    expect(evaluateLogic({ '<': ['2024-01-01', { var: 'now' }] }, data)).toBe(true);
    expect(evaluateLogic({ '>': ['10', 9] }, data)).toBe(true);
  });

  it('let "not" turn a missing comparison into true, as an operator would expect', () => {
    expect(evaluateLogic({ '!': { '<': [{ var: 'customer.metrics.last_nps' }, 7] } }, data)).toBe(true);
  });
});
