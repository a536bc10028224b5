import { describeCustomer } from '@stayflow/engine';
import type { CustomerRecord } from '@stayflow/store';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { notFound } from '../plugins/errors.ts';
import { quoteInput } from '../plugins/quoteInput.ts';
import type { Runtime } from '../runtime/Runtime.ts';
import { CustomerDetail, CustomerList, Upserted } from './answerSchemas.ts';
import { answers, CustomerId, IdParams, iso, Limit } from './common.ts';
import { Cursor, idCursor, pageOf } from './paging.ts';

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
      playbook_id: c.playbookId,
      issued_at: iso(c.issuedAt),
      valid_until: iso(c.validUntil),
      redeemed_at: iso(c.redeemedAt),
    })),
    tasks: tasks.map((t) => ({ id: t.id, title: t.title, assignee: t.assignee, status: t.status, playbook: t.playbookId, playbook_id: t.playbookId, created_at: iso(t.createdAt), due_at: iso(t.dueAt) })),
    active_runs: record.world.runs.filter((r) => r.status === 'active').map((r) => ({ id: r.id, playbook: r.playbookId, playbook_id: r.playbookId, node: r.node, entered_at: iso(r.enteredAt) })),
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
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 200, description: 'Only customers whose id or attributes contain this text.' })),
          after: Type.Optional(Type.String({ maxLength: 200, description: 'Only customers after this id (the v1 way to page; `cursor` does the same for every list).' })),
          limit: Limit,
          cursor: Cursor,
        }),
      },
    },
    async (request) => {
      const { q, after, limit = 100, cursor } = request.query;
      const from = idCursor.read('customers', cursor) ?? after ?? null;
      const { customers } = runtime.store;
      const [read, total] = await Promise.all([q ? customers.search(q, limit + 1, from) : customers.page(from, limit + 1), q ? customers.countMatching(q) : customers.count()]);
      const { rows: records, next_cursor } = pageOf(read, limit, (record) => idCursor.of('customers', record.id));
      const now = runtime.clock.now();
      return {
        total,
        next_cursor,
        customers: records.map((record) => {
          const view = describeCustomer(record.world.customer, runtime.catalog.segments, now);
          return { id: record.id, attributes: record.attributes, tags: record.tags, metrics: view.metrics, segments: view.segments, updated_at: iso(record.updatedAt) };
        }),
      };
    },
  );
};
