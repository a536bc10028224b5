import { react, type CustomerPredictions } from '@stayflow/engine';
import { openSqliteStore, type ModelFitRecord, type Reactor } from '@stayflow/store';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { T0, type Json } from './harness.ts';
import { call, killServerProcesses, removeTempFolders, startServerProcess, tempFolder, testingClockEnv, type ServerProcess } from './serverProcess.ts';

afterAll(async () => {
  await killServerProcesses();
  removeTempFolders();
});

const DAY = 86_400_000;
const HOUR = 3_600_000;
const t0 = Date.parse(T0);
const CUSTOMERS = 1_500;
/** SIGKILL once the scoring has done this many customers: well inside it (slices of 5: 300 of them). */
const KILL_AFTER = 200;
/** A p_alive no model gives: written over a scored customer while the server is down, it stays unless the job scores them again. */
const MARK = 0.123456;

const customerId = (n: number) => `c${String(n).padStart(4, '0')}`;

/** A deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A year of USD orders before T0: each customer buys at their own rhythm, spends at their own level, and may drop out after any order. */
function history(): Json[] {
  const next = random(16);
  const events: Json[] = [];
  for (let c = 0; c < CUSTOMERS; c++) {
    const meanGap = 5 + next() * 55;
    const dropout = 0.05 + next() * 0.4;
    const spend = 20 + next() * 60;
    let at = t0 - 365 * DAY + Math.floor(next() * 300) * DAY;
    for (let n = 0; at < t0 - DAY; n++) {
      events.push({ id: `o-${c}-${n}`, customer_id: customerId(c), type: 'order_placed', at: new Date(at).toISOString(), properties: { amount: Math.round(spend * (0.6 + next() * 0.8) * 100) / 100, currency: 'USD' } });
      if (next() < dropout) break;
      at += Math.max(1, Math.round(-Math.log(1 - next()) * meanGap)) * DAY;
    }
  }
  return events;
}

describe('a model fit killed with SIGKILL while it scores the customers', () => {
  it('goes on scoring from its cursor after a restart: the fit is not made again and no customer is scored twice', async () => {
    const dataDir = tempFolder('stayflow-fit-');
    const env = { ...testingClockEnv(dataDir), STAYFLOW_JOB_SLICE: '5' };
    const database = join(dataDir, 'stayflow.db');
    let server: ServerProcess = await startServerProcess(env);
    const events = history();
    for (let i = 0; i < events.length; i += 5000) expect((await call(server, 'POST', '/api/events', { events: events.slice(i, i + 5000) })).status).toBe(202);

    // With the testing clock, POST /api/models/fit answers once every customer is scored: it never will, here.
    const fitting = call(server, 'POST', '/api/models/fit').catch(() => 'connection lost');
    let job: Json;
    for (;;) {
      job = (await call(server, 'GET', '/api/jobs?status=active')).body.jobs.find((j: Json) => j.kind === 'fit_models');
      if (job?.done >= KILL_AFTER) break;
    }
    expect(await server.kill('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
    expect(await fitting).toBe('connection lost');
    expect(job).toMatchObject({ status: 'running', total: CUSTOMERS });

    // What the kill left: the fit's rows, and the scores of exactly the customers before the job's cursor (they commit with its progress).
    let store = openSqliteStore(database);
    const killed = (await store.jobs.get(job.id))!;
    expect(killed.done).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(killed.done).toBeLessThan(CUSTOMERS);
    const fitRows = await store.models.fit(job.id);
    expect(fitRows.map((row) => [row.kind, row.currency, row.reason])).toEqual([['churn', '', null], ['value', 'USD', null]]);
    const before = await store.customers.page(null, CUSTOMERS + 1);
    expect(before).toHaveLength(CUSTOMERS);
    const scoredBefore = before.filter((c) => c.world.customer.metrics.predictions !== undefined).map((c) => c.id);
    expect(scoredBefore).toEqual(before.slice(0, killed.done).map((c) => c.id));
    expect(scoredBefore[scoredBefore.length - 1]).toBe(killed.cursor);
    // Mark one customer the job had scored: scoring them again would overwrite the mark.
    const marked = scoredBefore[1]!;
    const markedScores: CustomerPredictions = { ...before[1]!.world.customer.metrics.predictions!, pAlive: MARK };
    const reactor: Reactor = (world, input) => react(world, input, { now: t0, playbooks: [] });
    await store.advance([{ customerId: marked, input: { kind: 'predictions', predictions: markedScores } }], reactor, { now: t0, wallNow: Date.now(), deliversExternally: () => false });
    // The clock moves an hour while the server is down: a fit made again would be dated then.
    await store.settings.set('clock.now', t0 + HOUR);
    await store.close();

    server = await startServerProcess(env);
    let resumed: Json;
    for (;;) {
      resumed = (await call(server, 'GET', `/api/jobs/${job.id}`)).body;
      if (resumed.status !== 'queued' && resumed.status !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Every customer counted once: the job went on from its cursor, with the same start.
    expect(resumed).toMatchObject({ status: 'done', done: CUSTOMERS, total: CUSTOMERS, started_at: job.started_at, error: null });
    const models = (await call(server, 'GET', '/api/models')).body;
    const churnRow = fitRows[0]!;
    expect(models.churn).toMatchObject({ fitted_at: T0, as_of: T0, iterations: churnRow.iterations, log_likelihood: churnRow.logLikelihood, params: churnRow.params });
    expect(models.value).toMatchObject({ currency: 'USD', fitted_at: T0, iterations: fitRows[1]!.iterations, params: fitRows[1]!.params });
    expect(models.predictions).toMatchObject({ customers: CUSTOMERS, scored_at: T0 });
    expect(models.fitting).toBeNull();
    expect((await call(server, 'GET', `/api/customers/${marked}`)).body.metrics.p_alive).toBe(MARK);
    const last = (await call(server, 'GET', `/api/customers/${customerId(CUSTOMERS - 1)}`)).body.metrics;
    expect(last.p_alive).toBeGreaterThan(0);
    expect(last.p_alive).toBeLessThanOrEqual(1);
    expect(last.predicted_clv).toBeGreaterThan(0);
    expect(await server.kill('SIGTERM')).toEqual({ code: 0, signal: null });

    store = openSqliteStore(database);
    try {
      // One fit, its rows as they were (the churn row now also holds the scoring's figures): the restart fitted nothing again.
      const withoutScoring = (rows: readonly ModelFitRecord[]) => rows.map(({ scoring: _scoring, ...row }) => row);
      expect(withoutScoring(await store.models.fit(job.id))).toEqual(withoutScoring(fitRows));
      expect((await store.models.latest()).map((row) => row.fitId)).toEqual([job.id, job.id]);
      const after = await store.customers.page(null, CUSTOMERS + 1);
      const unscored = after.filter((c) => c.world.customer.metrics.predictions === undefined).map((c) => c.id);
      expect(unscored).toEqual([]);
      for (const c of after) {
        const scores = c.world.customer.metrics.predictions!;
        expect({ id: c.id, fittedAt: scores.fittedAt, scoredAt: scores.scoredAt }).toEqual({ id: c.id, fittedAt: t0, scoredAt: t0 });
      }
      // The customers scored before the kill kept their scores: the resumed job did not score them again.
      const kept = new Map(before.map((c) => [c.id, c.world.customer.metrics.predictions]));
      for (const c of after.slice(0, killed.done)) {
        expect({ id: c.id, scores: c.world.customer.metrics.predictions }).toEqual({ id: c.id, scores: c.id === marked ? markedScores : kept.get(c.id) });
      }
    } finally {
      await store.close();
    }
  }, 120_000);
});
