/** A JSON Logic rule: any JSON value; objects with exactly one key are operations. */
export type Logic = unknown;

/**
 * What a rule reads (spec "Logic"). `now` is always given by the caller, so
 * evaluation is deterministic: the same rule, data and `now` give the same result.
 */
export interface LogicData {
  customer?: Record<string, unknown> & { tags?: string[]; segments?: string[] };
  event?: Record<string, unknown> | null;
  /** ISO-8601 instant the date operators measure from. */
  now: string;
  [key: string]: unknown;
}
