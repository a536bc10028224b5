import { fitBgNbd, fitGammaGamma, MIN_BG_NBD_CUSTOMERS, MIN_GAMMA_GAMMA_REPEATERS, type BgNbdParams, type CustomerSummary, type FitOutcome, type GammaGammaParams } from '@stayflow/predict';
import type { ModelFitRecord } from '@stayflow/store';

export type FitRow = Omit<ModelFitRecord, 'scoring'>;

export interface FitInputs {
  fitId: string;
  /** Every customer's summary at the cut (days). */
  summaries: readonly CustomerSummary[];
  /** The instant the history was cut at, and when the fit is made (runtime clock). */
  asOf: number;
  fittedAt: number;
  /** The last fitted parameters: churn, and value per currency. */
  warmStart: { churn?: BgNbdParams; value: Record<string, GammaGammaParams> };
}

/** How many customers a model needs, by why it could not be fitted (apps/server README, "Predictions"). */
export const NEEDS = { too_few_customers: MIN_BG_NBD_CUSTOMERS, too_few_repeaters: MIN_GAMMA_GAMMA_REPEATERS } as const;

/**
 * The rows of one fit: BG/NBD on every customer's (frequency, recency, T) in days, and a
 * Gamma-Gamma model per currency on the customers with repeat purchases in it, each warm
 * started from its last fit. A model below its minimum data is a row with the reason.
 */
export function fitModels(inputs: FitInputs): FitRow[] {
  const common = { fitId: inputs.fitId, timeUnit: 'day' as const, fittedAt: inputs.fittedAt, asOf: inputs.asOf };
  const rows: FitRow[] = [];
  const churn = fitBgNbd(
    inputs.summaries.map(({ frequency, recency, T }) => ({ frequency, recency, T })),
    inputs.warmStart.churn ? { warmStart: inputs.warmStart.churn } : {},
  );
  rows.push({ ...common, kind: 'churn', currency: '', model: 'bg-nbd', ...outcomeColumns(churn) });

  const byCurrency = new Map<string, { frequency: number; monetary: number }[]>();
  for (const summary of inputs.summaries) {
    for (const [currency, { mean, repeatDays }] of Object.entries(summary.monetary)) {
      if (repeatDays < 1) continue;
      let list = byCurrency.get(currency);
      if (!list) byCurrency.set(currency, (list = []));
      list.push({ frequency: repeatDays, monetary: mean });
    }
  }
  for (const currency of [...byCurrency.keys()].sort()) {
    const warm = inputs.warmStart.value[currency];
    const value = fitGammaGamma(byCurrency.get(currency)!, warm ? { warmStart: warm } : {});
    rows.push({ ...common, kind: 'value', currency, model: 'gamma-gamma', ...outcomeColumns(value) });
  }
  return rows;
}

function outcomeColumns(outcome: FitOutcome<BgNbdParams> | FitOutcome<GammaGammaParams>) {
  if (outcome.ok) {
    return {
      params: { ...outcome.params } as Record<string, number>,
      logLikelihood: outcome.logLikelihood,
      iterations: outcome.iterations,
      converged: outcome.converged,
      customers: outcome.customers,
      reason: null,
      message: null,
    };
  }
  return { params: null, logLikelihood: null, iterations: null, converged: null, customers: outcome.customers, reason: outcome.reason, message: outcome.message };
}
