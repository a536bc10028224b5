import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLogic } from './checkLogic';
import { compileLogic } from './compileLogic';
import { logicLimits } from './logicLimits';
import { ruleCost } from './ruleCost';
import { catalogueRule, logicData } from './ruleArbitraries';

const upTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** The tester's rule: four nested maps over 100-element lists (10^8 evaluations). */
const fourMaps = { map: [upTo(100), { map: [upTo(100), { map: [upTo(100), { map: [upTo(100), { var: '' }] }] }] }] };

describe('ruleCost', () => {
  it('multiplies nested iterations by the length of their lists', () => {
    expect(ruleCost({ map: [[1, 2, 3], { '+': [{ var: '' }, 1] }] }).operations).toBe(1 + 4 + 3 * 4);
    const cost = ruleCost(fourMaps);
    expect(cost.operations).toBeGreaterThan(100 ** 4);
    expect(cost.exceeds).toBe('operations');
  });

  it('assumes a list read from the data holds the documented number of items', () => {
    const some = { some: [{ var: 'customer.orders' }, { '>': [{ var: 'amount' }, 100] }] };
    expect(ruleCost(some).operations).toBe(1 + 2 + logicLimits.assumedListLength * 4);
    expect(ruleCost(some).exceeds).toBeNull();
    const nested = { some: [{ var: 'customer.orders' }, { some: [{ var: 'lines' }, { '==': [{ var: 'sku' }, 'a'] }] }] };
    expect(ruleCost(nested).exceeds).toBe('operations');
  });

  it('lets one iteration over a list from the data have a condition of up to 14 operations per item', () => {
    const fourteen = { and: [{ '<': [0, { var: 'amount' }, 500] }, { '>=': [{ var: 'quantity' }, 1] }, { '==': [{ var: 'status' }, 'paid'] }] };
    const some = (body: unknown) => ({ some: [{ var: 'customer.orders' }, body] });
    expect(ruleCost(some(fourteen))).toMatchObject({ operations: 3 + 14 * logicLimits.assumedListLength, exceeds: null });
    const fifteen = { and: [...fourteen.and, true] };
    expect(ruleCost(some(fifteen))).toMatchObject({ operations: 3 + 15 * logicLimits.assumedListLength, exceeds: 'operations' });
  });

  it('catches an accumulator that doubles, with merge, cat or a list', () => {
    for (const body of [
      { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] },
      { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] },
      [{ var: 'accumulator' }, { var: 'accumulator' }],
    ]) {
      const cost = ruleCost({ reduce: [{ var: 'customer.tags' }, body, 'x'] });
      expect(cost.exceeds, JSON.stringify(body)).toBe('size');
      expect(cost.size).toBeGreaterThan(logicLimits.sizeBudget);
      expect(cost.path).toEqual(['reduce', 1]);
    }
  });

  it('accepts an accumulator that grows by a little per item, or not at all', () => {
    expect(ruleCost({ reduce: [{ var: 'customer.orders' }, { '+': [{ var: 'accumulator' }, { var: 'current.amount' }] }, 0] }).exceeds).toBeNull();
    expect(ruleCost({ reduce: [{ var: 'customer.tags' }, { cat: [{ var: 'accumulator' }, ',', { var: 'current' }] }, ''] }).exceeds).toBeNull();
  });

  it('bounds substr by its length', () => {
    const rule = { reduce: [upTo(40), { substr: [{ cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, 0, 10] }, 'x'] };
    expect(ruleCost(rule).exceeds).toBeNull();
  });

  it('stays cheap on a rule whose parts are shared, however large its cost', () => {
    let rule: unknown = { '==': [1, 1] };
    for (let i = 0; i < 40; i++) rule = { and: [rule, rule] };
    const started = process.hrtime.bigint();
    expect(ruleCost(rule).exceeds).toBe('operations');
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(1000);
  });

  it('is an upper bound of the operations evaluation counts, when lists are no longer than assumed', () => {
    fc.assert(
      fc.property(catalogueRule(6), logicData, (rule, data) => {
        // missing_some evaluates a computed list of keys again, as a rule: what that costs depends on the data.
        fc.pre(checkLogic(rule).length === 0 && !JSON.stringify(rule).includes('missing_some'));
        const counted = compileLogic(rule).evaluateDetailed(data);
        expect(counted.operations).toBeLessThanOrEqual(ruleCost(rule).operations);
      }),
      { numRuns: 1000 },
    );
  });
});
