import type { FitOutcome } from './FitOutcome';
import { gammaGammaLogLikelihood, prepareGammaGammaData } from './gammaGammaLogLikelihood';
import type { GammaGammaParams } from './GammaGammaParams';
import { MIN_GAMMA_GAMMA_REPEATERS } from './minimums';
import { defaultMinimiseOptions, minimiseLogParameters } from './minimiseLogParameters';
import { MIN_SPEND_HETEROGENEITY_LR, spendHeterogeneity } from './spendHeterogeneity';
import { validatePositive } from './validatePositive';

const coldStart: GammaGammaParams = { p: 1, q: 1, v: 1 };

/**
 * Fits the Gamma-Gamma spend model by maximum likelihood over log-parameters. Only customers with at least one
 * repeat purchase and a positive mean repeat order value take part (the model describes the values of repeat
 * purchases; a zero mean has no likelihood); `customers` in the outcome counts those.
 * One currency per fit: the caller splits customers by currency.
 * A fit that the data cannot tell from "every customer spends alike" (spendHeterogeneity) answers `degenerate`:
 * its q and v run off towards infinity and the customer's own spend would get no weight (README, "Degenerate value models").
 */
export function fitGammaGamma(
  rows: readonly { frequency: number; monetary: number }[],
  options?: { warmStart?: GammaGammaParams },
): FitOutcome<GammaGammaParams> {
  rows.forEach((row, i) => {
    if (!Number.isInteger(row.frequency) || row.frequency < 0) {
      throw new RangeError(`fitGammaGamma: customer row ${i}: frequency must be a whole number ≥ 0, got ${String(row.frequency)}`);
    }
    if (row.frequency > 0 && (!Number.isFinite(row.monetary) || row.monetary < 0)) {
      throw new RangeError(`fitGammaGamma: customer row ${i}: monetary must be a finite amount ≥ 0, got ${String(row.monetary)}`);
    }
  });
  const repeaters = rows.filter((row) => row.frequency > 0 && row.monetary > 0);
  const customers = repeaters.length;
  if (customers < MIN_GAMMA_GAMMA_REPEATERS) {
    return {
      ok: false,
      reason: 'too_few_repeaters',
      message: `Gamma-Gamma needs at least ${MIN_GAMMA_GAMMA_REPEATERS} customers with a paid repeat purchase in this currency; there are ${customers}.`,
      customers,
    };
  }
  if (options?.warmStart) validatePositive(options.warmStart, 'fitGammaGamma: warmStart');
  const start = options?.warmStart ?? coldStart;
  const data = prepareGammaGammaData(repeaters);
  const fromLog = (x: readonly number[]): GammaGammaParams => ({ p: Math.exp(x[0]!), q: Math.exp(x[1]!), v: Math.exp(x[2]!) });
  const objective = (x: readonly number[]): number => -gammaGammaLogLikelihood(fromLog(x), data) / customers;
  const minimum = minimiseLogParameters(objective, [start.p, start.q, start.v].map(Math.log), {
    ...defaultMinimiseOptions,
    initialStep: options?.warmStart ? 1.01 : defaultMinimiseOptions.initialStep,
  });
  const params = fromLog(minimum.x);
  if (!Number.isFinite(minimum.fx) || !minimum.converged) {
    return {
      ok: false,
      reason: 'did_not_converge',
      message: `Gamma-Gamma fit did not converge after ${minimum.iterations} iterations.`,
      customers,
    };
  }
  if (params.q <= 1) {
    return {
      ok: false,
      reason: 'did_not_converge',
      message: `Gamma-Gamma fit gave q = ${params.q.toFixed(3)} ≤ 1, for which the expected order value is infinite (spend too dispersed across customers).`,
      customers,
    };
  }
  const logLikelihood = -minimum.fx * customers;
  const heterogeneity = spendHeterogeneity(data, logLikelihood);
  if (!heterogeneity.heterogeneous) {
    const mean = heterogeneity.homogeneous.p / heterogeneity.homogeneous.nu;
    return {
      ok: false,
      reason: 'degenerate',
      message:
        `Gamma-Gamma cannot tell these ${customers} repeat buyers' spend apart: it fits no better than one average order value ` +
        `(${formatAmount(mean)}) for everyone (likelihood ratio ${heterogeneity.statistic.toFixed(2)}, needs ${MIN_SPEND_HETEROGENEITY_LR}; ` +
        `its parameters ran off to q = ${params.q.toPrecision(3)}, v = ${params.v.toPrecision(3)}). ` +
        'A customer\'s own past orders say nothing here about the value of their next ones, so no order value or CLV is predicted in this currency.',
      customers,
    };
  }
  return { ok: true, params, logLikelihood, iterations: minimum.iterations, converged: true, customers };
}

function formatAmount(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
