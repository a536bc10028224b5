/**
 * An integration written as a developer outside the project would write it: everything goes
 * through the generated client, typed by the OpenAPI document alone. The server is started by
 * the server's test harness (an empty database, the testing clock); nothing else of it is used.
 */
import { startTestServer, type TestServer } from '@stayflow/server/test/harness.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStayflowClient, type AnswerOf, type StayflowClient } from '../src/index.ts';

let server: TestServer;
let client: StayflowClient;

beforeAll(async () => {
  server = await startTestServer();
  client = createStayflowClient({ baseUrl: server.url });
});
afterAll(() => server.stop());

/** Every row of a list, following `next_cursor` from the first page until it is null. */
async function everyPage<Row>(read: (cursor: string | undefined) => Promise<{ rows: Row[]; next_cursor: string | null }>): Promise<Row[]> {
  const rows: Row[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const page = await read(cursor);
    rows.push(...page.rows);
    if (page.next_cursor === null) return rows;
    cursor = page.next_cursor;
  }
  throw new Error('The list did not end within 100 pages.');
}

describe('an outside integration through @stayflow/client', () => {
  it('creates customers, sends events, imports and publishes a template, enrols, and reads runs, messages, tasks and stats', async () => {
    const alice = await client.PUT('/api/customers/{id}', { params: { path: { id: 'alice' } }, body: { attributes: { name: 'Alice', plan: 'pro' }, tags: ['key-account'] } });
    expect(alice.response.status).toBe(200);
    const created: AnswerOf<'putCustomer'> = alice.data!;
    expect(created.tags).toEqual(['key-account']);

    const batch = await client.POST('/api/customers/batch', { body: { customers: [{ id: 'bob', attributes: { name: 'Bob' } }, { id: 'carol' }] } });
    expect(batch.data?.upserted).toBe(2);

    const events = await client.POST('/api/events', {
      body: { events: [{ id: 'order-1', customer_id: 'alice', type: 'order_placed', properties: { amount: 120, currency: 'EUR' } }, { customer_id: 'bob', type: 'nps_submitted', properties: { score: 9 } }] },
    });
    expect(events.response.status).toBe(202);
    expect(events.data).toEqual({ accepted: 2, duplicates: 0, conflicts: 0, conflict_ids: [] });
    const again = await client.POST('/api/events', { body: { id: 'order-1', customer_id: 'alice', type: 'order_placed', properties: { amount: 120, currency: 'EUR' } } });
    expect(again.data).toEqual({ accepted: 0, duplicates: 1 });

    const templates = await client.GET('/api/templates');
    const welcome = templates.data!.templates.find((t) => t.id === 'welcome-call');
    expect(welcome, 'the welcome-call template').toBeDefined();
    const imported = await client.POST('/api/playbooks', { body: welcome! });
    expect(imported.response.status).toBe(201);
    expect(imported.data!.validation.valid).toBe(true);

    const published = await client.POST('/api/playbooks/{id}/publish', { params: { path: { id: 'welcome-call' } } });
    // Without four-eyes publishing (no second editor required), it goes live at once: 200 with the version.
    expect(published.response.status).toBe(200);
    expect(published.data !== undefined && 'version' in published.data ? published.data.version : null).toBe(1);

    const enrolled = await client.POST('/api/playbooks/{id}/enroll', { params: { path: { id: 'welcome-call' } }, body: { customer_ids: ['alice', 'bob', 'nobody'] } });
    expect(enrolled.response.status).toBe(202);
    expect(enrolled.data).toEqual({ enrolled: 2, enrolled_ids: ['alice', 'bob'], skipped: [{ customer_id: 'nobody', reason: 'unknown' }] });

    const moved = await client.POST('/api/clock/advance', { body: { by: 'P3D' } });
    expect(moved.response.status).toBe(200);

    // Every list read through every page, one row at a time, as an integration walks a large one.
    const runs = await everyPage(async (cursor) => {
      const { data } = await client.GET('/api/runs', { params: { query: { playbook: 'welcome-call', limit: 1, cursor } } });
      return { rows: data!.runs, next_cursor: data!.next_cursor };
    });
    expect(runs.map((r) => r.customer_id).sort()).toEqual(['alice', 'bob']);
    expect(runs.every((r) => r.steps.length > 0)).toBe(true);

    const messages = await everyPage(async (cursor) => {
      const { data } = await client.GET('/api/messages', { params: { query: { playbook: 'welcome-call', limit: 1, cursor } } });
      return { rows: data!.messages, next_cursor: data!.next_cursor };
    });
    expect(messages.map((m) => m.customer_id).sort()).toEqual(['alice', 'bob']);
    expect(messages.find((m) => m.customer_id === 'alice')!.subject).toContain('Welcome aboard');

    const tasks = await everyPage(async (cursor) => {
      const { data } = await client.GET('/api/tasks', { params: { query: { limit: 1, cursor } } });
      return { rows: data!.tasks, next_cursor: data!.next_cursor };
    });
    expect(tasks.filter((t) => t.customer_id === 'bob').map((t) => t.status)).toEqual(['open']);
    const closed = await client.POST('/api/tasks/{id}', { params: { path: { id: tasks.find((t) => t.customer_id === 'bob')!.id } }, body: { status: 'done' } });
    expect(closed.data!.status).toBe('done');

    const stats = await client.GET('/api/playbooks/{id}/stats', { params: { path: { id: 'welcome-call' } } });
    expect(stats.data!.runs.started).toBe(2);
    expect(stats.data!.nodes.start?.entered).toBe(2);

    const customers = await everyPage(async (cursor) => {
      const { data } = await client.GET('/api/customers', { params: { query: { limit: 1, cursor } } });
      expect(data!.total).toBe(3);
      return { rows: data!.customers, next_cursor: data!.next_cursor };
    });
    expect(customers.map((c) => c.id)).toEqual(['alice', 'bob', 'carol']);

    const customer = await client.GET('/api/customers/{id}', { params: { path: { id: 'alice' } } });
    expect(customer.data!.metrics.orders).toBe(1);
  });

  it('answers failures as typed errors', async () => {
    const missing = await client.GET('/api/customers/{id}', { params: { path: { id: 'nobody' } } });
    expect(missing.response.status).toBe(404);
    expect(missing.data).toBeUndefined();
    expect(missing.error!.error.code).toBe('not_found');

    const notLive = await client.POST('/api/playbooks/{id}/pause', { params: { path: { id: 'no-such-playbook' } } });
    expect(notLive.error!.error.code).toBe('not_found');
  });
});
