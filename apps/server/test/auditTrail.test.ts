import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_TABLE } from '../src/plugins/auditTrail.ts';
import { playbook, startTestServer, T0, type Json, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const welcome = playbook('welcome', [
  { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
  { id: 'call', type: 'action', action: 'create_task', title: 'Welcome call' },
]);

/** The audit rows (newest first) matching a query string. */
async function audit(query = ''): Promise<Json[]> {
  const answer = await server.call('GET', `/api/audit${query}`);
  expect(answer.status).toBe(200);
  return answer.body.items;
}

/** A fetch with an API key, for the routes where who asks matters. */
async function asKey(key: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const response = await fetch(server.url + path, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

describe('the audit trail', () => {
  it('has a line for every write route: recorded, or exempt with the reason', () => {
    const routes = server.service.app.auditedRoutes;
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.filter((route) => route.rule === undefined).map((route) => `${route.method} ${route.url}`)).toEqual([]);
    const exempt = routes.filter((route) => route.rule !== undefined && 'exempt' in route.rule).map((route) => `${route.method} ${route.url}`);
    expect(exempt.sort()).toEqual(['DELETE /api/previews/:id', 'POST /api/playbooks/:id/simulate', 'POST /api/playbooks/:id/test', 'POST /api/playbooks/validate']);
    for (const rule of Object.values(AUDIT_TABLE)) if ('exempt' in rule) expect(rule.exempt.length).toBeGreaterThan(10);
  });

  it('records each kind of write with its actor, object and, for playbooks, the version it produced', async () => {
    expect((await server.call('POST', '/api/playbooks', welcome)).status).toBe(201);
    expect((await server.call('PUT', '/api/playbooks/welcome', { ...welcome, name: 'Welcome v2' })).status).toBe(200);
    expect((await server.call('POST', '/api/playbooks/welcome/publish')).status).toBe(200);
    expect((await server.call('POST', '/api/playbooks/welcome/pause')).status).toBe(200);
    expect((await server.call('POST', '/api/playbooks/welcome/resume')).status).toBe(200);
    expect((await server.call('PUT', '/api/segments/big', { if: { '>=': [{ var: 'customer.metrics.total_spent' }, 200] } })).status).toBe(200);
    expect((await server.call('DELETE', '/api/segments/big')).status).toBe(204);
    expect((await server.call('PUT', '/api/customers/c-1', { attributes: { name: 'Wang Fang' } })).status).toBe(200);
    expect((await server.call('PUT', '/api/customers/c-3', { attributes: { name: 'Li Lei' } })).status).toBe(200);
    expect((await server.call('POST', '/api/customers/batch', { customers: [{ id: 'c-2', attributes: {} }, { id: 'c-3', attributes: {} }] })).status).toBe(200);
    expect((await server.call('POST', '/api/events', { events: [{ customer_id: 'c-4', type: 'signed_up' }, { customer_id: 'c-5', type: 'page_viewed' }] })).status).toBe(202);
    const task = (await server.call('GET', '/api/tasks')).body.tasks[0];
    expect((await server.call('POST', `/api/tasks/${task.id}`, { status: 'done' })).status).toBe(200);
    expect((await server.call('DELETE', '/api/customers/c-3')).status).toBe(204);
    await server.advance('PT1H');

    const rows = await audit('?limit=500');
    const actions = rows.map((row) => row.action).reverse();
    expect(actions).toEqual([
      'playbook.create',
      'playbook.update',
      'playbook.publish',
      'playbook.pause',
      'playbook.resume',
      'segment.save',
      'segment.delete',
      'customer.upsert',
      'customer.upsert',
      'customers.batch',
      'events.ingest',
      'task.update',
      'customer.erase',
      'clock.advance',
    ]);
    const by = (action: string) => rows.find((row) => row.action === action);
    expect(by('playbook.publish')).toEqual({ id: expect.any(Number), at: T0, actor: 'local', actor_kind: 'local', actor_id: null, action: 'playbook.publish', object_type: 'playbook', object_id: 'welcome', version: 1, detail: null });
    expect(by('customers.batch')).toMatchObject({ object_type: 'customer', object_id: null, detail: { count: 2 } });
    expect(by('events.ingest')).toMatchObject({ object_type: 'events', detail: { count: 2 } });
    expect(by('task.update')).toMatchObject({ object_type: 'task', object_id: task.id, detail: { status: 'done' } });
    // Erasure is on record but no longer says whom: not in its own row, nor in the rows before it.
    expect(by('customer.erase')).toMatchObject({ object_type: 'customer', object_id: null });
    expect(rows.filter((row) => row.object_id === 'c-3')).toEqual([]);
    expect(by('segment.delete')).toMatchObject({ object_type: 'segment', object_id: 'big' });
    expect(by('clock.advance')).toMatchObject({ object_type: 'clock', detail: { by: 'PT1H' } });
  });

  it('does not record failed writes, nor previews, test runs and checks', async () => {
    const before = (await audit('?limit=1'))[0].id;
    expect((await server.call('POST', '/api/playbooks/nowhere/publish')).status).toBe(404);
    expect((await server.call('POST', '/api/playbooks', welcome)).status).toBe(409);
    expect((await server.call('PUT', '/api/segments/bad', { if: { frobnicate: [1] } })).status).toBe(400);
    expect((await server.call('POST', '/api/playbooks/validate', welcome)).status).toBe(200);
    expect((await server.call('POST', '/api/playbooks/welcome/test', { customer_id: 'c-1' })).status).toBe(200);
    expect((await audit('?limit=1'))[0].id).toBe(before);
  });

  it('records each event request once, with its events when they are stored, and not a conflicting event', async () => {
    const ingests = async () => (await audit('?action=events.ingest&limit=500')).length;
    const post = async (body: unknown) => (await server.call('POST', '/api/events', body)).status;
    const event = { id: 'audit-e1', customer_id: 'audit-c1', type: 'page_viewed', at: T0 };
    const before = await ingests();
    // Stored: the row is written in the transaction of the request's last event.
    expect(await post(event)).toBe(202);
    expect(await ingests()).toBe(before + 1);
    // A duplicate stores nothing, yet was answered 202: recorded after the answer instead.
    expect(await post(event)).toBe(202);
    expect(await ingests()).toBe(before + 2);
    // Another event under the used id is refused (409): not recorded.
    expect(await post({ ...event, type: 'signed_up' })).toBe(409);
    expect(await ingests()).toBe(before + 2);
    // A batch whose last event is a duplicate: one row, by either path.
    expect(await post({ events: [{ ...event, id: 'audit-e2' }, event] })).toBe(202);
    expect(await ingests()).toBe(before + 3);
    expect((await audit('?action=events.ingest&limit=1'))[0]).toMatchObject({ object_type: 'events', actor: 'local', detail: { count: 2 } });
  });

  it('pages newest first with a cursor, filtered by actor, action, object and time', async () => {
    for (let i = 0; i < 5; i++) expect((await server.call('PUT', `/api/customers/page-${i}`, { attributes: { i } })).status).toBe(200);
    const first = await server.call('GET', '/api/audit?action=customer.upsert&limit=2');
    expect(first.body.items.map((row: Json) => row.object_id)).toEqual(['page-4', 'page-3']);
    const second = await server.call('GET', `/api/audit?action=customer.upsert&limit=2&cursor=${first.body.next_cursor}`);
    expect(second.body.items.map((row: Json) => row.object_id)).toEqual(['page-2', 'page-1']);
    const all = await audit('?action=customer.upsert&limit=500');
    expect(all.map((row) => row.object_id)).toEqual(['page-4', 'page-3', 'page-2', 'page-1', 'page-0', null, 'c-1']);
    const last = await server.call('GET', `/api/audit?action=customer.upsert&limit=7`);
    expect(last.body.next_cursor).toBeNull();
    expect((await audit('?object_type=playbook&object_id=welcome&actor=local')).map((row) => row.action)).toEqual(['playbook.resume', 'playbook.pause', 'playbook.publish', 'playbook.update', 'playbook.create']);
    expect(await audit('?actor=nobody@example.com')).toEqual([]);
    // The playbook rows were written at T0; the customers above after the clock moved an hour.
    expect((await audit(`?to=${encodeURIComponent('2026-03-02T08:30:00Z')}&object_type=customer`)).map((row) => row.object_id)).toEqual([null, null, null, 'c-1']);
    expect((await audit(`?from=${encodeURIComponent('2026-03-02T08:30:00Z')}&object_type=customer`)).map((row) => row.object_id)).toEqual(['page-4', 'page-3', 'page-2', 'page-1', 'page-0']);
  });

  it('refuses a bad cursor, a bad time and an out-of-range limit, naming the parameter', async () => {
    const cursor = await server.call('GET', '/api/audit?cursor=bm90LWEtY3Vyc29y');
    expect(cursor.status).toBe(400);
    expect(cursor.body.error.message).toContain('cursor');
    const time = await server.call('GET', '/api/audit?from=yesterday');
    expect(time).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('"from" must be an ISO 8601 time') } } });
    expect((await server.call('GET', '/api/audit?limit=501')).status).toBe(400);
    expect((await server.call('GET', '/api/audit?from=2026-03-03&to=2026-03-01')).status).toBe(400);
  });

  it('records who made a key and a setting change, never the key text', async () => {
    const created = await server.call('POST', '/api/keys', { name: 'shop-backend', role: 'ingest' });
    expect(created.status).toBe(201);
    const [row] = await audit('?action=key.create');
    expect(row).toMatchObject({ actor: 'local', object_type: 'key', object_id: created.body.id, detail: { name: 'shop-backend', role: 'ingest' } });
    expect(JSON.stringify(await audit('?limit=500'))).not.toContain(created.body.key);
    expect((await asKey(created.body.key, 'POST', '/api/events', { customer_id: 'c-9', type: 'page_viewed' })).status).toBe(202);
    expect((await audit('?action=events.ingest&limit=1'))[0]).toMatchObject({ actor: 'shop-backend', actor_kind: 'key', actor_id: created.body.id, detail: { count: 1 } });
  });
});

describe('four-eyes publishing', () => {
  let ana: string;
  let ben: string;
  const draft = playbook('winback', [
    { id: 'start', type: 'trigger', on: 'event', event: 'churn_risk' },
    { id: 'tag', type: 'action', action: 'add_tag', tag: 'winback' },
  ]);

  beforeAll(async () => {
    ana = (await server.call('POST', '/api/keys', { name: 'ana-editor', role: 'editor' })).body.key;
    ben = (await server.call('POST', '/api/keys', { name: 'ben-editor', role: 'editor' })).body.key;
    expect((await server.call('POST', '/api/playbooks', draft)).status).toBe(201);
    expect(await server.call('PATCH', '/api/settings', { four_eyes: true })).toEqual({ status: 200, body: { four_eyes: true } });
  });
  afterAll(async () => {
    await server.call('PATCH', '/api/settings', { four_eyes: false });
  });

  it('turns a publish into a request that another editor approves, publishing exactly the requested draft', async () => {
    const asked = await asKey(ana, 'POST', '/api/playbooks/winback/publish');
    expect(asked.status).toBe(202);
    const approval = asked.body.approval;
    expect(approval).toMatchObject({ playbook_id: 'winback', playbook_name: 'winback', status: 'pending', requested_by: { kind: 'key', name: 'ana-editor' }, version: null, summary: { acknowledged: null, draft_changed: false, published_version: null } });
    expect((await server.call('GET', '/api/playbooks/winback')).body.published_version).toBeNull();
    expect((await server.call('GET', '/api/approvals?status=pending')).body.items.map((a: Json) => a.id)).toContain(approval.id);

    const own = await asKey(ana, 'POST', `/api/approvals/${approval.id}/approve`);
    expect(own).toMatchObject({ status: 403, body: { error: { code: 'forbidden', message: 'You asked for this publish; another editor or an admin must approve it.' } } });

    const approved = await asKey(ben, 'POST', `/api/approvals/${approval.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.approval).toMatchObject({ status: 'approved', decided_by: { kind: 'key', name: 'ben-editor' }, version: 1 });
    expect(approved.body.playbook).toMatchObject({ id: 'winback', published_version: 1, status: 'live' });
    expect((await server.call('GET', '/api/playbooks/winback/versions/1')).body.document).toEqual(draft);
    expect((await asKey(ben, 'POST', `/api/approvals/${approval.id}/approve`)).status).toBe(409);

    const rows = await audit('?object_id=winback&object_type=playbook');
    expect(rows.slice(0, 2)).toMatchObject([
      { action: 'playbook.publish_approved', actor: 'ben-editor', actor_kind: 'key', version: 1, detail: { approval_id: approval.id } },
      { action: 'playbook.publish_requested', actor: 'ana-editor', version: null, detail: { approval_id: approval.id } },
    ]);
  });

  it('answers 409 when the draft changed after the request, and a newer request supersedes the older', async () => {
    const first = (await asKey(ana, 'POST', '/api/playbooks/winback/publish')).body.approval;
    expect((await server.call('PUT', '/api/playbooks/winback', { ...draft, name: 'Win back (edited)' })).status).toBe(200);
    expect((await server.call('GET', `/api/approvals/${first.id}`)).body.approval.summary.draft_changed).toBe(true);
    const stale = await asKey(ben, 'POST', `/api/approvals/${first.id}/approve`);
    expect(stale).toMatchObject({ status: 409, body: { error: { code: 'draft_changed', message: 'The draft changed after this request; ask again.' } } });
    expect((await server.call('GET', '/api/playbooks/winback')).body.published_version).toBe(1);

    const second = (await asKey(ana, 'POST', '/api/playbooks/winback/publish')).body.approval;
    expect((await server.call('GET', `/api/approvals/${first.id}`)).body.approval.status).toBe('superseded');
    expect(second).toMatchObject({ playbook_name: 'Win back (edited)', summary: { draft_changed: false, published_version: 1 } });
    expect((await server.call('GET', '/api/approvals?status=pending&playbook=winback')).body.items.map((a: Json) => a.id)).toEqual([second.id]);
  });

  it('rejects with a reason, which the requester sees; the requester turning down their own withdraws it', async () => {
    const pending = (await server.call('GET', '/api/approvals?status=pending&playbook=winback')).body.items[0];
    expect((await asKey(ben, 'POST', `/api/approvals/${pending.id}/reject`, { reason: '  ' })).status).toBe(400);
    const rejected = await asKey(ben, 'POST', `/api/approvals/${pending.id}/reject`, { reason: 'Wrong audience: exclude VIPs first.' });
    expect(rejected).toMatchObject({ status: 200, body: { approval: { status: 'rejected', reason: 'Wrong audience: exclude VIPs first.', decided_by: { name: 'ben-editor' } } } });
    expect((await audit('?action=playbook.publish_rejected'))[0]).toMatchObject({ actor: 'ben-editor', object_id: 'winback', detail: { approval_id: pending.id, reason: 'Wrong audience: exclude VIPs first.' } });

    const again = (await asKey(ana, 'POST', '/api/playbooks/winback/publish')).body.approval;
    expect((await asKey(ana, 'POST', `/api/approvals/${again.id}/reject`, { reason: 'Not yet.' })).body.approval.status).toBe('withdrawn');
    expect((await audit('?action=playbook.publish_withdrawn'))[0]).toMatchObject({ actor: 'ana-editor', object_id: 'winback' });
    expect((await server.call('GET', '/api/approvals/apr_nothing')).status).toBe(404);
  });
});

describe('signing in', () => {
  it('records a sign-in by the person who signed in, never the password, and not a failed one', async () => {
    const own = await startTestServer();
    try {
      const password = 'correct horse battery';
      const created = await own.call('POST', '/api/people', { email: 'lead@example.com', name: 'Lead', role: 'admin', password });
      expect(created.status).toBe(201);
      const post = (body: unknown) => fetch(`${own.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect((await post({ email: 'lead@example.com', password: 'wrong password!' })).status).toBe(401);
      const signedIn = await post({ email: 'lead@example.com', password });
      expect(signedIn.status).toBe(200);
      const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
      const answer = await fetch(`${own.url}/api/audit?limit=500`, { headers: { cookie } });
      expect(answer.status).toBe(200);
      const rows = ((await answer.json()) as Json).items as Json[];
      expect(rows.map((row) => row.action)).toEqual(['session.sign_in', 'person.create']);
      expect(rows[0]).toMatchObject({ actor: 'lead@example.com', actor_kind: 'person', actor_id: created.body.id, object_type: 'person', object_id: created.body.id });
      expect(rows[1]).toMatchObject({ actor: 'local', detail: { email: 'lead@example.com', role: 'admin' } });
      expect(JSON.stringify(rows)).not.toContain(password);
    } finally {
      await own.stop();
    }
  });
});
