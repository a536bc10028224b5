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
   * `limits.maxOperations` lowers the operation limit for this evaluation only (what is left
   * of a budget shared by several evaluations); it never raises the compiled one.
   */
  evaluateDetailed(data: LogicData, limits?: Pick<EvaluationLimits, 'maxOperations'>): LogicEvaluation;
}

/** Evaluation limits; the defaults are `logicLimits.evaluationOperations` and `logicLimits.evaluationSize`. */
export interface EvaluationLimits {
  maxOperations?: number;
  maxSize?: number;
}

/**
 * Prepares a rule once and returns a fast evaluator. Validates nothing: run
 * `checkLogic` first. A rule that cannot be prepared (for instance one that
 * contains itself) evaluates to null. Every evaluation counts its operations and
 * is stopped, answering null, past `limits` (README "Limits"), so a rule can
 * never hold the caller for long, whatever the data.
 */
export function compileLogic(rule: Logic, limits?: EvaluationLimits): CompiledLogic {
  let prepared: unknown;
  try {
    prepared = prepareRule(rule);
  } catch {
    prepared = null;
  }
  const maxOperations = limit(limits?.maxOperations, logicLimits.evaluationOperations);
  const maxSize = limit(limits?.maxSize, logicLimits.evaluationSize);
  const evaluateDetailed = (data: LogicData, only?: Pick<EvaluationLimits, 'maxOperations'>): LogicEvaluation => {
    const meter = new EvaluationMeter(only === undefined ? maxOperations : Math.min(maxOperations, limit(only.maxOperations, maxOperations)), maxSize);
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

function limit(requested: number | undefined, fallback: number): number {
  return typeof requested === 'number' && Number.isInteger(requested) && requested > 0 ? requested : fallback;
}
