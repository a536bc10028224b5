/**
 * Every bound on what one rule may cost (README "Limits"). The checker refuses a
 * rule whose estimate exceeds a budget (`logic.too_costly`); evaluation stops a
 * rule that goes past a runtime limit anyway (a list far longer than assumed) and
 * answers null. Operations are counted in the same unit on both sides: one
 * evaluation of one node of the rule (an operation, a list or a literal).
 */
export const logicLimits = Object.freeze({
  /**
   * Checker: the most operations a rule may be estimated to need (about 1.5–4 ms of work): one
   * iteration over a list from the data with a per-item condition of up to 14 operations.
   */
  costBudget: 15_000,
  /** Checker: the largest value, as characters of JSON, a rule may be estimated to build. */
  sizeBudget: 1_000_000,
  /** Checker: how many items a list read from the data (`var`) is assumed to hold at most. */
  assumedListLength: 1_000,
  /**
   * Checker: how large, as characters of JSON, a value read from the data is assumed to be (a name, an
   * e-mail address, a date; a list read from the data is that many characters per item). Values built
   * from data that is larger are bounded at evaluation, by `evaluationSize`.
   */
  assumedValueSize: 100,
  /** Evaluation: operations after which an evaluation is stopped and answers null (twice the checker's budget). */
  evaluationOperations: 30_000,
  /** Evaluation: the largest value, as characters of JSON, a list, `merge`, `map` or `cat` may build before the evaluation is stopped. */
  evaluationSize: 1_000_000,
});

export type LogicLimits = typeof logicLimits;
