import { describeCustomer } from '@stayflow/engine';
import type { CustomerRecord } from '@stayflow/store';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { notFound } from '../plugins/errors.ts';
import { quoteInput } from '../plugins/quoteInput.ts';
import type { Runtime } from '../runtime/Runtime.ts';
import { CustomerDetail, CustomerList, Upserted } from './answerSchemas.ts';
import { answers, CustomerId, IdFilter, IdParams, iso, Limit } from './common.ts';

const CustomerBody = Type.Object(
  {
    attributes: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'Merged into the stored attributes.' })),
    tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 500, description: 'Replaces the tags when given.' })),
  },
  { additionalProperties: false },
);

const BatchBody = Type.Object(
  {
    customers: Type.Array(
      Type.Object(
        { id: CustomerId, attributes: Type.Optional(Type.Record(Type.String(), Type.Unknown())), tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }))) },
        { additionalProperties: false },
      ),
      { maxItems: 10_000 },
    ),
  },
  { additionalProperties: false },
);

async function customerAnswer(runtime: Runtime, record: CustomerRecord) {
  const now = runtime.clock.now();
  const view = describeCustomer(record.world.customer, runtime.catalog.segments, now);
  const [coupons, tasks] = await Promise.all([runtime.store.activity.coupons(record.id), runtime.store.activity.tasks({ customerId: record.id, limit: 100 })]);
  return {
    id: record.id,
    attributes: record.attributes,
    tags: record.tags,
    metrics: view.metrics,
    segments: view.segments,
    coupons: coupons.map((c) => ({
      code: c.code,
      percent: c.percent,
      amount: c.amount,
      currency: c.currency,
      playbook: c.playbookId,
      issued_at: iso(c.issuedAt),
      valid_until: iso(c.validUntil),
      redeemed_at: iso(c.redeemedAt),
    })),
    tasks: tasks.map((t) => ({ id: t.id, title: t.title, assignee: t.assignee, status: t.status, playbook: t.playbookId, created_at: iso(t.createdAt), due_at: iso(t.dueAt) })),
    active_runs: record.world.runs.filter((r) => r.status === 'active').map((r) => ({ id: r.id, playbook: r.playbookId, node: r.node, entered_at: iso(r.enteredAt) })),
    created_at: iso(record.createdAt),
    updated_at: iso(record.updatedAt),
  };
}

export const customerRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, { runtime }) => {
  app.put(
    '/api/customers/:id',
    { schema: { tags: ['customers'], operationId: 'putCustomer', summary: 'Create or update a customer (attributes merged)', params: IdParams, body: CustomerBody, response: answers({ 200: CustomerDetail }, 'body') } },
    async (request) => {
      await runtime.upsertCustomers([{ id: request.params.id, ...request.body }]);
      return customerAnswer(runtime, (await runtime.store.customers.get(request.params.id))!);
    },
  );

  app.post(
    '/api/customers/batch',
    { schema: { tags: ['customers'], operationId: 'putCustomers', summary: 'Create or update many customers in one transaction', body: BatchBody, response: answers({ 200: Upserted }, 'body') } },
    async (request) => ({ upserted: await runtime.upsertCustomers(request.body.customers) }),
  );

  app.get(
    '/api/customers/:id',
    { schema: { tags: ['customers'], operationId: 'getCustomer', summary: 'A customer with metrics, segments, tags, coupons and tasks', params: IdParams, response: answers({ 200: CustomerDetail }, 404) } },
    async (request) => {
      const record = await runtime.store.customers.get(request.params.id);
      if (!record) throw notFound(`The customer ${quoteInput(request.params.id)}`);
      return customerAnswer(runtime, record);
    },
  );

  app.get(
    '/api/customers',
    {
      schema: {
        tags: ['customers'],
        operationId: 'listCustomers',
        summary: 'Customers in id order, optionally searched',
        response: answers({ 200: CustomerList }),
        querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 200 })), after: IdFilter, limit: Limit }),
      },
    },
    async (request) => {
      const { q, after, limit = 100 } = request.query;
      const records = q ? await runtime.store.customers.search(q, limit) : await runtime.store.customers.page(after ?? null, limit);
      const now = runtime.clock.now();
      return {
        total: await runtime.store.customers.count(),
        customers: records.map((record) => {
          const view = describeCustomer(record.world.customer, runtime.catalog.segments, now);
          return { id: record.id, attributes: record.attributes, tags: record.tags, metrics: view.metrics, segments: view.segments, updated_at: iso(record.updatedAt) };
        }),
      };
    },
  );
};
