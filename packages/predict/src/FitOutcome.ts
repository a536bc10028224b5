/** Result of a maximum-likelihood fit: expected failures are values, never throws for data reasons. */
export type FitOutcome<P> =
  | { ok: true; params: P; logLikelihood: number; iterations: number; converged: boolean; customers: number }
  | {
      ok: false;
      reason: 'too_few_customers' | 'too_few_repeaters' | 'did_not_converge' | 'degenerate';
      message: string;
      customers: number;
    };
