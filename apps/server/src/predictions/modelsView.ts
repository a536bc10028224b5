import type { JobRecord, ModelFitRecord, PredictionSummary } from '@stayflow/store';
import Type, { type Static, type TSchema } from 'typebox';
import { iso } from '../routes/common.ts';
import { JobView, jobView } from '../services/jobView.ts';
import { NEEDS } from './fitModels.ts';
import type { AtRiskRule } from './atRiskSegment.ts';

const Instant = Type.String({ format: 'date-time' });
const OrNull = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Quality = {
  customers: Type.Integer({ minimum: 0, description: 'Customers the fit saw (value models: repeat buyers in the currency).' }),
  time_unit: Type.Union([Type.Literal('day'), Type.Literal('week')]),
  fitted_at: Instant,
  as_of: Type.String({ format: 'date-time', description: 'The instant the order history was cut at (the clock when the fit was asked for).' }),
  log_likelihood: Type.Number(),
  iterations: Type.Integer({ minimum: 0 }),
  converged: Type.Boolean(),
};

const ChurnModel = Type.Object(
  { model: Type.Literal('bg-nbd'), params: Type.Object({ r: Type.Number(), alpha: Type.Number(), a: Type.Number(), b: Type.Number() }, { additionalProperties: false }), ...Quality },
  { additionalProperties: false, description: 'BG/NBD (Fader, Hardie & Lee 2005): purchase rate and dropout, fitted on every customer who ordered.' },
);
const ValueModel = Type.Object(
  {
    model: Type.Literal('gamma-gamma'),
    params: Type.Object({ p: Type.Number(), q: Type.Number(), v: Type.Number() }, { additionalProperties: false }),
    currency: Type.String(),
    ...Quality,
  },
  { additionalProperties: false, description: 'Gamma-Gamma (Fader, Hardie & Lee 2005, "RFM and CLV"): spend per order, fitted per currency on customers with repeat orders.' },
);
const Reason = Type.Object(
  {
    code: Type.Union([Type.Literal('not_fitted_yet'), Type.Literal('too_few_customers'), Type.Literal('too_few_repeaters'), Type.Literal('did_not_converge'), Type.Literal('degenerate')]),
    message: Type.String(),
    customers: Type.Integer({ minimum: 0, description: 'Customers (value: repeat buyers) the data had.' }),
    needs: OrNull(Type.Integer({ minimum: 0, description: 'Customers the model needs (null when the reason is not a minimum).' })),
    currency: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
const Predictions = Type.Object(
  {
    scored_at: Instant,
    customers: Type.Integer({ minimum: 0, description: 'Customers with scores.' }),
    expected_active: Type.Number({ description: 'Sum of p_alive: the expected number of customers still active.' }),
    by_currency: Type.Array(
      Type.Object(
        {
          currency: Type.String(),
          customers: Type.Integer({ minimum: 0 }),
          total_clv: Type.Number(),
          bands: Type.Array(Type.Object({ from: Type.Number(), to: OrNull(Type.Number()), customers: Type.Integer({ minimum: 0 }) }, { additionalProperties: false })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false, description: 'What the last completed scoring of every customer found.' },
);

export const ModelsView = Type.Object(
  {
    churn: OrNull(ChurnModel),
    value: OrNull(ValueModel),
    values: Type.Array(ValueModel, { description: 'Every currency’s value model (`value` is the one with the most repeat buyers).' }),
    reasons: Type.Object(
      { churn: Type.Optional(Reason), value: Type.Optional(Reason), values: Type.Array(Reason, { description: 'Currencies whose value model could not be fitted.' }) },
      { additionalProperties: false, description: 'Why a model is null.' },
    ),
    predictions: OrNull(Predictions),
    fitting: OrNull(JobView),
    at_risk: Type.Object(
      { rule: Type.Union([Type.Literal('silence'), Type.Literal('p_alive')]), below: OrNull(Type.Number({ minimum: 0, maximum: 1 })) },
      { additionalProperties: false, description: 'How the default "at_risk" segment is defined: days of silence, or probability alive below `below`.' },
    ),
  },
  { additionalProperties: false, description: 'The customer-base models fitted on the order history (`null` with the reason when one cannot be fitted yet).' },
);
export type ModelsView = Static<typeof ModelsView>;

const NOT_FITTED = 'The models have not been fitted yet: they are fitted daily, or now with POST /api/models/fit.';

export function modelsView(fits: readonly ModelFitRecord[], fitting: JobRecord | undefined, atRisk: AtRiskRule, scoring: PredictionSummary | null): ModelsView {
  const churnRow = fits.find((f) => f.kind === 'churn');
  const valueRows = fits.filter((f) => f.kind === 'value');
  const fitted = valueRows.filter((f) => f.params !== null).sort((a, b) => b.customers - a.customers);
  const unfitted = valueRows.filter((f) => f.params === null).sort((a, b) => b.customers - a.customers);
  const reasons: ModelsView['reasons'] = { values: unfitted.map(reason) };
  const churn = churnRow?.params ? { model: 'bg-nbd' as const, params: pick(churnRow.params, ['r', 'alpha', 'a', 'b']), ...quality(churnRow) } : null;
  if (churn === null) reasons.churn = churnRow === undefined ? { code: 'not_fitted_yet', message: NOT_FITTED, customers: 0, needs: null } : reason(churnRow);
  const values = fitted.map((row) => ({ model: 'gamma-gamma' as const, params: pick(row.params!, ['p', 'q', 'v']), currency: row.currency, ...quality(row) }));
  if (values.length === 0) {
    if (churnRow === undefined) reasons.value = { code: 'not_fitted_yet', message: NOT_FITTED, customers: 0, needs: null };
    else
      reasons.value = unfitted[0] !== undefined ? reason(unfitted[0]) : {
        code: 'too_few_repeaters',
        message: `No customer has ordered twice yet: the value model needs ${NEEDS.too_few_repeaters} customers with repeat orders in one currency.`,
        customers: 0,
        needs: NEEDS.too_few_repeaters,
      };
  }
  return {
    churn,
    value: values[0] ?? null,
    values,
    reasons,
    predictions: scoring === null ? null : {
      scored_at: iso(scoring.scoredAt),
      customers: scoring.customers,
      expected_active: scoring.expectedActive,
      by_currency: scoring.byCurrency.map((c) => ({ currency: c.currency, customers: c.customers, total_clv: c.totalClv, bands: c.bands })),
    },
    fitting: fitting === undefined ? null : jobView(fitting),
    at_risk: { rule: atRisk.rule, below: atRisk.rule === 'p_alive' ? atRisk.below : null },
  };
}

function quality(row: ModelFitRecord) {
  return {
    customers: row.customers,
    time_unit: row.timeUnit,
    fitted_at: iso(row.fittedAt),
    as_of: iso(row.asOf),
    log_likelihood: row.logLikelihood ?? 0,
    iterations: row.iterations ?? 0,
    converged: row.converged ?? false,
  };
}

function reason(row: ModelFitRecord): Static<typeof Reason> {
  const code = (row.reason ?? 'did_not_converge') as 'too_few_customers' | 'too_few_repeaters' | 'did_not_converge' | 'degenerate';
  const needs = code === 'too_few_customers' || code === 'too_few_repeaters' ? NEEDS[code] : null;
  return { code, message: row.message ?? code, customers: row.customers, needs, ...(row.kind === 'value' ? { currency: row.currency } : {}) };
}

function pick<K extends string>(params: Record<string, number>, keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, params[k] ?? Number.NaN])) as Record<K, number>;
}
