import { IssueList, type PathSegment, type ValidationIssue } from '../issue.ts';
import type { Locale } from '../messages.ts';
import { checkLogicAt } from './semantics.ts';

export interface CheckConditionOptions {
  /** The language of the messages; codes and params are the same in every language. */
  locale?: Locale;
  /** Where the condition sits in its document (`['if']` gives paths like `$.if.and[1]`). */
  path?: readonly PathSegment[];
}

/**
 * Checks one JSON Logic condition outside a playbook (a segment's rule, say), with the same
 * codes, messages and JSONPaths a playbook's conditions get. Every issue is an error: an empty
 * list means the condition is usable.
 */
export function checkCondition(rule: unknown, options: CheckConditionOptions = {}): ValidationIssue[] {
  const issues = new IssueList(options.locale ?? 'en');
  checkLogicAt(rule, options.path ?? [], issues);
  return issues.errors;
}
