import type { BgNbdParams } from './BgNbdParams';
import { bgNbdLogLikelihood, prepareBgNbdData } from './bgNbdLogLikelihood';
import type { FitOutcome } from './FitOutcome';
import { MIN_BG_NBD_CUSTOMERS, MIN_BG_NBD_REPEATERS } from './minimums';
import { defaultMinimiseOptions, minimiseLogParameters } from './minimiseLogParameters';
import type { PurchaseSummary } from './PurchaseSummary';
import { validateSummary } from './validateSummary';
import { validatePositive } from './validatePositive';

/**
 * Cold start: r = a = b = 1 (the usual starting point of Fader-Hardie's spreadsheet and the lifetimes library) and
 * α such that the mean purchase rate r/α is the observed repeat rate Σx / ΣT, so the start does not depend on the unit.
 */
function coldStart(rows: readonly PurchaseSummary[]): BgNbdParams {
  let purchases = 0;
  let time = 0;
  for (const row of rows) {
    purchases += row.frequency;
    time += row.T;
  }
  return { r: 1, alpha: purchases > 0 && time > 0 ? time / purchases : 1, a: 1, b: 1 };
}

/**
 * Fits BG/NBD by maximum likelihood over log-parameters (so all four stay positive), with Nelder-Mead.
 * Times in `rows` may be in any unit; alpha comes out in that unit. Rows are checked and a malformed row throws.
 */
export function fitBgNbd(rows: readonly PurchaseSummary[], options?: { warmStart?: BgNbdParams }): FitOutcome<BgNbdParams> {
  rows.forEach((row, i) => validateSummary(row, `fitBgNbd: customer row ${i}`));
  const customers = rows.length;
  if (customers < MIN_BG_NBD_CUSTOMERS) {
    return {
      ok: false,
      reason: 'too_few_customers',
      message: `BG/NBD needs at least ${MIN_BG_NBD_CUSTOMERS} customers with an order in the calibration period; there are ${customers}.`,
      customers,
    };
  }
  const repeaters = rows.filter((row) => row.frequency > 0).length;
  if (repeaters < MIN_BG_NBD_REPEATERS) {
    return {
      ok: false,
      reason: 'too_few_repeaters',
      message: `BG/NBD needs at least ${MIN_BG_NBD_REPEATERS} customers who bought again on a later day; there are ${repeaters} of ${customers}.`,
      customers,
    };
  }
  const start = options?.warmStart ?? coldStart(rows);
  if (options?.warmStart) validatePositive(options.warmStart, 'fitBgNbd: warmStart');
  const data = prepareBgNbdData(rows);
  const fromLog = (x: readonly number[]): BgNbdParams => ({
    r: Math.exp(x[0]!),
    alpha: Math.exp(x[1]!),
    a: Math.exp(x[2]!),
    b: Math.exp(x[3]!),
  });
  // The mean negative log-likelihood keeps the stopping tolerance independent of the number of customers.
  const objective = (x: readonly number[]): number => -bgNbdLogLikelihood(fromLog(x), data) / customers;
  const minimum = minimiseLogParameters(objective, [start.r, start.alpha, start.a, start.b].map(Math.log), {
    ...defaultMinimiseOptions,
    initialStep: options?.warmStart ? 1.01 : defaultMinimiseOptions.initialStep,
  });
  const params = fromLog(minimum.x);
  if (!Number.isFinite(minimum.fx) || !minimum.converged) {
    return {
      ok: false,
      reason: 'did_not_converge',
      message: `BG/NBD fit did not converge after ${minimum.iterations} iterations (last mean log-likelihood ${(-minimum.fx).toFixed(6)}).`,
      customers,
    };
  }
  return { ok: true, params, logLikelihood: -minimum.fx * customers, iterations: minimum.iterations, converged: true, customers };
}
