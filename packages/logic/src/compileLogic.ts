import { swapRoot } from './evaluationRoot';
import { EvaluationMeter, type LogicStop, StopEvaluation, swapMeter } from './evaluationMeter';
import { isTruthy } from './isTruthy';
import { jsonLogic } from './jsonLogicEngine';
import type { Logic, LogicData } from './Logic';
import { logicLimits } from './logicLimits';
import { prepareRule } from './prepareRule';

/** One evaluation, with what it cost. */
export interface LogicEvaluation {
  /** The rule's value; null when evaluation failed or was stopped. */
  value: unknown;
  /** Operations counted (nodes of the rule evaluated, each time). */
  operations: number;
  /** Set when a limit stopped the evaluation: the rule then counts as not matching. */
  stopped: LogicStop | null;
}

export interface CompiledLogic {
  /** The rule's value for this data; null when json-logic-js fails or a limit stops it, never a throw. */
  evaluate(data: LogicData): unknown;
  /** Whether the rule holds, by JSON Logic truthiness (`[]` is false); a stopped evaluation does not hold. */
  test(data: LogicData): boolean;
  /**
   * `evaluate`, telling also how many operations it counted and whether a limit stopped it.
   * `maxOperations` lowers the operation limit for this evaluation only (what is left of a
   * budget shared by several evaluations); it never raises `logicLimits.evaluationOperations`.
   */
  evaluateDetailed(data: LogicData, limits?: { maxOperations?: number }): LogicEvaluation;
}

/**
 * Prepares a rule once and returns a fast evaluator. Validates nothing: run
 * `checkLogic` first. A rule that cannot be prepared (for instance one that
 * contains itself) evaluates to null. Every evaluation counts its operations and
 * is stopped, answering null, past `logicLimits.evaluationOperations` and
 * `evaluationSize` (README "Limits"), so a rule can never hold the caller for
 * long, whatever the data.
 */
export function compileLogic(rule: Logic): CompiledLogic {
  let prepared: unknown;
  try {
    prepared = prepareRule(rule);
  } catch {
    prepared = null;
  }
  const evaluateDetailed = (data: LogicData, limits?: { maxOperations?: number }): LogicEvaluation => {
    const meter = new EvaluationMeter(operationLimit(limits?.maxOperations), logicLimits.evaluationSize);
    const outerRoot = swapRoot(data);
    const outerMeter = swapMeter(meter);
    try {
      return { value: jsonLogic.apply(prepared as never, data), operations: meter.operations, stopped: null };
    } catch (error) {
      return { value: null, operations: meter.operations, stopped: error instanceof StopEvaluation ? error.stop : null };
    } finally {
      swapMeter(outerMeter);
      swapRoot(outerRoot);
    }
  };
  const evaluate = (data: LogicData): unknown => evaluateDetailed(data).value;
  return { evaluate, test: (data) => isTruthy(evaluate(data)), evaluateDetailed };
}

/** The requested operation limit when it is a positive whole number below the evaluation limit, else that limit. */
function operationLimit(requested: number | undefined): number {
  const most = logicLimits.evaluationOperations;
  return typeof requested === 'number' && Number.isInteger(requested) && requested > 0 ? Math.min(requested, most) : most;
}
