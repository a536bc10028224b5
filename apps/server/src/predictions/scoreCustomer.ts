import type { CustomerPredictions } from '@stayflow/engine';
import { expectedOrderValue, expectedPurchases, predictedClv, probabilityAlive, type BgNbdParams, type CustomerSummary, type GammaGammaParams } from '@stayflow/predict';

/** How far ahead predicted CLV looks, and its monthly discount rate (apps/server README, "Predictions"). */
export const CLV_HORIZON_DAYS = 365;
export const MONTHLY_DISCOUNT_RATE = 0.01;
const DAYS_PER_MONTH = 365.25 / 12;

export interface ScoringModels {
  churn: BgNbdParams;
  /** Gamma-Gamma parameters per currency (the currencies that could be fitted). */
  value: Readonly<Record<string, GammaGammaParams>>;
  /** The instant the fit's history was cut at. */
  asOf: number;
}

/**
 * One customer's scores from their summary (days): probability alive, expected orders
 * over 30/90/365 days, and, in their currency (the `currency` attribute, else that of
 * their latest order) when a value model covers it, expected order value and 365-day
 * predicted CLV. Null for a customer who has not ordered before the cut.
 */
export function scoreCustomer(summary: CustomerSummary | null, currencyHint: string | null, models: ScoringModels, scoredAt: number): CustomerPredictions | null {
  if (summary === null) return null;
  const bg = models.churn;
  const currency = currencyHint;
  const gg = currency === null ? undefined : models.value[currency];
  let expectedValue: number | null = null;
  let clv: number | null = null;
  if (gg !== undefined && currency !== null) {
    const own = summary.monetary[currency];
    const repeatDays = own?.repeatDays ?? 0;
    const mean = own?.mean ?? 0;
    expectedValue = expectedOrderValue(gg, repeatDays, mean);
    const options = { horizon: CLV_HORIZON_DAYS, unitsPerMonth: DAYS_PER_MONTH, monthlyDiscountRate: MONTHLY_DISCOUNT_RATE };
    // predictedClv weighs the customer's mean by all their repeat days; a customer who also buys in
    // other currencies is valued by their repeat days in this one: the same discounted purchases, this currency's order value.
    if (repeatDays === summary.frequency) clv = predictedClv(bg, gg, summary, mean, options);
    else clv = (predictedClv(bg, gg, summary, 0, options) / expectedOrderValue(gg, summary.frequency, 0)) * expectedValue;
  }
  return {
    pAlive: probabilityAlive(bg, summary),
    expectedOrders30d: expectedPurchases(bg, 30, summary),
    expectedOrders90d: expectedPurchases(bg, 90, summary),
    expectedOrders365d: expectedPurchases(bg, 365, summary),
    currency,
    expectedOrderValue: expectedValue,
    predictedClv: clv,
    fittedAt: models.asOf,
    scoredAt,
  };
}
