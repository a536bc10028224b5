import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Every fit of the customer-base models (apps/server README, "Predictions"): one row per
 * model a `fit_models` job fitted or could not fit — `churn` (BG/NBD, one per fit) and
 * `value` (Gamma-Gamma, one per currency). `fit_id` groups the rows of one fit (the job's
 * id); the newest group is the current model. A model that could not be fitted keeps why
 * (`reason`, `message`) and no parameters.
 */
export const modelFits = sqliteTable(
  'model_fits',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    fitId: text('fit_id').notNull(),
    kind: text('kind', { enum: ['churn', 'value'] }).notNull(),
    /** The currency of a value model; '' for churn. */
    currency: text('currency').notNull(),
    model: text('model', { enum: ['bg-nbd', 'gamma-gamma'] }).notNull(),
    /** BG/NBD { r, alpha, a, b } or Gamma-Gamma { p, q, v } (JSON, re-validated on read); null when it could not be fitted. */
    params: text('params', { mode: 'json' }).$type<Record<string, number> | null>(),
    logLikelihood: real('log_likelihood'),
    iterations: integer('iterations'),
    converged: integer('converged', { mode: 'boolean' }),
    /** Customers the fit saw (Gamma-Gamma: repeat buyers in the currency). */
    customers: integer('customers').notNull(),
    timeUnit: text('time_unit', { enum: ['day', 'week'] }).notNull(),
    /** When the fit was made, and the instant the order history was cut at (runtime clock). */
    fittedAt: integer('fitted_at').notNull(),
    asOf: integer('as_of').notNull(),
    /** Why it could not be fitted: too_few_customers, too_few_repeaters, did_not_converge, degenerate (value models). */
    reason: text('reason'),
    message: text('message'),
    /** On the churn row: what the scoring of every customer found (JSON), once it ended. */
    scoring: text('scoring', { mode: 'json' }).$type<unknown>(),
  },
  (t) => [index('model_fits_fit').on(t.fitId, t.seq), index('model_fits_kind').on(t.kind, t.currency, t.seq)],
);

/**
 * Each scored customer's predictions: a projection of `customers.world` (the engine's
 * `metrics.predictions`, the source of truth), written by `advance` when they change, so
 * the analytics figures are one query over this table. Erased and exported with the
 * customer (it has a `customer_id`).
 */
export const customerPredictions = sqliteTable('customer_predictions', {
  customerId: text('customer_id').primaryKey(),
  pAlive: real('p_alive').notNull(),
  expectedOrders30d: real('expected_orders_30d').notNull(),
  expectedOrders90d: real('expected_orders_90d').notNull(),
  expectedOrders365d: real('expected_orders_365d').notNull(),
  currency: text('currency'),
  expectedOrderValue: real('expected_order_value'),
  predictedClv: real('predicted_clv'),
  fittedAt: integer('fitted_at').notNull(),
  scoredAt: integer('scored_at').notNull(),
});
