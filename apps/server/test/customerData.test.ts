import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHttpServer, type TestHttpServer } from '../src/delivery/testSupport.ts';
import { createService, type Service } from '../src/service.ts';
import { playbook, T0, type Json } from './harness.ts';
import { removeTempFolders, tempFolder } from './serverProcess.ts';
import { cellsContaining, readEveryTable, rowsContaining } from './sqliteFile.ts';

/** Distinctive: found nowhere in the database but in what is held about this customer. */
const GONE = 'erase-me-7f3a';
const NAME = 'Zebediah Quarrington';
const PHONE = '+15550007733';
const EMAIL = 'zq.7f3a@example.com';
const KEPT = 'keep-me-01';

const logLines: Json[] = [];
let provider: TestHttpServer;
let service: Service;
let url: string;
let dataFile: string;

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; headers: Headers; text: string; body: Json }> {
  const response = await fetch(url + path, { method, ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: text ? JSON.parse(text) : undefined };
}

async function ok(method: string, path: string, body?: unknown): Promise<Json> {
  const answer = await call(method, path, body);
  if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${answer.text}`);
  return answer.body;
}

const followUp = playbook('order-follow-up', [
  { id: 'start', type: 'trigger', on: 'event', event: 'order_placed' },
  { id: 'coupon', type: 'action', action: 'issue_coupon', percent: 15, valid_for: 'P30D' },
  { id: 'sms', type: 'action', action: 'send_message', channel: 'sms', template: { body: 'Hi {{customer.name}}, your code is {{coupon.code}}' } },
  { id: 'note', type: 'action', action: 'send_message', channel: 'inbox', template: { subject: 'Thanks', body: 'Thanks {{customer.name}}' } },
  { id: 'call', type: 'action', action: 'create_task', title: 'Call {{customer.name}} ({{customer.phone}})' },
  { id: 'wait', type: 'wait', for: 'P7D' },
  { id: 'later', type: 'action', action: 'send_message', channel: 'inbox', template: { body: 'A week on, {{customer.name}}' } },
]);

const detractor = playbook('detractor-alert', [
  { id: 'start', type: 'trigger', on: 'event', event: 'nps_submitted' },
  { id: 'hook', type: 'action', action: 'webhook', url: 'PROVIDER/hook', body: '{"who":"{{customer.email}}"}' },
]);

async function seedCustomer(id: string, attributes: Record<string, unknown>, tag: string) {
  await ok('PUT', `/api/customers/${id}`, { attributes, tags: [tag] });
  await ok('POST', '/api/events', {
    events: [
      { id: `${id}-order-1`, customer_id: id, type: 'order_placed', properties: { amount: 42.5, currency: 'EUR', note: `gift for ${attributes.name}` } },
      { id: `${id}-nps-1`, customer_id: id, type: 'nps_submitted', properties: { score: 3, comment: `${attributes.name} says slow` } },
    ],
  });
}

beforeAll(async () => {
  dataFile = join(tempFolder('stayflow-privacy-'), 'stayflow.db');
  // The provider keeps failing with 503: deliveries stay pending, each with attempts recorded.
  provider = await startHttpServer((_request, response) => response.writeHead(503).end());
  const logs = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logLines.push(JSON.parse(line));
      done();
    },
  });
  service = await createService({
    dataFile,
    clock: { mode: 'manual', start: Date.parse(T0) },
    requireApiKeys: false,
    env: { STAYFLOW_SMS_URL: `${provider.origin}/sms`, STAYFLOW_WEBHOOK_ALLOW: '127.0.0.1' },
    demoCustomers: 0,
    sweepEveryMs: 3_600_000,
    logger: { level: 'info', stream: logs },
  });
  await service.start();
  url = await service.app.listen({ port: 0, host: '127.0.0.1' });

  for (const document of [followUp, { ...detractor, nodes: detractor.nodes.map((n: Json) => (n.url ? { ...n, url: `${provider.origin}/hook` } : n)) }]) {
    expect((await call('POST', '/api/playbooks', document)).status).toBe(201);
    await ok('POST', `/api/playbooks/${document.id}/publish`);
  }
  await seedCustomer(GONE, { name: NAME, phone: PHONE, email: EMAIL, currency: 'EUR' }, 'vip-zq');
  await seedCustomer(KEPT, { name: 'Ana Lima', phone: '+15550001111', email: 'ana@example.com' }, 'regular');
  // Both deliveries (SMS and webhook) of each customer were tried once and wait for a retry.
  await vi.waitFor(
    async () => {
      for (const id of [GONE, KEPT]) {
        const deliveries = (await ok('GET', `/api/customers/${id}/export`)).deliveries as Json[];
        expect(deliveries.map((d) => [d.kind, d.status, d.attempt_log.length]).sort()).toEqual([
          ['message', 'pending', 1],
          ['webhook', 'pending', 1],
        ]);
      }
    },
    { timeout: 10_000, interval: 50 },
  );
}, 30_000);

let stopped = false;
afterAll(async () => {
  if (!stopped) await service?.stop();
  await provider?.close();
  removeTempFolders();
});

describe('customer export (GET /api/customers/:id/export)', () => {
  it('answers everything held about the customer, for a person to read', async () => {
    const answer = await call('GET', `/api/customers/${GONE}/export`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.headers.get('content-disposition')).toBe(`attachment; filename="customer-${GONE}.json"; filename*=UTF-8''customer-${GONE}.json`);
    const data = answer.body;
    expect(data).toMatchObject({ format: 'stayflow/customer-export@1', exported_at: T0 });
    expect(data.customer).toMatchObject({ id: GONE, attributes: { name: NAME, phone: PHONE, email: EMAIL, currency: 'EUR' }, tags: ['vip-zq'], created_at: T0 });
    expect(data.customer.metrics).toMatchObject({ orders: 1 });
    expect(data.state).toMatchObject({ first_order_at: T0, last_order_at: T0, last_nps: 3, last_nps_at: T0, runs_started: { 'order-follow-up': 1, 'detractor-alert': 1 } });
    expect(data.events.map((e: Json) => [e.id, e.type, e.at])).toEqual([
      [`${GONE}-nps-1`, 'nps_submitted', T0],
      [`${GONE}-order-1`, 'order_placed', T0],
    ].sort((a, b) => a[0]!.localeCompare(b[0]!)));
    expect(data.events.find((e: Json) => e.type === 'order_placed').properties).toEqual({ amount: 42.5, currency: 'EUR', note: `gift for ${NAME}` });

    const run = data.runs.find((r: Json) => r.playbook === 'order-follow-up');
    expect(run).toMatchObject({ status: 'active', waiting_at: 'wait', entered_at: T0, ended_at: null });
    expect(run.steps.map((s: Json) => s.node)).toEqual(['start', 'coupon', 'sms', 'note', 'call', 'wait']);
    expect(data.runs.find((r: Json) => r.playbook === 'detractor-alert')).toMatchObject({ status: 'completed' });

    const code = data.coupons[0].code;
    expect(data.coupons).toEqual([expect.objectContaining({ percent: 15, playbook: 'order-follow-up', issued_at: T0, valid_until: '2026-04-01T08:00:00.000Z' })]);
    expect(data.messages.map((m: Json) => [m.channel, m.status, m.body])).toEqual(
      expect.arrayContaining([
        ['sms', 'queued', `Hi ${NAME}, your code is ${code}`],
        ['inbox', 'logged', `Thanks ${NAME}`],
      ]),
    );
    expect(data.tasks).toEqual([expect.objectContaining({ title: `Call ${NAME} (${PHONE})`, status: 'open', created_at: T0 })]);
    expect(data.pending_timers).toEqual([expect.objectContaining({ kind: 'run', playbook: 'order-follow-up', due_at: '2026-03-09T08:00:00.000Z' })]);
    const webhook = data.deliveries.find((d: Json) => d.kind === 'webhook');
    expect(webhook).toMatchObject({ status: 'pending', attempts: 1, last_error: 'HTTP 503', payload: { body: `{"who":"${EMAIL}"}` } });
    expect(webhook.attempt_log).toEqual([{ at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), ok: false, detail: 'HTTP 503' }]);
    expect(webhook.next_attempt_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    // The retention ledgers (and any later table with a customer_id) come under "other", with readable times.
    for (const rows of Object.values(data.other) as Json[][]) for (const row of rows) expect(row.customer_id).toBe(GONE);
    // Nothing of the other customer is in it.
    expect(answer.text).not.toContain(KEPT);
    expect(answer.text).not.toContain('Ana Lima');
  });

  it('names the file safely whatever the id', async () => {
    const id = '客户/../a"b';
    await ok('PUT', `/api/customers/${encodeURIComponent(id)}`, { attributes: {} });
    const answer = await call('GET', `/api/customers/${encodeURIComponent(id)}/export`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toBe(`attachment; filename="customer-___.._a_b.json"; filename*=UTF-8''customer-%E5%AE%A2%E6%88%B7_.._a_b.json`);
    expect((await call('DELETE', `/api/customers/${encodeURIComponent(id)}`)).status).toBe(204);
  });

  it('answers 404 for an unknown customer', async () => {
    const answer = await call('GET', '/api/customers/nobody-here/export');
    expect(answer).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });

  it('is in the OpenAPI document with an operation id and a success schema', async () => {
    const document = await ok('GET', '/api/openapi.json');
    expect(document.paths['/api/customers/{id}/export'].get).toMatchObject({ operationId: 'exportCustomer', tags: ['customers'] });
    expect(document.paths['/api/customers/{id}/export'].get.responses['200'].content['application/json'].schema.properties.format).toBeDefined();
    expect(document.paths['/api/customers/{id}'].delete).toMatchObject({ operationId: 'eraseCustomer', tags: ['customers'] });
  });
});

describe('customer erasure (DELETE /api/customers/:id)', () => {
  it('leaves no row anywhere in the database that holds the customer, and the other customer whole', async () => {
    const needles = [GONE, NAME, PHONE, EMAIL, 'vip-zq'];
    const before = cellsContaining(dataFile, needles);
    // The customer is in many tables before: the check below can see them.
    const tablesBefore = new Set(before.map((cell) => cell.split('[')[0]));
    for (const table of ['customers', 'events', 'runs', 'run_steps', 'messages', 'coupons', 'tasks', 'timers', 'outbox', 'delivery_attempts']) expect(tablesBefore).toContain(table);
    const keptBefore = rowsContaining(dataFile, [KEPT, 'Ana Lima']);
    const rowsBefore = new Map([...readEveryTable(dataFile)].map(([table, rows]) => [table, rows.length]));

    const linesBefore = logLines.length;
    const erased = await call('DELETE', `/api/customers/${GONE}`);
    expect(erased.status).toBe(204);
    expect(erased.text).toBe('');

    expect(cellsContaining(dataFile, needles)).toEqual([]);
    expect(rowsContaining(dataFile, [KEPT, 'Ana Lima'])).toEqual(keptBefore);
    // Only the erased customer's rows went: every table lost exactly the rows that named them.
    const removedPerTable = new Map<string, number>();
    for (const cell of new Set(before.map((c) => c.split('.')[0]!))) {
      const table = cell.split('[')[0]!;
      removedPerTable.set(table, (removedPerTable.get(table) ?? 0) + 1);
    }
    // The audit log keeps its rows (they forget the customer) and gains the erasure's own.
    removedPerTable.set('audit_log', -1);
    // The search index (store drizzle/0016) has a row per customer whose cells hold no text; its FTS5 shadow tables change as it merges.
    removedPerTable.set('customers_search', 1);
    for (const [table, rows] of readEveryTable(dataFile)) {
      if (!table.startsWith('customers_search_')) expect({ table, rows: rows.length }).toEqual({ table, rows: rowsBefore.get(table)! - (removedPerTable.get(table) ?? 0) });
    }

    const line = logLines.slice(linesBefore).find((l) => l.msg === 'customer erased');
    expect(line).toMatchObject({ level: 30, total: expect.any(Number), removed: expect.objectContaining({ customers: 1, events: 2, runs: 2, outbox: 2, delivery_attempts: 2, coupons: 1, tasks: 1, timers: 1 }) });
    // segment_members (derived, store drizzle/0016) follows the customer through a trigger, outside erasure's count.
    expect(line.total).toBe(before.map((c) => c.split('.')[0]).filter((c, i, all) => all.indexOf(c) === i && !c!.startsWith('audit_log[') && !c!.startsWith('segment_members[')).length);
    const logged = JSON.stringify(line);
    for (const needle of needles) expect(logged).not.toContain(needle);
  });

  it('answers 404 once erased, and for a customer never seen', async () => {
    expect(await call('DELETE', `/api/customers/${GONE}`)).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect((await call('GET', `/api/customers/${GONE}`)).status).toBe(404);
    expect((await call('GET', `/api/customers/${GONE}/export`)).status).toBe(404);
    expect(await call('DELETE', '/api/customers/never-seen')).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });

  it('lets no pending wait or delivery bring the customer back', async () => {
    const requestsBefore = provider.received.length;
    const advanced = await ok('POST', '/api/clock/advance', { by: 'P8D' });
    // Only the other customer's wait fired.
    expect(advanced.fired).toBe(1);
    expect((await call('GET', `/api/customers/${GONE}`)).status).toBe(404);
    expect(await ok('GET', `/api/messages?customer=${KEPT}`)).toMatchObject({ messages: expect.arrayContaining([expect.objectContaining({ body: 'A week on, Ana Lima' })]) });
    expect(cellsContaining(dataFile, [GONE, NAME, PHONE, EMAIL])).toEqual([]);
    // Whatever the dispatcher still sends is the other customer's.
    for (const request of provider.received.slice(requestsBefore)) expect(request.body).not.toContain(GONE);
  });

  it('starts a new, empty customer when an event arrives after the erasure', async () => {
    await ok('POST', '/api/events', { events: [{ id: `${GONE}-late-1`, customer_id: GONE, type: 'page_viewed' }] });
    const customer = await ok('GET', `/api/customers/${GONE}`);
    expect(customer).toMatchObject({ id: GONE, attributes: {}, tags: [], coupons: [], tasks: [] });
    expect(customer.metrics.orders).toBe(0);
    // The first order's id is free again: nothing remembers it.
    expect(await ok('POST', '/api/events', { events: [{ id: `${GONE}-order-1`, customer_id: GONE, type: 'order_placed', properties: { amount: 1 } }] })).toMatchObject({ accepted: 1, duplicates: 0 });
    expect((await call('DELETE', `/api/customers/${GONE}`)).status).toBe(204);
  });

  it('leaves nothing of the erased data in the database file on disk once checkpointed', async () => {
    stopped = true;
    await service.stop();
    const bytes = readFileSync(dataFile);
    for (const needle of [NAME, PHONE, EMAIL]) expect({ needle, found: bytes.includes(needle) }).toEqual({ needle, found: false });
  });
});
