import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POLL } from './canvas.ts';
import { useBrowserApp, type Json } from './setup.ts';

const app = useBrowserApp({ demoCustomers: 20 });

/** Screenshots for people to look at, outside the repository. */
const SHOTS = process.env.STAYFLOW_SEGMENT_SHOTS ?? '/tmp/stayflow-segment-screens';

describe('operator actions that are more than an endpoint', () => {
  it('enrols chosen customers into a live manual playbook', async () => {
    const { page } = app;
    const template = (await app.api('GET', '/api/templates')).templates.find((t: Json) => t.id === 'welcome-call');
    await app.api('POST', '/api/playbooks', template);
    await app.api('POST', '/api/playbooks/welcome-call/publish');

    await app.open('/playbooks/welcome-call');
    await page.getByTestId('enrol').click();
    await page.getByTestId('enrol-pick-cus-00001').check();
    await page.getByTestId('enrol-paste').fill('cus-00002,\ncus-00003');
    expect(await page.getByTestId('enrol-confirm').textContent()).toBe('Enrol 3 customers');
    await page.getByTestId('enrol-confirm').click();
    await page.getByTestId('enrol-dialog').waitFor({ state: 'detached' });

    const runs = await app.api('GET', '/api/runs?playbook=welcome-call');
    expect(runs.runs.map((r: Json) => r.customer).sort()).toEqual(['cus-00001', 'cus-00002', 'cus-00003']);

    // Some skipped: the dialog stays open on who entered, and who did not and why, grouped by reason.
    await page.getByTestId('enrol').click();
    await page.getByTestId('enrol-paste').fill('cus-00001, nobody-here, cus-00004, cus-00002');
    await page.getByTestId('enrol-confirm').click();
    await page.getByTestId('enrol-result').waitFor();
    expect(await page.getByTestId('enrol-entered').textContent()).toBe('1 customer entered the playbook.');
    expect(await page.getByTestId('enrol-skipped-unknown').textContent()).toBe('No such customer (check the id; nothing was created) (1): nobody-here');
    expect(await page.getByTestId('enrol-skipped-reentry').textContent()).toBe('Kept out by the playbook’s re-entry rule (already inside, or entered before) (2): cus-00001, cus-00002');
    expect(await page.getByTestId('enrol-skipped-holdout').count()).toBe(0);
    await page.getByTestId('enrol-close').click();
    await page.getByTestId('enrol-dialog').waitFor({ state: 'detached' });
    const after = await app.api('GET', '/api/runs?playbook=welcome-call');
    expect(after.runs.map((r: Json) => r.customer).sort()).toEqual(['cus-00001', 'cus-00002', 'cus-00003', 'cus-00004']);
  });

  it('deletes a segment after asking', async () => {
    const { page } = app;
    await app.api('PUT', '/api/segments/big_spenders', { if: { '>=': [{ var: 'customer.metrics.total_spent' }, 1000] } });
    await app.open('/segments');
    await page.getByTestId('delete-segment-big_spenders').click();
    await page.getByTestId('delete-segment-dialog').getByRole('button', { name: 'Delete segment' }).click();
    await page.getByTestId('segment-big_spenders').waitFor({ state: 'detached' });
    await expect.poll(async () => (await app.api('GET', '/api/segments')).segments.map((s: Json) => s.name), POLL).not.toContain('big_spenders');
  });

  it('says when segments were counted, and asks again only while the server recounts', async () => {
    const { page } = app;
    await page.addInitScript(() => localStorage.setItem('stayflow.locale', 'en'));
    await app.api('PUT', '/api/segments/regulars', { if: { '>=': [{ var: 'customer.metrics.orders' }, 2] } });
    // The recount is played by the test so each state shows up on cue; the segments are the server's.
    const countedAt = new Date(Date.now() - 5 * 60_000).toISOString();
    const state = { recounting: true, asked: 0 };
    await page.route('**/api/segments', async (route) => {
      state.asked += 1;
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), members_counted_at: countedAt, recounting: state.recounting } });
    });
    await app.open('/segments');
    expect(await page.locator('.page-header').textContent()).toContain('Counts follow every customer change, and the moment time alone moves a customer in or out');
    const line = page.getByTestId('segment-counted-regulars');
    expect(await line.textContent()).toBe('Recounting…');

    // Every 3 seconds while the recount runs: one or two questions in 4 seconds.
    const before = state.asked;
    await page.waitForTimeout(4_000);
    expect(state.asked - before).toBeGreaterThanOrEqual(1);
    expect(state.asked - before).toBeLessThanOrEqual(2);

    state.recounting = false;
    await expect.poll(() => line.textContent(), POLL).toBe('Counted 5 minutes ago');
    // Done: no more questions.
    const asked = state.asked;
    await page.waitForTimeout(4_000);
    expect(state.asked).toBe(asked);

    await page.addInitScript(() => localStorage.setItem('stayflow.locale', 'zh-CN'));
    await page.reload();
    expect(await line.textContent()).toBe('5分钟前统计');
    expect(await page.locator('.page-header').textContent()).toContain('人数随每次客户变化更新；仅因时间推移而进出分群的客户');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/segments-zh.png` });
  });

  it('adds and removes a customer’s tag, and a live playbook reacts to it', async () => {
    const { page } = app;
    // Stops early for unsubscribed customers: tagging one ends their journey.
    const playbook = {
      schema: 'stayflow/playbook@1',
      id: 'tag-watch',
      name: 'Tag watch',
      settings: { exit_when: { has_tag: 'unsubscribed' } },
      nodes: [
        { id: 'start', type: 'trigger', on: 'manual' },
        { id: 'wait', type: 'wait', for: 'P7D' },
      ],
      edges: [{ from: 'start', to: 'wait' }],
    };
    await app.api('POST', '/api/playbooks', playbook);
    await app.api('POST', '/api/playbooks/tag-watch/publish');
    await app.api('PUT', '/api/customers/cus-00004', { tags: [] });
    await app.api('POST', '/api/playbooks/tag-watch/enroll', { customer_ids: ['cus-00004'] });

    await app.open('/customers/cus-00004');
    await page.getByTestId('add-tag-input').fill('unsubscribed');
    await page.getByTestId('add-tag').click();
    await page.getByTestId('customer-tag-unsubscribed').waitFor();
    expect((await app.api('GET', '/api/customers/cus-00004')).tags).toContain('unsubscribed');
    await expect.poll(async () => (await app.api('GET', '/api/runs?playbook=tag-watch')).runs[0].status, POLL).toBe('exited');

    await page.getByTestId('remove-tag-unsubscribed').click();
    await page.getByTestId('customer-tag-unsubscribed').waitFor({ state: 'detached' });
    expect((await app.api('GET', '/api/customers/cus-00004')).tags).not.toContain('unsubscribed');
  });
});
