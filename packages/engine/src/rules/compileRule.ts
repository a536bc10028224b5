import { compileLogic, logicLimits, type Logic, type LogicData } from '@stayflow/logic';
import { describeSite, type EngineDiagnostic, type RuleSite } from './EngineDiagnostic.ts';
import { noteBudgetStop, type ReactionBudget } from './ReactionBudget.ts';
import { ruleTiming, type RuleTiming } from './ruleTiming.ts';

/** A compiled Logic rule that knows where it sits, so a stopped evaluation can be reported. */
export interface CompiledRule {
  site: RuleSite;
  /**
   * Whether the rule holds; an evaluation stopped by a limit does not, and is added to
   * `diagnostics`. With a `budget`, its operations count against it, and once it is spent
   * the rule is not evaluated (or is stopped) and does not hold: the budget keeps that
   * for the one report of the reaction, `diagnostics` does not get it.
   */
  test(data: LogicData, diagnostics?: EngineDiagnostic[], budget?: ReactionBudget): boolean;
  /** The rule's value, `undefined` when a limit or the spent `budget` stopped it (see `test`). */
  evaluate(data: LogicData, diagnostics?: EngineDiagnostic[], budget?: ReactionBudget): unknown;
  /** When the answer can change with time alone (`ruleTiming`), analysed when first read. */
  readonly timing: RuleTiming;
}

export function compileRule(rule: Logic, site: RuleSite): CompiledRule {
  const compiled = compileLogic(rule);
  const evaluate = (data: LogicData, diagnostics?: EngineDiagnostic[], budget?: ReactionBudget): unknown => {
    const left = budget === undefined ? Number.POSITIVE_INFINITY : budget.limit - budget.spent;
    if (left <= 0) {
      noteBudgetStop(budget!, site);
      return undefined;
    }
    // What is left of the budget, when less than an evaluation's own limit, becomes this one's limit.
    const capped = left < logicLimits.evaluationOperations;
    const { value, operations, stopped } = compiled.evaluateDetailed(data, { maxOperations: left });
    if (budget !== undefined) budget.spent += operations;
    if (stopped === null) return value === undefined ? null : value;
    if (capped && stopped.reason === 'operations') {
      noteBudgetStop(budget!, site);
      return undefined;
    }
    const why =
      stopped.reason === 'operations'
        ? `went past the limit of ${stopped.limit} operations`
        : `was about to build a value larger than ${stopped.limit} characters (after ${stopped.operations} operations)`;
    diagnostics?.push({
      code: 'rule_stopped',
      ...site,
      reason: stopped.reason,
      operations: stopped.operations,
      limit: stopped.limit,
      message: `The rule of ${describeSite(site)} ${why}: it was stopped and counted as not matching.`,
    });
    return undefined;
  };
  let timing: RuleTiming | undefined;
  return {
    site,
    evaluate,
    get timing() {
      return (timing ??= ruleTiming(rule));
    },
    test: (data, diagnostics, budget) => {
      const value = evaluate(data, diagnostics, budget);
      return Array.isArray(value) ? value.length > 0 : Boolean(value);
    },
  };
}
