import { afterEach, describe, expect, it } from 'vitest';
import { playbook, publish, startTestServer, type Json, type TestServer } from './harness.ts';

let server: TestServer;
afterEach(() => server?.stop());

/** Reads a whole list through `next_cursor`, `limit` rows at a time; answers the pages' rows. */
async function walk(path: string, key: string, limit: number): Promise<Json[][]> {
  const pages: Json[][] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const answer = await server.call('GET', `${path}${separator}limit=${limit}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`);
    expect(answer.status).toBe(200);
    pages.push(answer.body[key]);
    cursor = answer.body.next_cursor;
    expect(pages.length).toBeLessThan(50);
  } while (cursor !== null);
  return pages;
}

const welcome = playbook('welcome', [
  { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
  { id: 'mail', type: 'action', action: 'send_message', channel: 'email', template: { subject: 'Hi', body: 'Welcome {{customer.name}}' } },
  { id: 'task', type: 'action', action: 'create_task', title: 'Call {{customer.name}}' },
]);

/** Seven customers: four sign up at one instant (the id breaks the tie), three an hour later. */
async function seeded(): Promise<void> {
  await publish(server, welcome);
  const names = ['ana', 'bo', 'cy', 'di', 'ed', 'fay', 'gus'];
  await server.call('POST', '/api/customers/batch', { customers: names.map((id) => ({ id, attributes: { name: id, city: id < 'd' ? 'Hangzhou' : 'Lyon' } })) });
  await server.call('POST', '/api/events', { events: names.slice(0, 4).map((id) => ({ id: `s-${id}`, customer_id: id, type: 'signed_up' })) });
  await server.advance('PT1H');
  await server.call('POST', '/api/events', { events: names.slice(4).map((id) => ({ id: `s-${id}`, customer_id: id, type: 'signed_up' })) });
}

describe('every list is read page by page', { timeout: 30_000 }, () => {
  it('walks runs, messages and tasks newest first: every row once, the same as one big page, ending with a null cursor', async () => {
    server = await startTestServer();
    await seeded();
    for (const [path, key] of [
      ['/api/runs', 'runs'],
      ['/api/messages', 'messages'],
      ['/api/tasks', 'tasks'],
    ] as const) {
      const pages = await walk(path, key, 3);
      expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
      const whole = (await server.call('GET', `${path}?limit=1000`)).body;
      expect(whole.next_cursor).toBeNull();
      expect(pages.flat().map((row) => row.id)).toEqual(whole[key].map((row: Json) => row.id));
      expect(pages.flat().slice(0, 3).map((row) => row.customer_id).sort()).toEqual(['ed', 'fay', 'gus']);
    }
  });

  it('keeps a filter across pages, and a page never shifts when rows are added meanwhile', async () => {
    server = await startTestServer();
    await seeded();
    const first = await server.call('GET', '/api/runs?playbook=welcome&limit=4');
    await server.call('POST', '/api/events', { id: 's-hal', customer_id: 'hal', type: 'signed_up' });
    const rest = await server.call('GET', `/api/runs?playbook=welcome&limit=4&cursor=${first.body.next_cursor}`);
    expect([...first.body.runs, ...rest.body.runs].map((r: Json) => r.customer_id)).not.toContain('hal');
    expect(first.body.runs.length + rest.body.runs.length).toBe(7);
    expect(rest.body.next_cursor).toBeNull();
    const one = await walk('/api/tasks?customer=cy', 'tasks', 1);
    expect(one.flat().map((t) => t.customer_id)).toEqual(['cy']);
  });

  it('walks customers in id order, searched or not, with a total that counts what the search matches', async () => {
    server = await startTestServer();
    await seeded();
    const everyone = await walk('/api/customers', 'customers', 2);
    expect(everyone.flat().map((c) => c.id)).toEqual(['ana', 'bo', 'cy', 'di', 'ed', 'fay', 'gus']);
    const searched = await server.call('GET', '/api/customers?q=Hangzhou&limit=2');
    expect(searched.body).toMatchObject({ total: 3, customers: [{ id: 'ana' }, { id: 'bo' }] });
    const next = await server.call('GET', `/api/customers?q=Hangzhou&limit=2&cursor=${searched.body.next_cursor}`);
    expect(next.body).toMatchObject({ total: 3, customers: [{ id: 'cy' }], next_cursor: null });
    expect((await server.call('GET', '/api/customers?limit=2')).body.total).toBe(7);
    // The v1 way still works.
    expect((await server.call('GET', '/api/customers?after=ed')).body.customers.map((c: Json) => c.id)).toEqual(['fay', 'gus']);
  });

  it('pages playbooks, versions, segments and jobs too', async () => {
    server = await startTestServer();
    for (const id of ['b-second', 'a-first', 'c-third']) await server.call('POST', '/api/playbooks', playbook(id, [{ id: 'start', type: 'trigger', on: 'manual' }]));
    expect((await walk('/api/playbooks', 'playbooks', 2)).map((page) => page.map((p) => p.id))).toEqual([['a-first', 'b-second'], ['c-third']]);
    for (const name of ['vip', 'lapsed', 'new']) await server.call('PUT', `/api/segments/${name}`, { if: { '==': [{ var: 'customer.attributes.tier' }, name] } });
    const names = (await walk('/api/segments', 'segments', 2)).flat().map((s) => s.name);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual((await server.call('GET', '/api/segments')).body.segments.map((s: Json) => s.name));
    expect(names).toEqual(expect.arrayContaining(['lapsed', 'new', 'vip']));
    for (let i = 0; i < 3; i++) {
      await server.call('PUT', '/api/playbooks/a-first', { ...playbook('a-first', [{ id: 'start', type: 'trigger', on: 'manual' }]), description: `take ${i}` });
      expect((await server.call('POST', '/api/playbooks/a-first/publish')).status).toBe(200);
    }
    expect((await walk('/api/playbooks/a-first/versions', 'versions', 2)).flat().map((v) => v.version)).toEqual([3, 2, 1]);
    const jobs = (await server.call('GET', '/api/jobs?limit=1000')).body.jobs.map((j: Json) => j.id);
    expect(jobs.length).toBeGreaterThan(2);
    expect((await walk('/api/jobs', 'jobs', 2)).flat().map((j) => j.id)).toEqual(jobs);
  });

  it('refuses a cursor it did not give, naming it', async () => {
    server = await startTestServer();
    await seeded();
    const runsCursor = (await server.call('GET', '/api/runs?limit=1')).body.next_cursor;
    for (const cursor of ['nonsense', runsCursor, Buffer.from('["runs",1]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')]) {
      const answer = await server.call('GET', `/api/messages?cursor=${encodeURIComponent(cursor)}`);
      expect(answer).toMatchObject({ status: 400, body: { error: { code: 'validation_failed' }, errors: [{ path: '$.cursor' }] } });
      expect(answer.body.error.message).toContain('"cursor"');
    }
  });
});
