import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowserApp, type Json } from './setup.ts';

/**
 * Publishing for real, on the wall clock (with the testing clock the server answers only
 * once enrolment is done). The server answers without waiting for the job and takes small
 * slices, so a small base shows enrolment in progress whatever the machine's speed.
 */

const CUSTOMERS = 2_000;
const BATCH = 1_000;

const app = useBrowserApp({ demoCustomers: 0, clock: 'real', jobs: { answerWaitMs: 0, sliceSize: 10 } });

const SHOTS = process.env.STAYFLOW_JOB_SHOTS ?? '/tmp/stayflow-job-screens';

describe('enrolment on a large base', () => {
  it(`answers the publication at once and shows enrolling ${CUSTOMERS} customers until they are all in`, { timeout: 90_000 }, async () => {
    const { page } = app;
    for (let start = 0; start < CUSTOMERS; start += BATCH) {
      const customers = Array.from({ length: BATCH }, (_, i) => ({ id: `cus-big-${String(start + i).padStart(6, '0')}`, attributes: { name: `Customer ${start + i}` } }));
      await app.api('POST', '/api/customers/batch', { customers });
    }
    await app.api('POST', '/api/playbooks', {
      schema: 'stayflow/playbook@1',
      id: 'everyone-live',
      name: 'Welcome everyone',
      nodes: [
        { id: 'start', type: 'trigger', on: 'segment', if: { '>=': [{ var: 'customer.metrics.orders' }, 0] } },
        { id: 'wait', type: 'wait', for: 'P7D' },
      ],
      edges: [{ from: 'start', to: 'wait' }],
    });
    await page.addInitScript(() => localStorage.setItem('stayflow.locale', 'en'));
    const published = page.waitForResponse((response) => response.url().includes('/api/playbooks/everyone-live/publish'));
    await app.open('/playbooks/everyone-live');
    await page.getByTestId('publish').click();
    await page.getByTestId('publish-dialog').getByTestId('publish-confirm').and(page.locator(':enabled')).click();
    const answer: Json = await (await published).json();
    expect(answer.job).not.toBeNull();
    expect(answer.job.kind).toBe('enrol');

    const progress = page.getByTestId('job-progress');
    await progress.waitFor();
    const text = await progress.getByTestId('job-text').textContent();
    if (answer.job.total !== null) expect(text).toMatch(/^Enrolling 2,000 customers… \d{1,3}%$|^Enrolment is waiting to start\.$/);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/live-progress-en.png` });

    await expect.poll(() => progress.getAttribute('data-status'), { timeout: 60_000, interval: 250 }).toMatch(/^(done|failed|cancelled)$/);
    // A stopped job fails here with the sentence the operator saw.
    expect(await progress.getByTestId('job-text').textContent()).toBe('Enrolment finished: the customers who match are in the playbook.');
    const stats: Json = await app.api('GET', '/api/playbooks/everyone-live/stats');
    expect(stats.runs.active).toBe(CUSTOMERS);
  });
});
