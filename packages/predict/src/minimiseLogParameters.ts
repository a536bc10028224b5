// fmin ships no types: the reference carries our declaration to every package that typechecks this source
// (the server imports it as source), which an import of a .d.ts cannot do.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./fmin.d.ts" />
import fmin from 'fmin';

export interface Minimum {
  /** Log-parameters at the minimum. */
  x: number[];
  fx: number;
  /** Nelder-Mead iterations over all restarts. */
  iterations: number;
  converged: boolean;
}

export interface MinimiseOptions {
  /** Most Nelder-Mead iterations over all restarts. */
  maxIterations: number;
  /** Stop when the objective and the simplex both change less than this. */
  tolerance: number;
  /** Most restarts from the last minimum (Nelder-Mead can stall on a shrunk simplex; a restart rebuilds it). */
  maxRestarts: number;
  /** Relative size of the first simplex around a non-zero start (1.05: ±5 %); smaller for a warm start near the optimum. */
  initialStep: number;
}

export const defaultMinimiseOptions: MinimiseOptions = { maxIterations: 4000, tolerance: 1e-6, maxRestarts: 6, initialStep: 1.05 };

/**
 * Minimises `objective` over unconstrained log-parameters with fmin's Nelder-Mead, restarting from the last
 * minimum until a restart no longer improves it. Converged means: the last run stopped on its own tolerance
 * (not on the iteration cap) and improved the objective by less than the tolerance.
 */
export function minimiseLogParameters(
  objective: (x: readonly number[]) => number,
  start: readonly number[],
  options: MinimiseOptions = defaultMinimiseOptions,
): Minimum {
  // Nelder-Mead compares values; a NaN would corrupt its ordering, so non-finite values become +Infinity.
  const f = (x: number[]): number => {
    const value = objective(x);
    return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };
  let x = [...start];
  let fx = f(x);
  let iterations = 0;
  for (let restart = 0; restart <= options.maxRestarts; restart++) {
    const budget = options.maxIterations - iterations;
    if (budget <= 0) break;
    const history: unknown[] = [];
    const result = fmin.nelderMead(f, x, {
      maxIterations: budget,
      minErrorDelta: options.tolerance,
      zeroDelta: 0.5,
      nonZeroDelta: restart === 0 ? options.initialStep : 1.01,
      history,
    });
    iterations += history.length;
    const improvement = fx - result.fx;
    const stoppedOnItsOwn = history.length < budget;
    if (result.fx <= fx) {
      x = Array.from(result.x);
      fx = result.fx;
    }
    if (stoppedOnItsOwn && Number.isFinite(fx) && !(improvement > options.tolerance)) {
      return { x, fx, iterations, converged: true };
    }
  }
  return { x, fx, iterations, converged: false };
}
