import { describe, expect, it } from 'vitest';
import { checkLogic } from './checkLogic';
import { evaluateLogic } from './evaluateLogic';
import type { LogicData } from './Logic';
import suite from './fixtures/json-logic-tests.json';

/**
 * The language-independent JsonLogic test suite (jsonlogic.com/tests.json, by
 * jwadhams; the current version, with the "Substring" and "Arrays with logic"
 * sections). Entries are `[rule, data, expected]`; strings are section headings.
 *
 * Skipped cases: none. The suite has no `log` or `method` cases and reads no
 * inherited properties, so every case applies to the operators we keep, and our
 * own-property `var` and null-strict comparisons agree with it everywhere.
 */
type Case = [rule: unknown, data: unknown, expected: unknown];

const cases = (suite as unknown[]).filter((entry): entry is Case => Array.isArray(entry));

/** Suite rules the static checker rejects on purpose: they evaluate, but say nothing an operator means. */
const REJECTED_BY_CHECKER = new Map<string, string>([
  ['{"if":[]}', 'logic.arity'],
  ['{"if":[true]}', 'logic.arity'],
  ['{"if":[false]}', 'logic.arity'],
  ['{"if":["apple"]}', 'logic.arity'],
  ['{"missing":[]}', 'logic.arity'],
]);

describe('the published JsonLogic test suite', () => {
  it('is loaded in full', () => {
    expect(cases).toHaveLength(278);
  });

  it.each(cases.map(([rule, data, expected]) => [JSON.stringify(rule), JSON.stringify(data), rule, data, expected]))(
    'evaluates %s with %s',
    (_rule, _data, rule, data, expected) => {
      expect(evaluateLogic(rule, data as LogicData)).toEqual(expected);
    },
  );

  it('passes the static checker, except for the few degenerate rules it rejects on purpose', () => {
    const rejected = new Map<string, string>();
    for (const [rule] of cases) {
      const issues = checkLogic(rule);
      if (issues.length > 0) rejected.set(JSON.stringify(rule), issues.map((issue) => issue.code).join(','));
    }
    expect(rejected).toEqual(REJECTED_BY_CHECKER);
  });
});
