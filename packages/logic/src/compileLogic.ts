import { swapRoot } from './evaluationRoot';
import { isTruthy } from './isTruthy';
import { jsonLogic } from './jsonLogicEngine';
import type { Logic, LogicData } from './Logic';
import { prepareRule } from './prepareRule';

export interface CompiledLogic {
  /** The rule's value for this data; null when json-logic-js fails, never a throw. */
  evaluate(data: LogicData): unknown;
  /** Whether the rule holds, by JSON Logic truthiness (`[]` is false). */
  test(data: LogicData): boolean;
}

/**
 * Prepares a rule once and returns a fast evaluator. Validates nothing: run
 * `checkLogic` first. A rule that cannot be prepared (for instance one that
 * contains itself) evaluates to null.
 */
export function compileLogic(rule: Logic): CompiledLogic {
  let prepared: unknown;
  try {
    prepared = prepareRule(rule);
  } catch {
    prepared = null;
  }
  const evaluate = (data: LogicData): unknown => {
    const outer = swapRoot(data);
    try {
      return jsonLogic.apply(prepared as never, data);
    } catch {
      return null;
    } finally {
      swapRoot(outer);
    }
  };
  return { evaluate, test: (data) => isTruthy(evaluate(data)) };
}
