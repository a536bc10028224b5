import { createTestDatabase, postgresRows, prepareTemplate, startPostgresCluster, type PostgresCluster } from '@stayflow/store/testing';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pool } from './eventStorm.ts';
import { playbook, T0 } from './harness.ts';
import { call, killServerProcesses, removeTempFolders, startServerProcess, tempFolder, testingClockEnv, type ServerProcess } from './serverProcess.ts';

/**
 * Three server processes on one PostgreSQL database share the work (store README, "Leases"):
 * an event storm spread across them while the testing clock moves, processes killed (SIGKILL,
 * one SIGTERM) and restarted during the storm and during a clock advance. Afterwards every
 * acknowledged event is stored once, every effect happened once, every timer fired once at
 * its own instant, and no lease is left held.
 */

const PROCESSES = 3;
const BATCHES = 90;
const PER_BATCH = 12;
const CUSTOMERS = 120;
const CONCURRENCY = 4;
const DAY = 86_400_000;
/** Short leases, so a killed process's work is taken over within the test. */
const LEASE_MS = 1_000;
/** After these many acknowledged batches (and once at least two processes are up), a random process is stopped (the last gracefully) and started again. */
const STOPS: readonly { after: number; signal: NodeJS.Signals }[] = [
  { after: 12, signal: 'SIGKILL' },
  { after: 35, signal: 'SIGKILL' },
  { after: 60, signal: 'SIGTERM' },
];
/** The clock moves a minute every this many acknowledged batches, so customers enter at different instants and their timers fall due at different ones. */
const MOVE_EVERY = 4;

/** A small deterministic generator (mulberry32): the kills are random but the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Batch `b`: customers enter throughout the storm (event n, every third, is customer ⌊n/9⌋'s), and every other order is an earlier customer's again. */
function batch(b: number) {
  return {
    events: Array.from({ length: PER_BATCH }, (_, i) => {
      const n = b * PER_BATCH + i;
      const customer = n % 3 === 0 ? Math.floor(n / 9) : (n * 7) % (Math.floor(n / 9) + 1);
      return { id: `order-${b}-${i}`, customer_id: `c-${String(customer).padStart(3, '0')}`, type: 'order_placed', properties: { amount: 10 + (n % 90) } };
    }),
  };
}

let cluster: PostgresCluster;
let hooks: Server;
let hookUrl: string;
/** Idempotency keys the webhook receiver was called with, and how often. */
const received = new Map<string, number>();

beforeAll(async () => {
  cluster = await startPostgresCluster();
  await prepareTemplate(cluster);
  hooks = createServer((request, response) => {
    const key = String(request.headers['idempotency-key']);
    request.resume();
    request.on('end', () => {
      received.set(key, (received.get(key) ?? 0) + 1);
      // A little slow, as a real receiver: deliveries are in flight when a process is killed.
      setTimeout(() => response.writeHead(200).end('ok'), 5);
    });
  });
  await new Promise<void>((resolve) => hooks.listen(0, '127.0.0.1', resolve));
  const address = hooks.address();
  hookUrl = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}/hook`;
}, 60_000);

afterAll(async () => {
  await killServerProcesses();
  removeTempFolders();
  await new Promise((resolve) => hooks?.close(resolve));
  await cluster?.stop();
});

describe('several processes sharing the work on PostgreSQL (kill -9 and restarts)', () => {
  it('stores every acknowledged event once, does every effect once, fires every timer once in time order, and leaves no lease held', async () => {
    const url = await createTestDatabase(cluster.url());
    const env = {
      ...testingClockEnv(tempFolder('stayflow-shared-')),
      STAYFLOW_DATABASE_URL: url,
      STAYFLOW_DB_POOL: '4',
      STAYFLOW_LEASE_MS: String(LEASE_MS),
      STAYFLOW_POLL_MS: '100',
      STAYFLOW_WEBHOOK_ALLOW: '127.0.0.1',
    };
    const start = () => startServerProcess(env, 60_000);
    const servers: (ServerProcess | undefined)[] = await Promise.all(Array.from({ length: PROCESSES }, start));
    const restarting: Promise<void>[] = [];
    const stopsDone: { signal: NodeJS.Signals; exit: unknown }[] = [];
    const stopAndRestart = (slot: number, signal: NodeJS.Signals) => {
      const victim = servers[slot]!;
      servers[slot] = undefined;
      restarting.push(
        victim.kill(signal).then(async (exit) => {
          stopsDone.push({ signal, exit });
          servers[slot] = await start();
        }),
      );
    };
    /** Calls a live process, the `preferred` one if it is up, and again on another when the call fails (a client retries what was not acknowledged). */
    const callAny = async (preferred: number, method: string, path: string, body?: unknown) => {
      for (let attempt = 0; ; attempt++) {
        const server = servers[(preferred + attempt) % PROCESSES];
        if (server === undefined) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          continue;
        }
        try {
          return await call(server, method, path, body);
        } catch (error) {
          if (attempt > 200) throw error;
        }
      }
    };

    const followUp = playbook('order-follow-up', [
      { id: 'start', type: 'trigger', on: 'event', event: 'order_placed' },
      { id: 'coupon', type: 'action', action: 'issue_coupon', percent: 10, valid_for: 'P30D' },
      { id: 'hook', type: 'action', action: 'webhook', url: hookUrl, body: '{"customer":"{{customer.id}}"}' },
      { id: 'thanks', type: 'action', action: 'send_message', channel: 'inbox', template: { subject: 'Thank you', body: 'Your code: {{coupon.code}}' } },
      { id: 'wait', type: 'wait', for: 'P1D' },
      { id: 'call', type: 'action', action: 'create_task', title: 'Call {{customer.id}} about their order' },
    ]);
    expect((await callAny(0, 'POST', '/api/playbooks', followUp)).status).toBe(201);
    expect((await callAny(1, 'POST', `/api/playbooks/${followUp.id}/publish`)).status).toBe(200);
    // The other processes hear of it (LISTEN/NOTIFY, milliseconds) and reload their playbooks before the storm.
    await new Promise((resolve) => setTimeout(resolve, 500));

    const rand = random(11);
    let acknowledged = 0;
    let nextStop = 0;
    let minutes = 0;
    const unexpected: string[] = [];
    // The clock's moves go one after another, in order, as a client driving the testing clock sends them: sent side by
    // side, a move retried on another process (its first was killed) could arrive after a later one and be refused.
    let moving = Promise.resolve();
    await pool(
      Array.from({ length: BATCHES }, (_, b) => b),
      CONCURRENCY,
      async (b) => {
        const answer = await callAny(b % PROCESSES, 'POST', '/api/events', batch(b));
        if (answer.status !== 202) unexpected.push(`batch ${b}: ${answer.status} ${JSON.stringify(answer.body)}`);
        acknowledged++;
        if (acknowledged % MOVE_EVERY === 0) {
          const to = new Date(Date.parse(T0) + ++minutes * 60_000).toISOString();
          const preferred = Math.floor(rand() * PROCESSES);
          moving = moving.then(async () => {
            const moved = await callAny(preferred, 'POST', '/api/clock/advance', { to });
            if (moved.status !== 200) unexpected.push(`move to ${to}: ${moved.status} ${JSON.stringify(moved.body)}`);
          });
          await moving;
        }
        const stop = STOPS[nextStop];
        const up = servers.flatMap((server, slot) => (server === undefined ? [] : [slot]));
        if (stop !== undefined && acknowledged >= stop.after && up.length >= 2) {
          nextStop++;
          stopAndRestart(up[Math.floor(rand() * up.length)]!, stop.signal);
        }
      },
    );
    expect(unexpected).toEqual([]);
    // A stop the storm ended before (restarts are slow on a busy machine) still happens, with the clock's moves and deliveries under way.
    for (const stop of STOPS.slice(nextStop)) {
      await Promise.all(restarting);
      stopAndRestart(Math.floor(rand() * PROCESSES), stop.signal);
    }
    await Promise.all(restarting);
    expect(stopsDone.map((s) => s.signal)).toEqual(STOPS.map((s) => s.signal));
    for (const { signal, exit } of stopsDone) expect(exit).toEqual(signal === 'SIGTERM' ? { code: 0, signal: null } : { code: null, signal: 'SIGKILL' });

    // A clock advance over every timer, its process killed in the middle; the client asks another, which fires the rest.
    const target = new Date(Date.parse(T0) + 2 * DAY).toISOString();
    const advancing = servers[0]!;
    const firstTry = call(advancing, 'POST', '/api/clock/advance', { to: target }).catch(() => 'killed' as const);
    // Killed once some timers fired and some did not (their groups fire one instant after the other).
    const tasks = async () => (await postgresRows<{ n: number }>(url, 'SELECT COUNT(*)::int AS n FROM tasks'))[0]!.n;
    let firedBeforeKill = await tasks();
    while (firedBeforeKill === 0) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      firedBeforeKill = await tasks();
    }
    stopAndRestart(0, 'SIGKILL');
    const answered = await firstTry;
    expect(answered).toBe('killed');
    expect(firedBeforeKill).toBeLessThan(CUSTOMERS);
    const retried = await callAny(1, 'POST', '/api/clock/advance', { to: target });
    expect({ status: retried.status, now: retried.body?.now }).toEqual({ status: 200, now: target });
    await Promise.all(restarting);

    // Deliveries still in flight settle; then every process stops gracefully, releasing what it holds.
    for (let i = 0; i < 100; i++) {
      const [counted] = await postgresRows<{ pending: number }>(url, `SELECT COUNT(*)::int AS pending FROM outbox WHERE status = 'pending'`);
      if (counted?.pending === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    for (let slot = 0; slot < PROCESSES; slot++) expect(await servers[slot]!.kill('SIGTERM')).toEqual({ code: 0, signal: null });

    const rows = <T,>(text: string) => postgresRows<T>(url, text);
    // Every event of the storm, once.
    expect(await rows(`SELECT COUNT(*)::int AS n, COUNT(DISTINCT id)::int AS ids FROM events WHERE type = 'order_placed'`)).toEqual([{ n: BATCHES * PER_BATCH, ids: BATCHES * PER_BATCH }]);
    const customers = new Set(Array.from({ length: BATCHES }, (_, b) => batch(b).events.map((e) => e.customer_id)).flat());
    expect(customers.size).toBe(CUSTOMERS);
    // One run each (a customer waiting in the run is not entered again), completed; one coupon, message, delivery and task each.
    const perCustomer = await rows<{ id: string; runs: number; completed: number; coupons: number; messages: number; deliveries: number; delivered: number; oks: number; tasks: number; on_time: number }>(
      `SELECT c.id,
        (SELECT COUNT(*)::int FROM runs r WHERE r.customer_id = c.id) AS runs,
        (SELECT COUNT(*)::int FROM runs r WHERE r.customer_id = c.id AND r.status = 'completed') AS completed,
        (SELECT COUNT(*)::int FROM coupons k WHERE k.customer_id = c.id) AS coupons,
        (SELECT COUNT(*)::int FROM messages m WHERE m.customer_id = c.id) AS messages,
        (SELECT COUNT(*)::int FROM outbox o WHERE o.customer_id = c.id) AS deliveries,
        (SELECT COUNT(*)::int FROM outbox o WHERE o.customer_id = c.id AND o.status = 'delivered') AS delivered,
        (SELECT COUNT(*)::int FROM outbox o JOIN delivery_attempts a ON a.key = o.key WHERE o.customer_id = c.id AND a.ok) AS oks,
        (SELECT COUNT(*)::int FROM tasks t WHERE t.customer_id = c.id) AS tasks,
        (SELECT COUNT(*)::int FROM tasks t JOIN runs r ON r.id = t.run_id WHERE t.customer_id = c.id AND t.created_at = r.entered_at + ${DAY}) AS on_time
       FROM customers c ORDER BY c.id`,
    );
    expect(perCustomer.map((c) => c.id)).toEqual([...customers].sort());
    const once = { runs: 1, completed: 1, coupons: 1, messages: 1, deliveries: 1, delivered: 1, oks: 1, tasks: 1, on_time: 1 };
    for (const c of perCustomer) expect(c).toEqual({ id: c.id, ...once });
    // Customers entered at different instants, so their timers fired one instant after the other, each at its own.
    expect((await rows<{ n: number }>(`SELECT COUNT(DISTINCT entered_at)::int AS n FROM runs`))[0]!.n).toBeGreaterThan(5);

    // Every webhook reached the receiver; a second call with the same key only after a kill caught a delivery between sending and recording (at-least-once).
    const keys = (await rows<{ key: string }>(`SELECT key FROM outbox`)).map((r) => r.key);
    expect(keys.filter((key) => !received.has(key))).toEqual([]);
    const repeats = [...received.values()].reduce((sum, n) => sum + n - 1, 0);
    expect(repeats).toBeLessThanOrEqual(2 * 8);

    // Nothing left to do, nothing held: no timer, no pending delivery, no unfinished job, no lease.
    expect(await rows(`SELECT id, due_at FROM timers`)).toEqual([]);
    expect(await rows(`SELECT id, status FROM jobs WHERE status IN ('queued', 'running')`)).toEqual([]);
    expect(
      await rows(`SELECT 'timers' AS t, id FROM timers WHERE lease_owner IS NOT NULL
                  UNION ALL SELECT 'outbox', key FROM outbox WHERE lease_owner IS NOT NULL AND status = 'pending'
                  UNION ALL SELECT 'jobs', id FROM jobs WHERE lease_owner IS NOT NULL AND status IN ('queued', 'running')
                  UNION ALL SELECT 'customers', id FROM customers WHERE lease_owner IS NOT NULL AND lease_until > ${Date.now()}`),
    ).toEqual([]);
    expect(await rows(`SELECT value FROM settings WHERE key = 'clock.now'`)).toEqual([{ value: Date.parse(target) }]);
    // About 45 s on an idle 2-core machine; restarts take far longer when it is busy.
  }, 180_000);
});
