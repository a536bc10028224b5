import { compileLogic, type CompiledLogic } from './compileLogic';
import type { Logic, LogicData } from './Logic';

// Rules are documents that do not change once loaded, so one compilation per
// rule object is enough; the WeakMap lets unused rules be collected.
const compiled = new WeakMap<object, CompiledLogic>();

/** `compileLogic(rule).evaluate(data)`, compiling each rule object only once. */
export function evaluateLogic(rule: Logic, data: LogicData): unknown {
  if (typeof rule !== 'object' || rule === null) return compileLogic(rule).evaluate(data);
  let found = compiled.get(rule);
  if (found === undefined) {
    found = compileLogic(rule);
    compiled.set(rule, found);
  }
  return found.evaluate(data);
}
