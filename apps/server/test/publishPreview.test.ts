import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Playbook } from '@stayflow/playbook';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreviewRunner, type PreviewJob } from '../src/services/preview/PreviewRunner.ts';
import type { PreviewSpec } from '../src/services/preview/computePreview.ts';
import { publish, startTestServer, T0, type TestServer } from './harness.ts';

const churn = JSON.parse(readFileSync(fileURLToPath(new URL('../../../examples/playbooks/churn-early-warning.json', import.meta.url)), 'utf8')) as Playbook;
const copy = { ...churn, id: 'churn-early-warning-2', name: 'Churn, second try' };
const DAY = 86_400_000;
const CUSTOMERS = 600;

/** A third silent for 95 days (in the live churn playbook already), a third for 80 days (cross 90 during a 30-day horizon), a third recent. */
async function seed(server: TestServer): Promise<void> {
  const events = Array.from({ length: CUSTOMERS }, (_, i) => {
    const daysAgo = [95, 80, 10][i % 3]!;
    return { id: `o-${i}`, customer_id: `c${String(i).padStart(4, '0')}`, type: 'order_placed', at: new Date(Date.parse(T0) - daysAgo * DAY).toISOString(), properties: { amount: 40 } };
  });
  for (let i = 0; i < events.length; i += 200) expect((await server.call('POST', '/api/events', { events: events.slice(i, i + 200) })).status).toBe(202);
}

describe('publish preview (POST /api/playbooks/:id/simulate)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await seed(server);
    await publish(server, churn);
    expect((await server.call('POST', '/api/playbooks', copy)).status).toBe(201);
  }, 60_000);
  afterAll(() => server.stop());

  it('previews the draft over the stored customers: entries, effects, steps, the overlap and the same template', async () => {
    const answer = await server.call('POST', `/api/playbooks/${copy.id}/simulate`, { horizon_days: 30 });
    expect(answer.status).toBe(202);
    // The testing clock answers the finished preview.
    expect(answer.body).toMatchObject({ playbook_id: copy.id, horizon_days: 30, status: 'done', progress: 1, error: null });
    const result = answer.body.result;
    expect(result.sample).toEqual({ customers: CUSTOMERS, of: CUSTOMERS, scale: 1, sampled: false });
    expect(result.from).toBe(T0);
    expect(result.entered).toEqual({ now: 200, over_horizon: 400 });
    expect(result.messages.by_channel).toEqual({ email: 400 });
    expect(result.coupons.by_percent).toEqual([{ percent: 15, count: 400 }]);
    expect(result.tasks.total).toBe(400);
    expect(result.steps.find((s: { node: string }) => s.node === 'send_coupon_email')).toMatchObject({ label: expect.any(String), entered: 400 });
    expect(result.examples).toHaveLength(3);
    // Everyone who would enter is in the live copy too; those silent 95 days got its email before today.
    expect(result.overlaps).toEqual([{ playbook_id: 'churn-early-warning', name: churn.name, customers_in_both: 400, contacted_by_both: 200 }]);
    expect(result.same_template).toEqual([{ playbook_id: 'churn-early-warning', name: churn.name, template: 'churn-early-warning' }]);

    const again = await server.call('GET', `/api/previews/${answer.body.id}`);
    expect(again).toEqual({ status: 200, body: answer.body });
    // Nothing was stored or sent: the draft's stats are empty.
    expect((await server.call('GET', `/api/playbooks/${copy.id}/stats`)).body.runs).toMatchObject({ active: 0, completed: 0, exited: 0 });
  }, 60_000);

  it('a shorter horizon sees only who enters now', async () => {
    const answer = await server.call('POST', `/api/playbooks/${copy.id}/simulate`, { horizon_days: 7 });
    expect(answer.body.result.entered).toEqual({ now: 200, over_horizon: 200 });
  }, 60_000);

  it('refuses another horizon, an unknown playbook, an unknown preview', async () => {
    const bad = await server.call('POST', `/api/playbooks/${copy.id}/simulate`, { horizon_days: 45 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/horizon_days/);
    expect((await server.call('POST', '/api/playbooks/nobody/simulate', { horizon_days: 7 })).status).toBe(404);
    expect((await server.call('GET', '/api/previews/nothing-here')).status).toBe(404);
    expect((await server.call('DELETE', '/api/previews/nothing-here')).status).toBe(404);
  });

  // The runner driven directly, on the SQLite file (on PostgreSQL the route tests above run the same worker on a pool).
  describe.skipIf(process.env.STAYFLOW_TEST_BACKEND === 'postgres')('in a worker thread', () => {
    const spec = (extra: Partial<PreviewSpec> = {}): PreviewSpec => ({
      playbook: copy,
      version: 1,
      live: [{ playbook: churn, version: 1 }],
      earlier: [],
      segments: [],
      from: Date.parse(T0),
      days: 30,
      ...extra,
    });
    const file = () => join(server.dataDir, 'stayflow.db');

    it('reports progress as it goes', async () => {
      const seen: number[] = [];
      const runner = new PreviewRunner({ dataFile: file() }, { onProgress: (job) => seen.push(job.progress) });
      const job = runner.start(copy.id, spec({ days: 90 }), []);
      expect(job.status).toBe('running');
      const done = (await runner.finished(job.id))!;
      expect(done.status).toBe('done');
      expect(seen.filter((p) => p > 0 && p < 1).length).toBeGreaterThan(2);
      expect([...seen].sort((a, b) => a - b)).toEqual(seen);
      expect(done.result!.entered.now).toBe(200);
    }, 60_000);

    it('simulates a seeded sample above the size limit and scales its counts', async () => {
      const runner = new PreviewRunner({ dataFile: file() });
      const first = (await runner.finished(runner.start(copy.id, spec({ sampleSize: 150 }), []).id))!;
      expect(first.result!.sample).toEqual({ customers: 150, of: CUSTOMERS, scale: 4, sampled: true });
      // About two thirds of the base enters; the sample's count is scaled by 4.
      expect(first.result!.entered.over_horizon % 4).toBe(0);
      expect(Math.abs(first.result!.entered.over_horizon - 400)).toBeLessThan(80);
      const second = (await runner.finished(runner.start(copy.id, spec({ sampleSize: 150 }), []).id))!;
      expect(second.result).toEqual(first.result);
      // Twice the sample, half the scale.
      const larger = (await runner.finished(runner.start(copy.id, spec({ sampleSize: 300 }), []).id))!;
      expect(larger.result!.sample).toEqual({ customers: 300, of: CUSTOMERS, scale: 2, sampled: true });
      expect(Math.abs(larger.result!.entered.over_horizon - 400)).toBeLessThan(60);
    }, 60_000);

    it('can be cancelled', async () => {
      let cancelling: Promise<boolean> | undefined;
      const runner: PreviewRunner = new PreviewRunner({ dataFile: file() }, { onProgress: (job: PreviewJob) => void (cancelling ??= runner.cancel(job.id)) });
      const job = runner.start(copy.id, spec({ days: 90 }), []);
      const ended = (await runner.finished(job.id))!;
      expect(await cancelling).toBe(true);
      expect(ended).toMatchObject({ status: 'cancelled', result: null });
      expect(ended.progress).toBeLessThan(1);
      expect(await runner.cancel(job.id)).toBe(false);
    }, 60_000);
  });

  // Last: it publishes the copy, which the previews above must see as a draft.
  it('publishing anyway records the acknowledged overlaps with the version, shown in its history', async () => {
    const preview = (await server.call('POST', `/api/playbooks/${copy.id}/simulate`, { horizon_days: 30 })).body.result;
    const acknowledged = { horizon_days: 30, overlaps: preview.overlaps, same_template: preview.same_template };
    const empty = await server.call('POST', `/api/playbooks/${copy.id}/publish`, { acknowledged: { horizon_days: 30, overlaps: [], same_template: [] } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/acknowledged lists no overlapping playbook/);
    const malformed = await server.call('POST', `/api/playbooks/${copy.id}/publish`, { acknowledged: { horizon_days: 30, overlaps: [{ playbook_id: 'x' }], same_template: [] } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('validation_failed');
    expect(malformed.body.error.message).toMatch(/acknowledged\.overlaps\[0\]/);
    expect((await server.call('GET', `/api/playbooks/${copy.id}/versions`)).body.versions).toEqual([]);

    const published = await server.call('POST', `/api/playbooks/${copy.id}/publish`, { acknowledged });
    expect(published.status).toBe(200);
    expect(published.body.version).toBe(1);
    // Republishing with nothing to acknowledge (an empty POST, as before) stores none.
    expect((await server.call('POST', `/api/playbooks/${copy.id}/publish`)).status).toBe(200);
    const history = (await server.call('GET', `/api/playbooks/${copy.id}/versions`)).body.versions;
    expect(history.map((v: { version: number; acknowledged: unknown }) => [v.version, v.acknowledged])).toEqual([
      [2, null],
      [1, { horizon_days: 30, overlaps: [{ playbook_id: 'churn-early-warning', name: churn.name, customers_in_both: 400, contacted_by_both: 200 }], same_template: [{ playbook_id: 'churn-early-warning', name: churn.name, template: 'churn-early-warning' }] }],
    ]);
    expect((await server.call('GET', `/api/playbooks/${copy.id}/versions/1`)).body.acknowledged).toEqual(history[1].acknowledged);
  }, 60_000);
});
