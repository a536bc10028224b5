import jsonLogic from 'json-logic-js';
import { currentRoot } from './evaluationRoot';
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

export { jsonLogic };
