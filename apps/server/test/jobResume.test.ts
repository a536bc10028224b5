import { afterAll, describe, expect, it } from 'vitest';
import { playbook, type Json } from './harness.ts';
import { call, killServerProcesses, removeTempFolders, startServerProcess, tempFolder, testingClockEnv } from './serverProcess.ts';

afterAll(async () => {
  await killServerProcesses();
  removeTempFolders();
});

const CUSTOMERS = 3_000;
/** SIGKILL once the job has done this many customers: well inside it. */
const KILL_AFTER = 300;

const vipWelcome = playbook('vip-welcome', [
  { id: 'start', type: 'trigger', on: 'segment', if: { '==': [{ var: 'customer.tier' }, 'vip'] } },
  { id: 'coupon', type: 'action', action: 'issue_coupon', percent: 15, valid_for: 'P30D' },
  { id: 'wait', type: 'wait', for: 'P7D' },
]);

const customerId = (n: number) => `c-${String(n).padStart(4, '0')}`;

describe('a background job killed with SIGKILL', () => {
  it('goes on from its cursor after a restart, and enrols every matching customer exactly once', async () => {
    // Slices of 5 customers: the enrolment takes hundreds of slices, so the kill lands inside it.
    const env = { ...testingClockEnv(tempFolder('stayflow-jobs-')), STAYFLOW_JOB_SLICE: '5' };
    let server = await startServerProcess(env);
    const customers = Array.from({ length: CUSTOMERS }, (_, n) => ({ id: customerId(n), attributes: { tier: n % 3 === 0 ? 'vip' : 'basic' } }));
    expect((await call(server, 'POST', '/api/customers/batch', { customers })).status).toBe(200);
    expect((await call(server, 'POST', '/api/playbooks', vipWelcome)).status).toBe(201);

    // With the testing clock, publishing answers once the job is done: it never will, here.
    const publishing = call(server, 'POST', '/api/playbooks/vip-welcome/publish').catch(() => 'connection lost');
    let job: Json;
    for (;;) {
      [job] = (await call(server, 'GET', '/api/jobs?playbook=vip-welcome&status=active')).body.jobs;
      if (job?.done >= KILL_AFTER) break;
    }
    expect(await server.kill('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
    expect(await publishing).toBe('connection lost');
    expect(job).toMatchObject({ kind: 'enrol', status: 'running', total: CUSTOMERS });
    expect(job.done).toBeLessThan(CUSTOMERS);

    server = await startServerProcess(env);
    const resumed = (await call(server, 'GET', `/api/jobs/${job.id}`)).body;
    // Every customer counted once: a slice redone after the kill would count its customers twice.
    expect(resumed).toMatchObject({ status: 'done', done: CUSTOMERS, total: CUSTOMERS, started_at: job.started_at, error: null });

    const runs = (await call(server, 'GET', '/api/runs?playbook=vip-welcome&limit=1000')).body.runs;
    const vips = customers.filter((c) => c.attributes.tier === 'vip').map((c) => c.id);
    expect(runs).toHaveLength(vips.length);
    expect(runs.map((run: Json) => run.customer).sort()).toEqual(vips);
    const stats = (await call(server, 'GET', '/api/playbooks/vip-welcome/stats')).body;
    expect(stats.nodes.coupon.entered).toBe(vips.length);
    for (const id of [vips[0]!, vips[vips.length - 1]!, customerId(1)]) {
      const customer = (await call(server, 'GET', `/api/customers/${id}`)).body;
      expect({ id, coupons: customer.coupons.length }).toEqual({ id, coupons: id === customerId(1) ? 0 : 1 });
    }
    expect(await server.kill('SIGTERM')).toEqual({ code: 0, signal: null });
  }, 120_000);
});
