import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { MS_PER_DAY } from '@stayflow/logic';
import Type from 'typebox';
import { HttpError } from '../plugins/errors.ts';
import type { Runtime } from '../runtime/Runtime.ts';
import { errorAnswers, iso, parseInstant } from './common.ts';

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export const metricsRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, { runtime }) => {
  app.get(
    '/api/metrics',
    {
      schema: {
        tags: ['metrics'],
        summary: 'Retention, churn and repurchase rates, NPS and average customer lifetime value for a window (default: the last 90 days)',
        querystring: Type.Object({ from: Type.Optional(Type.String({ description: 'ISO 8601' })), to: Type.Optional(Type.String({ description: 'ISO 8601' })) }),
        response: errorAnswers,
      },
    },
    async (request) => {
      const to = parseInstant(request.query.to) ?? runtime.clock.now();
      const from = parseInstant(request.query.from) ?? to - 90 * MS_PER_DAY;
      if (Number.isNaN(from) || Number.isNaN(to)) throw new HttpError(400, 'bad_request', '"from" and "to" must be ISO 8601 times, such as 2026-01-01 or 2026-01-01T00:00:00Z.');
      if (from > to) throw new HttpError(400, 'bad_request', '"from" must not be after "to".');
      const c = await runtime.store.activity.retentionCounts(from, to);
      const retention = ratio(c.retained, c.customersAtStart);
      return {
        from: iso(from),
        to: iso(to),
        retention_rate: retention,
        churn_rate: retention === null ? null : 1 - retention,
        repurchase_rate: ratio(c.repeatBuyers, c.buyers),
        nps: c.npsResponses === 0 ? null : Math.round(((c.promoters - c.detractors) / c.npsResponses) * 1000) / 10,
        average_clv: c.customersWithOrders === 0 ? null : Math.round((c.totalSpent / c.customersWithOrders) * 100) / 100,
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
          average_clv: 'Total order amounts by the window’s end divided by customers with at least one order (amounts are summed as sent, whatever their currency).',
        },
      };
    },
  );
};
