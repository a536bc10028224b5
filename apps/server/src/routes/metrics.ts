import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { MS_PER_DAY } from '@stayflow/logic';
import Type from 'typebox';
import { HttpError } from '../plugins/errors.ts';
import type { Runtime } from '../runtime/Runtime.ts';
import { cohortTable } from '../services/cohortTable.ts';
import { quoteInput } from '../plugins/quoteInput.ts';
import { Cohorts, Metrics } from './answerSchemas.ts';
import { answers, iso, parseInstant } from './common.ts';
import type { ExchangeRates } from './exchangeRates.ts';
import { moneyAnswer } from './moneyAnswer.ts';

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** The window of a metrics request: [from, to), by default the `days` before now. */
function windowOf(query: { from?: string; to?: string }, now: number, defaultFrom: (to: number) => number): { from: number; to: number } {
  const to = parseInstant(query.to) ?? now;
  const from = parseInstant(query.from) ?? defaultFrom(to);
  if (Number.isNaN(from) || Number.isNaN(to)) throw new HttpError(400, 'bad_request', '"from" and "to" must be ISO 8601 times, such as 2026-01-01 or 2026-01-01T00:00:00Z.');
  if (from > to) throw new HttpError(400, 'bad_request', '"from" must not be after "to".');
  return { from, to };
}

/** Midnight UTC of the first day of the month `months` before the one `at` falls in. */
function monthStart(at: number, months = 0): number {
  const date = new Date(at);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, 1);
}

export const metricsRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime; exchangeRates: ExchangeRates | null }> = async (app, { runtime, exchangeRates }) => {
  app.get(
    '/api/metrics',
    {
      schema: {
        tags: ['metrics'],
        operationId: 'getMetrics',
        summary: 'Retention, churn and repurchase rates, NPS and average customer lifetime value for a window (default: the last 90 days)',
        querystring: Type.Object({ from: Type.Optional(Type.String({ description: 'ISO 8601' })), to: Type.Optional(Type.String({ description: 'ISO 8601' })) }),
        response: answers({ 200: Metrics }),
      },
    },
    async (request) => {
      const { from, to } = windowOf(request.query, runtime.clock.now(), (end) => end - 90 * MS_PER_DAY);
      const c = await runtime.store.activity.retentionCounts(from, to);
      const retention = ratio(c.retained, c.customersAtStart);
      const money = moneyAnswer(await runtime.store.activity.moneyByCurrency(from, to), exchangeRates);
      return {
        from: iso(from),
        to: iso(to),
        retention_rate: retention,
        churn_rate: retention === null ? null : 1 - retention,
        repurchase_rate: ratio(c.repeatBuyers, c.buyers),
        nps: c.npsResponses === 0 ? null : Math.round(((c.promoters - c.detractors) / c.npsResponses) * 1000) / 10,
        average_clv: money.averageClv,
        average_clv_currency: money.averageClvCurrency,
        currencies: money.currencies,
        base_currency: money.base,
        counts: {
          customers_at_start: c.customersAtStart,
          retained: c.retained,
          new_customers: c.newCustomers,
          buyers: c.buyers,
          repeat_buyers: c.repeatBuyers,
          nps_responses: c.npsResponses,
          promoters: c.promoters,
          detractors: c.detractors,
          customers_with_orders: c.customersWithOrders,
        },
        definitions: {
          retention_rate: 'Of the customers who had ordered before the window, the share who ordered again within it.',
          churn_rate: '1 − retention rate.',
          repurchase_rate: 'Of the customers who ordered within the window, the share with at least two orders by its end.',
          nps: 'Latest answer per customer within the window: % promoters (9–10) − % detractors (0–6).',
          average_clv:
            'Total order amounts by the window’s end ÷ customers with at least one order, in one currency only (the base currency, or the only one); none when orders are in several currencies and no base currency converts them.',
          currencies:
            'Per currency of the orders ("unspecified" for orders with none): customers counted in the currency of their first order, total_spent by the window’s end, average_clv = total_spent / customers_with_orders, orders and revenue within the window, coupons_issued and coupon_value of fixed-amount coupons issued within it.',
          base_currency: 'With STAYFLOW_BASE_CURRENCY: the same figures converted at the explicit STAYFLOW_FX_RATES; currencies without a rate are left out and listed in missing_rates. Null without a base currency.',
          window: 'Half-open: from is included, to is not, so adjacent windows never count an order or an answer twice.',
        },
      };
    },
  );

  app.get(
    '/api/metrics/cohorts',
    {
      schema: {
        tags: ['metrics'],
        operationId: 'getCohorts',
        summary: 'Customers by first-purchase month × months since, with the share still buying (default: the last 12 months)',
        querystring: Type.Object({
          from: Type.Optional(Type.String({ description: 'ISO 8601; cohorts of first purchases from then (default: the start of the month 11 months before `to`)' })),
          to: Type.Optional(Type.String({ description: 'ISO 8601; orders before then (default: now)' })),
          segment: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Only customers in this segment (as last evaluated)' })),
        }),
        response: answers({ 200: Cohorts }, 404),
      },
    },
    async (request) => {
      const { from, to } = windowOf(request.query, runtime.clock.now(), (end) => monthStart(end, 11));
      const segment = request.query.segment;
      if (segment !== undefined && (await runtime.store.segments.get(segment)) === undefined) {
        throw new HttpError(404, 'not_found', `There is no segment named ${quoteInput(segment)}: see GET /api/segments for their names.`);
      }
      const cells = await runtime.store.activity.cohorts(from, to, segment === undefined ? {} : { segment });
      // The month the window's last instant falls in: to itself is not in the window.
      const lastMonth = iso(Math.max(from, to - 1)).slice(0, 7);
      return {
        from: iso(from),
        to: iso(to),
        segment: segment ?? null,
        cohorts: cohortTable(cells, lastMonth),
        definitions: {
          cohort: 'Customers whose first order (ever) fell in that month (UTC) and within [from, to).',
          retention:
            'retention[k] = customers of the cohort who ordered in the k-th month after it / the cohort’s customers: the retention rate (of the customers who had ordered before a window, the share who ordered again within it) with the cohort as those customers and month k as the window. k = 0 is 1. The last month counts its orders so far; months after it are absent.',
        },
      };
    },
  );
};
