import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLogic } from './checkLogic';
import { compileLogic } from './compileLogic';
import { evaluateLogic } from './evaluateLogic';
import { catalogueRule, logicData } from './ruleArbitraries';

describe('evaluation of a rule that passes checkLogic', () => {
  it('never throws, for rules from the catalogue and any data', () => {
    let accepted = 0;
    fc.assert(
      fc.property(catalogueRule(6), fc.array(logicData, { minLength: 1, maxLength: 3 }), (rule, dataSets) => {
        fc.pre(checkLogic(rule).length === 0);
        accepted++;
        const compiled = compileLogic(rule);
        for (const data of dataSets) {
          expect(() => compiled.evaluate(data)).not.toThrow();
          expect(() => compiled.test(data)).not.toThrow();
          expect(typeof compiled.test(data)).toBe('boolean');
        }
      }),
      { numRuns: 2000 },
    );
    // Guards the generator: most generated rules must be ones the checker accepts.
    expect(accepted).toBeGreaterThan(1000);
  });

  it('never throws for JSON values the checker accepts', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), logicData, (rule, data) => {
        fc.pre(checkLogic(rule).length === 0);
        expect(() => evaluateLogic(rule, data)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic and leaves rule and data untouched', () => {
    fc.assert(
      fc.property(catalogueRule(5), logicData, (rule, data) => {
        fc.pre(checkLogic(rule).length === 0);
        const ruleBefore = JSON.stringify(rule);
        const dataBefore = JSON.stringify(data);
        const first = evaluateLogic(rule, data);
        expect(compileLogic(rule).evaluate(data)).toEqual(first);
        expect(evaluateLogic(rule, data)).toEqual(first);
        expect(JSON.stringify(rule)).toBe(ruleBefore);
        expect(JSON.stringify(data)).toBe(dataBefore);
      }),
      { numRuns: 500 },
    );
  });
});
