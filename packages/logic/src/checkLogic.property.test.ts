import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLogic } from './checkLogic';
import type { LogicIssue } from './LogicIssue';
import { catalogueRule } from './ruleArbitraries';

const CODES = ['logic.unknown_operator', 'logic.arity', 'logic.too_deep', 'logic.malformed', 'logic.unsafe_var', 'logic.bad_argument', 'logic.too_costly'];

function wellFormed(issues: LogicIssue[]): void {
  expect(Array.isArray(issues)).toBe(true);
  for (const issue of issues) {
    expect(CODES).toContain(issue.code);
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.path.every((segment) => typeof segment === 'string' || typeof segment === 'number')).toBe(true);
  }
}

/** Walks a path through the rule; every issue must point at something that is there. */
function resolves(rule: unknown, path: (string | number)[]): boolean {
  let node = rule;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) return false;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return true;
}

/** Ways to wrap a rule one level deeper (two for the last, an operation inside an operation). */
const wrappers: [wrap: (rule: unknown) => unknown, levels: number][] = [
  [(rule) => ({ '!': [rule] }), 1],
  [(rule) => ({ and: [true, rule] }), 1],
  [(rule) => ({ if: [rule, 1, 2] }), 1],
  [(rule) => ({ some: [[1, 2], rule] }), 1],
  [(rule) => ({ '<': [0, rule] }), 1],
  [(rule) => [rule], 1],
  [(rule) => (Array.isArray(rule) ? { '!!': [rule] } : { '!!': rule }), 1],
  [(rule) => ({ days_since: { if: [true, rule, '2024-01-01'] } }), 2],
];

describe('checkLogic, for any input', () => {
  it('never throws on any JavaScript value', () => {
    const anything = fc.anything({
      maxDepth: 6,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(fc.property(anything, (value) => wellFormed(checkLogic(value))), { numRuns: 1000 });
  });

  it('never throws on any JSON value, and every issue points inside the rule', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        const issues = checkLogic(value);
        wellFormed(issues);
        for (const issue of issues) expect(resolves(value, issue.path), JSON.stringify(issue.path)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on rules from the catalogue, and their issue paths resolve', () => {
    fc.assert(
      fc.property(catalogueRule(8), (rule) => {
        const issues = checkLogic(rule);
        wellFormed(issues);
        for (const issue of issues) expect(resolves(rule, issue.path)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('reports too_deep exactly when random nesting goes past the limit', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...wrappers), { minLength: 0, maxLength: 120 }), fc.integer({ min: 1, max: 64 }), (layers, maxDepth) => {
        const rule = layers.reduce<unknown>((inner, [wrap]) => wrap(inner), { var: 'customer.birthday' });
        const issues = checkLogic(rule, { maxDepth });
        wellFormed(issues);
        const depth = layers.reduce((sum, [, levels]) => sum + levels, 1);
        expect(issues.some((issue) => issue.code === 'logic.too_deep')).toBe(depth > maxDepth);
        if (depth <= maxDepth) expect(issues).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('is a pure function of the rule', () => {
    fc.assert(
      fc.property(catalogueRule(6), (rule) => {
        const before = JSON.stringify(rule);
        expect(checkLogic(rule)).toEqual(checkLogic(rule));
        expect(JSON.stringify(rule)).toBe(before);
      }),
    );
  });
});
