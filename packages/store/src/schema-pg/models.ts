import { bigint, bigserial, boolean, doublePrecision, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';

/** PostgreSQL twin of schema/models.ts: every fit of the customer-base models. */
export const modelFits = pgTable(
  'model_fits',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    fitId: text('fit_id').notNull(),
    kind: text('kind', { enum: ['churn', 'value'] }).notNull(),
    currency: text('currency').notNull(),
    model: text('model', { enum: ['bg-nbd', 'gamma-gamma'] }).notNull(),
    params: jsonb('params').$type<Record<string, number> | null>(),
    logLikelihood: doublePrecision('log_likelihood'),
    iterations: integer('iterations'),
    converged: boolean('converged'),
    customers: integer('customers').notNull(),
    timeUnit: text('time_unit', { enum: ['day', 'week'] }).notNull(),
    fittedAt: bigint('fitted_at', { mode: 'number' }).notNull(),
    asOf: bigint('as_of', { mode: 'number' }).notNull(),
    reason: text('reason'),
    message: text('message'),
    scoring: jsonb('scoring').$type<unknown>(),
  },
  (t) => [index('model_fits_fit').on(t.fitId, t.seq), index('model_fits_kind').on(t.kind, t.currency, t.seq)],
);

/** Each scored customer's predictions: a projection of `customers.world`, written by `advance`. */
export const customerPredictions = pgTable('customer_predictions', {
  customerId: text('customer_id').primaryKey(),
  pAlive: doublePrecision('p_alive').notNull(),
  expectedOrders30d: doublePrecision('expected_orders_30d').notNull(),
  expectedOrders90d: doublePrecision('expected_orders_90d').notNull(),
  expectedOrders365d: doublePrecision('expected_orders_365d').notNull(),
  currency: text('currency'),
  expectedOrderValue: doublePrecision('expected_order_value'),
  predictedClv: doublePrecision('predicted_clv'),
  fittedAt: bigint('fitted_at', { mode: 'number' }).notNull(),
  scoredAt: bigint('scored_at', { mode: 'number' }).notNull(),
});
