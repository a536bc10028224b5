import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { POLL } from './canvas.ts';
import { useBrowserApp, type Json } from './setup.ts';

/**
 * Background work as the operator sees it, with the job answers played by the test
 * (playwright's route interception) so every state shows up on cue: everything else —
 * creating, publishing, listing — is the real server's. jobProgressLive.test.ts publishes
 * for real on a large base.
 */

const app = useBrowserApp({ demoCustomers: 20 });

/** Screenshots for people to look at, outside the repository. */
const SHOTS = process.env.STAYFLOW_JOB_SHOTS ?? '/tmp/stayflow-job-screens';

const segmentPlaybook = (id: string, name: string) => ({
  schema: 'stayflow/playbook@1',
  id,
  name,
  nodes: [
    { id: 'start', type: 'trigger', on: 'segment', if: { '>=': [{ var: 'customer.metrics.orders' }, 0] } },
    { id: 'wait', type: 'wait', for: 'P7D' },
  ],
  edges: [{ from: 'start', to: 'wait' }],
});

const job = (id: string, playbook: string, overrides: Json = {}): Json => ({
  id,
  kind: 'enrol',
  playbook,
  status: 'running',
  done: 27_420,
  total: 45_700,
  created_at: '2026-03-02T08:00:00.000Z',
  started_at: '2026-03-02T08:00:00.000Z',
  finished_at: null,
  error: null,
  ...overrides,
});

/** `GET /api/jobs/:id` answers whatever `state.job` is at the time, and counts the questions with their times. */
async function playJob(page: Page, first: Json): Promise<{ job: Json; asked: number[] }> {
  const state = { job: first, asked: [] as number[] };
  await page.route(`**/api/jobs/${first.id}`, async (route) => {
    state.asked.push(Date.now());
    await route.fulfill({ json: state.job });
  });
  // The real publication happens; its answer gains the job, as when enrolment outlasts the server's wait.
  await page.route(new RegExp(`/api/playbooks/${first.playbook}/publish`), async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...(await response.json()), job: first } });
  });
  return state;
}

async function publish(page: Page): Promise<void> {
  await page.getByTestId('publish').click();
  await page.getByTestId('publish-dialog').getByTestId('publish-confirm').and(page.locator(':enabled')).click();
  await page.getByTestId('publish-dialog').waitFor({ state: 'detached' });
}

/** The language the app starts in for this page (the browser context keeps the last choice between tests). */
async function speak(page: Page, locale: 'en' | 'zh-CN'): Promise<void> {
  await page.addInitScript((chosen) => localStorage.setItem('stayflow.locale', chosen), locale);
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

describe('background work in progress', () => {
  it('shows enrolment progress next to the status after publishing, asks once a second, then says it is done', async () => {
    const { page } = app;
    await speak(page, 'en');
    await app.api('POST', '/api/playbooks', segmentPlaybook('everyone', 'Welcome everyone'));
    const state = await playJob(page, job('job-everyone', 'everyone', { done: 0 }));
    await app.open('/playbooks/everyone');
    await publish(page);

    const progress = page.getByTestId('job-progress');
    const text = progress.getByTestId('job-text');
    expect(await text.textContent()).toBe('Enrolling 45,700 customers… 0%');
    state.job = job('job-everyone', 'everyone');
    await expect.poll(() => text.textContent(), POLL).toBe('Enrolling 45,700 customers… 60%');
    const bar = progress.getByRole('progressbar');
    expect(await bar.getAttribute('aria-valuenow')).toBe('60');
    expect(await bar.getAttribute('aria-valuetext')).toBe('Enrolling 45,700 customers… 60%');
    expect(await progress.getByRole('status').textContent()).toBe('Enrolling 45,700 customers');
    expect(await page.getByTestId('status-badge').getAttribute('data-status')).toBe('live');
    await page.waitForTimeout(700); // the bar eases to its new width
    await shot(page, 'editor-progress-en');

    // One question a second, each after the previous answer: about three in three seconds.
    const before = state.asked.length;
    await page.waitForTimeout(3_000);
    expect(state.asked.length - before).toBeGreaterThanOrEqual(2);
    expect(state.asked.length - before).toBeLessThanOrEqual(4);

    state.job = job('job-everyone', 'everyone', { status: 'done', done: 45_700, finished_at: '2026-03-02T08:01:00.000Z' });
    await expect.poll(() => progress.getAttribute('data-status'), POLL).toBe('done');
    expect(await text.textContent()).toBe('Enrolment finished: the customers who match are in the playbook.');
    expect(await progress.getByRole('status').textContent()).toBe('Enrolment finished: the customers who match are in the playbook.');
    expect(await progress.getByRole('progressbar').count()).toBe(0);
    await shot(page, 'editor-done-en');

    // Finished: no more questions, and the message goes after a few seconds.
    const asked = state.asked.length;
    await page.waitForTimeout(2_500);
    expect(state.asked.length).toBe(asked);
    await progress.waitFor({ state: 'detached', timeout: 10_000 });
    expect((await app.api('GET', '/api/playbooks/everyone')).status).toBe('live');
  });

  it('says in Chinese why a job stopped and what to do, until dismissed', async () => {
    const { page } = app;
    await speak(page, 'zh-CN');
    await app.api('POST', '/api/playbooks', segmentPlaybook('stops-midway', 'Stops midway'));
    const state = await playJob(page, job('job-stops', 'stops-midway'));
    await app.open('/playbooks/stops-midway');
    await publish(page);

    const progress = page.getByTestId('job-progress');
    await expect.poll(() => progress.getByTestId('job-text').textContent(), POLL).toBe('正在加入 45,700 位客户… 60%');
    await shot(page, 'editor-progress-zh');

    state.job = job('job-stops', 'stops-midway', { status: 'failed', done: 30_000, finished_at: '2026-03-02T08:01:00.000Z', error: 'database or disk is full' });
    await expect.poll(() => progress.getAttribute('data-status'), POLL).toBe('failed');
    expect(await progress.getByTestId('job-text').textContent()).toBe('加入客户中断：database or disk is full');
    expect(await progress.getByTestId('job-advice').textContent()).toBe('如需重试，请重新发布剧本（若已暂停，则恢复运行）。如果再次中断，请联系管理员查看服务器日志。');
    expect(await progress.getByRole('status').textContent()).toContain('如需重试');
    await shot(page, 'editor-failed-zh');

    // A stopped job stays until the operator closes it; nobody asks about it any more.
    const asked = state.asked.length;
    await page.waitForTimeout(1_500);
    expect(state.asked.length).toBe(asked);
    await progress.getByTestId('job-dismiss').click();
    await progress.waitFor({ state: 'detached' });
  });

  it('picks up a job already running when the editor opens', async () => {
    const { page } = app;
    await speak(page, 'en');
    await app.api('POST', '/api/playbooks', segmentPlaybook('reopened', 'Reopened'));
    await app.api('POST', '/api/playbooks/reopened/publish');
    const running = job('job-reopened', 'reopened', { kind: 'arm_dates', total: null, done: 1_234 });
    await page.route(/\/api\/playbooks\/reopened\?/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), jobs: [running] } });
    });
    const state = await playJob(page, running);
    await app.open('/playbooks/reopened');
    const progress = page.getByTestId('job-progress');
    expect(await progress.getByTestId('job-text').textContent()).toBe('Scheduling birthdays and dates… 1,234 so far');
    // Size unknown: the bar says it is busy, not how far.
    expect(await progress.getByRole('progressbar').getAttribute('aria-valuenow')).toBeNull();
    state.job = { ...running, status: 'done', done: 2_000 };
    await expect.poll(() => progress.getByTestId('job-text').textContent(), POLL).toBe('Dates scheduled: each customer enters on their date.');
  });

  it('shows a badge for each playbook with work running, refreshing until it ends', async () => {
    const { page } = app;
    await speak(page, 'en');
    await app.api('POST', '/api/playbooks', segmentPlaybook('listed', 'Listed with a job'));
    await app.api('POST', '/api/playbooks/listed/publish');
    const state = { jobs: [job('job-listed', 'listed')] as Json[], asked: 0 };
    await page.route('**/api/playbooks', async (route) => {
      state.asked++;
      const response = await route.fetch();
      const body = await response.json();
      await route.fulfill({ response, json: { playbooks: body.playbooks.map((p: Json) => (p.id === 'listed' ? { ...p, jobs: state.jobs } : p)) } });
    });
    await app.open('/playbooks');

    const badge = page.getByTestId('job-badge-listed');
    expect(await badge.textContent()).toBe('Enrolling… 60%');
    expect(await badge.getAttribute('aria-valuenow')).toBe('60');
    expect(await badge.getAttribute('title')).toBe('Enrolling 45,700 customers… 60%');
    expect(await page.getByTestId('playbook-row-everyone').getByTestId(/^job-badge-/).count()).toBe(0);
    await shot(page, 'list-badge-en');

    // The list asks again while work runs: the badge follows.
    state.jobs = [job('job-listed', 'listed', { done: 41_130 })];
    await expect.poll(() => badge.textContent(), POLL).toBe('Enrolling… 90%');
    await page.getByTestId('lang-switch').getByTestId('lang-zh-CN').click();
    await expect.poll(() => badge.textContent(), POLL).toBe('正在加入… 90%');
    await shot(page, 'list-badge-zh');

    // Once nothing runs, the badge goes and the list stops asking.
    state.jobs = [];
    await badge.waitFor({ state: 'detached' });
    const asked = state.asked;
    await page.waitForTimeout(3_000);
    expect(state.asked).toBe(asked);
  });
});
