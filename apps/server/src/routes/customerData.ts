import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { describeCustomer } from '@stayflow/engine';
import { notFound } from '../plugins/errors.ts';
import { quoteInput } from '../plugins/quoteInput.ts';
import type { Runtime } from '../runtime/Runtime.ts';
import { CustomerExportAnswer, customerExportAnswer, exportDisposition } from '../services/customerExport.ts';
import { answers, IdParams, NoContent } from './common.ts';

/** The privacy routes (api-v1.1 "Customer data"): erasure and export of everything held about one customer. */
export const customerDataRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, { runtime }) => {
  app.delete(
    '/api/customers/:id',
    {
      schema: {
        tags: ['customers'],
        operationId: 'eraseCustomer',
        summary: 'Erase a customer and everything held about them',
        description:
          'Removes the customer, their events, runs and steps, messages, coupons, tasks, pending waits and deliveries (with their attempts), and every other row that carries their id, in one transaction. Deliveries not yet sent are cancelled. An event that arrives later starts a new customer with that id.',
        params: IdParams,
        response: answers({ 204: NoContent('Erased: nothing about the customer is left (no body).') }, 404),
      },
    },
    async (request, reply) => {
      const erased = await runtime.store.customers.erase(request.params.id);
      if (!erased) throw notFound(`The customer ${quoteInput(request.params.id)}`);
      // Counts only: the log must not keep what was just erased.
      request.log.info({ removed: erased.removed, total: erased.total }, 'customer erased');
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/customers/:id/export',
    {
      schema: {
        tags: ['customers'],
        operationId: 'exportCustomer',
        summary: 'Everything held about a customer, as JSON (data access and portability requests)',
        params: IdParams,
        response: answers({ 200: CustomerExportAnswer }, 404),
      },
    },
    async (request, reply) => {
      const data = await runtime.store.customers.export(request.params.id);
      if (!data) throw notFound(`The customer ${quoteInput(request.params.id)}`);
      const now = runtime.clock.now();
      const view = describeCustomer(data.customer.world.customer, runtime.catalog.segments, now);
      reply.header('content-disposition', exportDisposition(data.customer.id));
      return customerExportAnswer(data, view, now);
    },
  );
};
