import jsonLogic from 'json-logic-js';
import { currentRoot } from './evaluationRoot';
import { activeMeter, EvaluationMeter, swapMeter } from './evaluationMeter';
import { orderingComparisons } from './orderingComparisons';
import { readPath } from './readPath';
import { INTERNAL_PREFIX, retentionOperators } from './retentionOperators';

/** Reads a context path from the evaluation's root data, whatever the current scope. */
export const ROOT_OPERATOR = `${INTERNAL_PREFIX}root`;

// json-logic-js keeps one operation table per process, so this module configures
// it once, on import, for everything that evaluates through this package.

// `log` writes to the console; `method` (absent from 2.0.5, but present in other
// versions) calls arbitrary methods on data. Neither belongs in a pure evaluator.
jsonLogic.rm_operation('log');
jsonLogic.rm_operation('method');

jsonLogic.add_operation('var', function safeVar(this: unknown, path: unknown, fallback: unknown) {
  return readPath(this, path, fallback === undefined ? null : fallback);
});

for (const [name, compare] of Object.entries(orderingComparisons)) jsonLogic.add_operation(name, compare);

for (const operator of retentionOperators.values()) jsonLogic.add_operation(operator.internal, operator.run);

jsonLogic.add_operation(ROOT_OPERATOR, (path: unknown) => readPath(currentRoot(), path, null));

// The operation counter. json-logic-js evaluates every nested node (arguments,
// list items, the per-item rule of map/filter/reduce/all/some/none, the keys of
// `missing`) by calling `jsonLogic.apply` as a property of its own exported
// object, so wrapping that property sees every node: one call, one operation.
type Apply = (logic: unknown, data: unknown) => unknown;
const engine = jsonLogic as unknown as { apply: Apply };
const applyUncounted: Apply = engine.apply;

engine.apply = function countedApply(logic: unknown, data: unknown): unknown {
  const meter = activeMeter();
  if (meter === null) return applyUncounted(logic, data);
  meter.count();
  const result = applyUncounted(logic, data);
  // Lists and map build new lists; filter only keeps items of a list that exists.
  if (Array.isArray(result) && typeof logic === 'object' && logic !== null && (Array.isArray(logic) || Object.hasOwn(logic, 'map'))) {
    meter.checkSize(meter.sizeOf(result));
  }
  return result;
};

// `merge` and `cat` can copy a large value in one operation: measure before building.
jsonLogic.add_operation('merge', (...values: unknown[]) => {
  const meter = activeMeter();
  if (meter !== null) {
    let size = 2;
    for (const value of values) {
      size += meter.sizeOf(value) + 1;
      meter.checkSize(size);
    }
  }
  return ([] as unknown[]).concat(...values);
});

jsonLogic.add_operation('cat', (...values: unknown[]) => {
  const meter = activeMeter();
  if (meter !== null) {
    let size = 0;
    for (const value of values) {
      size += typeof value === 'string' ? value.length : meter.sizeOf(value);
      meter.checkSize(size);
    }
  }
  return values.join('');
});

// A broken invariant, not a user's mistake: a json-logic-js that recursed without
// going through the property would evaluate rules without counting them.
const probe = new EvaluationMeter(100, 100);
const outer = swapMeter(probe);
try {
  engine.apply({ '!': [{ '!': [true] }] }, null);
} finally {
  swapMeter(outer);
}
if (probe.operations !== 3) throw new Error(`json-logic-js evaluates nested rules without jsonLogic.apply (${probe.operations} of 3 operations counted): rules cannot be bounded.`);

export { jsonLogic };
