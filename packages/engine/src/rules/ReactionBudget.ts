import { describeSite, type ReactionBudgetSpent, type RuleSite } from './EngineDiagnostic.ts';

/**
 * Operations all the rule evaluations of one reaction (one input applied to one
 * customer) may count together (README "Limits"). Each evaluation is also held to
 * `logicLimits.evaluationOperations`; this bounds the sum, however many rules the
 * input makes the engine look at (segments again after every change to the customer,
 * every trigger, exit_when of every run, conditions of every step walked).
 */
export const REACTION_OPERATIONS = 60_000;

/**
 * The operations left to one reaction, shared by every rule it evaluates, in the
 * order it evaluates them. Once spent, the evaluation that ran out and every later
 * one count as not matching; `react` reports them once (`reactionBudgetSpent`).
 * Operations are counted, never timed, so the same input stops at the same rule.
 */
export interface ReactionBudget {
  readonly limit: number;
  /** Operations counted by this reaction's rules so far (never more than `limit`). */
  spent: number;
  /** Evaluations stopped or skipped because the budget was spent. */
  stopped: number;
  /** Where the first of them sat. */
  firstStopped: RuleSite | null;
}

export function reactionBudget(): ReactionBudget {
  return { limit: REACTION_OPERATIONS, spent: 0, stopped: 0, firstStopped: null };
}

export function noteBudgetStop(budget: ReactionBudget, site: RuleSite): void {
  budget.stopped++;
  budget.firstStopped ??= site;
}

/** The one diagnostic for a reaction whose budget ran out, or null when it did not. */
export function reactionBudgetSpent(budget: ReactionBudget): ReactionBudgetSpent | null {
  if (budget.stopped === 0 || budget.firstStopped === null) return null;
  const evaluations = budget.stopped === 1 ? '1 rule evaluation was' : `${budget.stopped} rule evaluations were`;
  return {
    code: 'rule_stopped',
    ...budget.firstStopped,
    reason: 'reaction_budget',
    operations: budget.spent,
    limit: budget.limit,
    stopped: budget.stopped,
    message:
      `This input's rules together went past the limit of ${budget.limit} operations for one reaction, first at the rule of ${describeSite(budget.firstStopped)}: ` +
      `${evaluations} stopped or skipped and counted as not matching.`,
  };
}
