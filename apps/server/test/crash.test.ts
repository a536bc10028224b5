import { openSqliteStore } from '@stayflow/store';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { followUp, orderBatch, pool, publish } from './eventStorm.ts';
import { playbook, T0 } from './harness.ts';
import { call, killServerProcesses, removeTempFolders, startServerProcess, tempFolder, testingClockEnv, type ServerProcess } from './serverProcess.ts';

afterAll(async () => {
  await killServerProcesses();
  removeTempFolders();
});

const BATCHES = 200;
const PER_BATCH = 50;
const CUSTOMERS = 300;
const CONCURRENCY = 8;
/** SIGKILL once this many batches were acknowledged: well inside the storm. */
const KILL_AFTER = 50;

const batch = (b: number) => orderBatch(b, { perBatch: PER_BATCH, customers: CUSTOMERS });

describe('durability (SIGKILL in the middle of an event storm)', () => {
  it('loses no acknowledged event, doubles no effect and drops no timer', async () => {
    const env = testingClockEnv(tempFolder('stayflow-crash-'));
    let server = await startServerProcess(env);
    await publish(server, followUp);

    const acknowledged = new Set<number>();
    let killed: ReturnType<ServerProcess['kill']> | undefined;
    const unexpected: string[] = [];
    const first = server;
    await pool(
      Array.from({ length: BATCHES }, (_, b) => b),
      CONCURRENCY,
      async (b) => {
        if (killed) return;
        try {
          const answer = await call(first, 'POST', '/api/events', batch(b));
          if (answer.status !== 202) unexpected.push(`batch ${b}: ${answer.status} ${JSON.stringify(answer.body)}`);
          else acknowledged.add(b);
        } catch {
          // The connection died with the server: this client does not know whether the batch was stored.
          if (!killed) unexpected.push(`batch ${b}: failed before the kill`);
          return;
        }
        if (acknowledged.size >= KILL_AFTER && !killed) killed = first.kill('SIGKILL');
      },
    );
    expect(unexpected).toEqual([]);
    expect(await killed).toEqual({ code: null, signal: 'SIGKILL' });
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acknowledged.size).toBeLessThan(BATCHES - 100);

    server = await startServerProcess(env);
    expect((await call(server, 'GET', '/api/clock')).body).toEqual({ now: T0 });

    // Clients retry everything they sent after a crash: the server must recognise what it already has.
    const retried = new Map<number, { accepted: number; duplicates: number; conflicts: number; conflict_ids: string[] }>();
    const again = server;
    await pool(
      Array.from({ length: BATCHES }, (_, b) => b),
      CONCURRENCY,
      async (b) => {
        const answer = await call(again, 'POST', '/api/events', batch(b));
        expect(answer.status).toBe(202);
        retried.set(b, answer.body);
      },
    );
    for (const [b, answer] of retried) {
      // A retry sends the same events: duplicates, never conflicts.
      if (acknowledged.has(b)) expect({ b, ...answer }).toEqual({ b, accepted: 0, duplicates: PER_BATCH, conflicts: 0, conflict_ids: [] });
      // A batch the kill interrupted was stored whole or not at all: one transaction.
      else expect({ b, ...answer }).toEqual({ b, accepted: PER_BATCH - answer.duplicates, duplicates: answer.duplicates === 0 ? 0 : PER_BATCH, conflicts: 0, conflict_ids: [] });
    }

    const expectedOrders = new Map<string, number>();
    for (let b = 0; b < BATCHES; b++) for (const event of batch(b).events) expectedOrders.set(event.customer_id, (expectedOrders.get(event.customer_id) ?? 0) + 1);
    expect(expectedOrders.size).toBe(CUSTOMERS);

    for (const [id, orders] of expectedOrders) {
      const customer = (await call(server, 'GET', `/api/customers/${id}`)).body;
      expect({ id, orders: customer.metrics.orders, coupons: customer.coupons.length, waiting: customer.active_runs.length, tasks: customer.tasks.length }).toEqual({
        id,
        orders,
        coupons: 1,
        waiting: 1,
        tasks: 0,
      });
      const messages = (await call(server, 'GET', `/api/messages?customer=${id}`)).body.messages;
      expect({ id, messages: messages.length }).toEqual({ id, messages: 1 });
      expect(messages[0].body).toBe(`Your code: ${customer.coupons[0].code}`);
    }

    const advanced = await call(server, 'POST', '/api/clock/advance', { by: 'P1D' });
    expect(advanced).toMatchObject({ status: 200, body: { fired: CUSTOMERS } });
    for (const id of expectedOrders.keys()) {
      const customer = (await call(server, 'GET', `/api/customers/${id}`)).body;
      expect({ id, tasks: customer.tasks.length, waiting: customer.active_runs.length }).toEqual({ id, tasks: 1, waiting: 0 });
    }
    const stats = (await call(server, 'GET', `/api/playbooks/${followUp.id}/stats`)).body;
    expect(stats.runs).toMatchObject({ active: 0, completed: CUSTOMERS, exited: 0 });
    expect(stats.nodes.call.entered).toBe(CUSTOMERS);
    expect((await call(server, 'GET', '/api/tasks?limit=1000')).body.tasks).toHaveLength(CUSTOMERS);

    expect(await server.kill('SIGTERM')).toEqual({ code: 0, signal: null });
    // Straight from the database: every event of the storm, once.
    const store = openSqliteStore(join(env.STAYFLOW_DATA!, 'stayflow.db'));
    try {
      const stored = await store.activity.events({ types: ['order_placed'] });
      expect(stored).toHaveLength(BATCHES * PER_BATCH);
      expect(new Set(stored.map((e) => e.id)).size).toBe(BATCHES * PER_BATCH);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('fires at start-up a timer that fell due while the server was down', async () => {
    const env = testingClockEnv(tempFolder('stayflow-crash-'));
    let server = await startServerProcess(env);
    await publish(
      server,
      playbook('nudge', [
        { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
        { id: 'wait', type: 'wait', for: 'PT1H' },
        { id: 'call', type: 'action', action: 'create_task', title: 'Welcome call' },
      ]),
    );
    expect((await call(server, 'POST', '/api/events', { id: 'signup-1', customer_id: 'late', type: 'signed_up' })).status).toBe(202);
    expect((await call(server, 'GET', '/api/customers/late')).body.active_runs).toHaveLength(1);
    expect(await server.kill('SIGTERM')).toEqual({ code: 0, signal: null });

    // Time passes while the server is down: the saved testing clock moves two hours on.
    const later = new Date(Date.parse(T0) + 2 * 3_600_000).toISOString();
    const store = openSqliteStore(join(env.STAYFLOW_DATA!, 'stayflow.db'));
    await store.settings.set('clock.now', Date.parse(later));
    await store.close();

    server = await startServerProcess(env);
    expect((await call(server, 'GET', '/api/clock')).body).toEqual({ now: later });
    const customer = (await call(server, 'GET', '/api/customers/late')).body;
    expect(customer.active_runs).toEqual([]);
    expect(customer.tasks).toEqual([expect.objectContaining({ title: 'Welcome call', created_at: later })]);
    expect((await call(server, 'GET', '/api/runs?playbook=nudge')).body.runs).toEqual([expect.objectContaining({ status: 'completed' })]);
    expect(await server.kill('SIGTERM')).toEqual({ code: 0, signal: null });
  }, 60_000);
});
