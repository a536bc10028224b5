export type LogicIssueCode =
  | 'logic.unknown_operator'
  | 'logic.arity'
  | 'logic.too_deep'
  | 'logic.malformed'
  | 'logic.unsafe_var'
  | 'logic.bad_argument'
  | 'logic.too_costly';

/**
 * One problem found by `checkLogic`. `message` is English for an operator; `params`
 * carries every value a translation needs, so callers can render it by `code`.
 */
export interface LogicIssue {
  code: LogicIssueCode;
  message: string;
  /** Where inside the rule, e.g. `['and', 1, '>', 0]`. */
  path: (string | number)[];
  operator?: string;
  params?: Record<string, unknown>;
}
