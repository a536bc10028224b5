/**
 * One customer's scores from the customer-base models (apps/server's `fit_models` job,
 * packages/predict): kept with the metrics, so conditions read them as
 * `customer.metrics.p_alive` and so on. They change only when the customer is scored
 * again (daily, and after `POST /api/models/fit`), through a `predictions` input.
 */
export interface CustomerPredictions {
  /** BG/NBD probability that the customer is still active, 0–1. */
  pAlive: number;
  /** Expected orders in the next 30, 90 and 365 days (conditional BG/NBD expectation). */
  expectedOrders30d: number;
  expectedOrders90d: number;
  expectedOrders365d: number;
  /** The currency `expectedOrderValue` and `predictedClv` are in (the customer's), or null when no value model covers them. */
  currency: string | null;
  /** Gamma-Gamma expected value of one order, in `currency`. */
  expectedOrderValue: number | null;
  /** Predicted value over the next 365 days, discounted monthly, in `currency`. */
  predictedClv: number | null;
  /** When the history was cut for the fit these come from, and when the customer was scored (epoch ms). */
  fittedAt: number;
  scoredAt: number;
}

/** Whether two score sets say the same (a rescore that changes nothing leaves the world as it is). */
export function samePredictions(a: CustomerPredictions | null | undefined, b: CustomerPredictions | null | undefined): boolean {
  if (a === b) return true;
  if (a == null || b == null) return (a == null) === (b == null);
  return (
    a.pAlive === b.pAlive &&
    a.expectedOrders30d === b.expectedOrders30d &&
    a.expectedOrders90d === b.expectedOrders90d &&
    a.expectedOrders365d === b.expectedOrders365d &&
    a.currency === b.currency &&
    a.expectedOrderValue === b.expectedOrderValue &&
    a.predictedClv === b.predictedClv &&
    a.fittedAt === b.fittedAt
  );
}
