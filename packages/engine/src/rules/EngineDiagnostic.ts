/**
 * Something the engine did not do as written, for the runtime's log: a rule whose
 * evaluation a limit stopped (it counted as not matching), or an `update_customer`
 * value too large to write (it was not written). Never an error: the input is
 * handled as well as it can be, and these say what was left out.
 */
export type EngineDiagnostic = RuleStopped | ReactionBudgetSpent | ValueTooLarge;

/** Where a rule sits: a playbook step or setting, or a segment. */
export interface RuleSite {
  playbook?: string;
  version?: number;
  node?: string;
  /** A playbook setting holding the rule (`exit_when`, `goal.where`), when not a step. */
  setting?: 'exit_when' | 'goal.where';
  segment?: string;
  /** The attribute an `update_customer` rule computes. */
  attribute?: string;
}

export interface RuleStopped extends RuleSite {
  code: 'rule_stopped';
  reason: 'operations' | 'size';
  operations: number;
  limit: number;
  message: string;
}

/**
 * The rules of one reaction together went past its operation budget (`REACTION_OPERATIONS`):
 * reported once per reaction, with the site of the first rule stopped or skipped.
 */
export interface ReactionBudgetSpent extends RuleSite {
  code: 'rule_stopped';
  reason: 'reaction_budget';
  /** Operations the reaction's rules counted (the budget, once spent). */
  operations: number;
  /** The reaction's budget. */
  limit: number;
  /** Rule evaluations stopped or skipped, each counted as not matching. */
  stopped: number;
  message: string;
}

export interface ValueTooLarge extends RuleSite {
  code: 'value_too_large';
  playbook: string;
  node: string;
  attribute: string;
  /** Characters of the value as JSON (counted up to just past the limit). */
  size: number;
  limit: number;
  message: string;
}

export function describeSite(site: RuleSite): string {
  if (site.segment !== undefined) return `segment "${site.segment}"`;
  const where = site.node !== undefined ? `step "${site.node}"` : site.setting !== undefined ? `setting "${site.setting}"` : 'a rule';
  const attribute = site.attribute !== undefined ? ` (attribute "${site.attribute}")` : '';
  return `${where}${attribute} of playbook "${site.playbook ?? '?'}"${site.version !== undefined ? ` v${site.version}` : ''}`;
}
