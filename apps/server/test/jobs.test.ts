import { afterEach, describe, expect, it } from 'vitest';
import { playbook, startTestServer, type Json, type TestServer } from './harness.ts';

let server: TestServer;
afterEach(() => server?.stop());

const CUSTOMERS = 2_000;
const customerId = (n: number) => `c-${String(n).padStart(4, '0')}`;

/** `count` customers, every other one on the pro plan. */
async function addCustomers(count: number): Promise<void> {
  const customers = Array.from({ length: count }, (_, n) => ({ id: customerId(n), attributes: { plan: n % 2 === 0 ? 'pro' : 'free' } }));
  expect((await server.call('POST', '/api/customers/batch', { customers })).status).toBe(200);
}

const proOnboarding = playbook('pro-onboarding', [
  { id: 'start', type: 'trigger', on: 'segment', if: { '==': [{ var: 'customer.plan' }, 'pro'] } },
  { id: 'wait', type: 'wait', for: 'P30D' },
]);

async function runsOf(playbookId: string): Promise<Json[]> {
  return (await server.call('GET', `/api/runs?playbook=${playbookId}&limit=1000`)).body.runs;
}

describe('bulk work as background jobs', () => {
  it('answers a publish with its enrolment job, serves requests between slices, and enrols each matching customer once', async () => {
    server = await startTestServer({ jobSliceSize: 20, jobAnswerWaitMs: 0 });
    await addCustomers(CUSTOMERS);
    expect((await server.call('POST', '/api/playbooks', proOnboarding)).status).toBe(201);

    const published = await server.call('POST', '/api/playbooks/pro-onboarding/publish');
    expect(published.status).toBe(200);
    const job = published.body.job;
    expect(job).toMatchObject({ kind: 'enrol', playbook: 'pro-onboarding', total: CUSTOMERS, finished_at: null, error: null });
    expect(['queued', 'running']).toContain(job.status);
    // The editor and the list show the job while it runs.
    expect((await server.call('GET', '/api/playbooks/pro-onboarding')).body.jobs).toEqual([expect.objectContaining({ id: job.id })]);
    const listed = (await server.call('GET', '/api/playbooks')).body.playbooks.find((p: Json) => p.id === 'pro-onboarding');
    expect(listed.jobs.map((j: Json) => j.id)).toEqual([job.id]);

    // Requests are answered while the job works: each sees it further on.
    const progress: number[] = [];
    let healthy = 0;
    for (;;) {
      const [health, current] = await Promise.all([server.call('GET', '/api/health'), server.call('GET', `/api/jobs/${job.id}`)]);
      if (health.status === 200) healthy++;
      if (current.body.status === 'done') break;
      progress.push(current.body.done);
    }
    const between = new Set(progress.filter((done) => done > 0 && done < CUSTOMERS));
    expect(between.size).toBeGreaterThanOrEqual(2);
    expect(healthy).toBeGreaterThan(between.size);
    expect([...between]).toEqual([...between].sort((a, b) => a - b));

    const finished = (await server.call('GET', `/api/jobs/${job.id}`)).body;
    expect(finished).toMatchObject({ status: 'done', done: CUSTOMERS, total: CUSTOMERS, error: null });
    expect(Date.parse(finished.finished_at)).toBeGreaterThanOrEqual(Date.parse(finished.started_at));
    const runs = await runsOf('pro-onboarding');
    expect(runs).toHaveLength(CUSTOMERS / 2);
    expect(new Set(runs.map((run: Json) => run.customer)).size).toBe(CUSTOMERS / 2);
    expect(runs.every((run: Json) => Number(run.customer.slice(2)) % 2 === 0)).toBe(true);
    expect((await server.call('GET', '/api/playbooks/pro-onboarding')).body.jobs).toEqual([]);

    expect((await server.call('GET', '/api/jobs?playbook=pro-onboarding&status=finished')).body).toEqual({ jobs: [finished], next_cursor: null });
    expect((await server.call('GET', '/api/jobs?playbook=pro-onboarding&status=active')).body).toEqual({ jobs: [], next_cursor: null });
    expect(await server.call('GET', '/api/jobs/job_unknown')).toEqual({ status: 404, body: { error: { code: 'not_found', message: 'The job "job_unknown" does not exist.' } } });
    expect((await server.call('GET', '/api/jobs?status=everything')).status).toBe(400);

    // This rule never changes with time alone: moving the clock sweeps nobody (test/timeAloneChanges.test.ts has
    // the hourly sweeps a rule the engine cannot time still gets), and nobody enters twice.
    await server.advance('PT3H');
    const sweeps = (await server.call('GET', '/api/jobs?status=finished&limit=10')).body.jobs.filter((j: Json) => j.kind === 'sweep');
    expect(sweeps).toEqual([]);
    expect((await server.call('GET', '/api/jobs?status=active')).body.jobs).toEqual([]);
    expect(await runsOf('pro-onboarding')).toHaveLength(CUSTOMERS / 2);
  }, 60_000);

  it('with the testing clock, publishing and moving the clock answer only once their jobs are done', async () => {
    server = await startTestServer({ jobSliceSize: 50 });
    await addCustomers(500);
    const monthly = playbook('monthly', [
      { id: 'start', type: 'trigger', on: 'schedule', cron: '0 9 * * *' },
      { id: 'tag', type: 'action', action: 'add_tag', tag: 'reached' },
    ]);
    expect((await server.call('POST', '/api/playbooks', monthly)).status).toBe(201);
    expect((await server.call('POST', '/api/playbooks', proOnboarding)).status).toBe(201);
    expect(await server.call('POST', '/api/playbooks/pro-onboarding/publish')).toEqual({ status: 200, body: { version: 1, job: null } });
    expect(await runsOf('pro-onboarding')).toHaveLength(250);
    expect(await server.call('POST', '/api/playbooks/monthly/publish')).toEqual({ status: 200, body: { version: 1, job: null } });

    await server.advance('P1D');
    const firing = (await server.call('GET', '/api/jobs?playbook=monthly')).body.jobs;
    expect(firing).toEqual([expect.objectContaining({ kind: 'schedule', status: 'done', done: 500, total: 500 })]);
    expect(await runsOf('monthly')).toHaveLength(500);
    expect((await server.call('GET', '/api/customers/c-0499')).body.tags).toEqual(['reached']);
  }, 60_000);

  it('pausing a playbook cancels its unfinished enrolment', async () => {
    server = await startTestServer({ jobSliceSize: 1, jobAnswerWaitMs: 0 });
    await addCustomers(1_000);
    expect((await server.call('POST', '/api/playbooks', proOnboarding)).status).toBe(201);
    const job = (await server.call('POST', '/api/playbooks/pro-onboarding/publish')).body.job;
    expect((await server.call('POST', '/api/playbooks/pro-onboarding/pause')).status).toBe(200);
    const cancelled = (await server.call('GET', `/api/jobs/${job.id}`)).body;
    expect(cancelled).toMatchObject({ status: 'cancelled' });
    expect(cancelled.done).toBeLessThan(1_000);
    expect((await runsOf('pro-onboarding')).length).toBeLessThan(500);
  }, 60_000);
});
