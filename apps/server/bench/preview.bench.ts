/**
 * g. Publish preview (`BENCH_ONLY=preview pnpm bench`): 100,000 customers (one to three past
 * orders each, the last 0–180 days ago, in USD or CNY) in a fresh SQLite store; the churn
 * template live (as the demo publishes it); a copy of it previewed over 30 days, as the
 * publish dialog asks: `POST /api/playbooks/:id/simulate`, then `GET /api/previews/:id` every
 * 250 ms, printing the progress. Measured: from the POST to the finished preview (worker start,
 * reading the base, the sample of 20,000, the simulation), target ≤ 10 s. BENCH_PREVIEW_CUSTOMERS
 * changes the size. In process, with the real clock (the testing clock makes the POST wait).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createService } from '../src/service.ts';
import type { Row } from './benchServer.ts';

const CUSTOMERS = Number(process.env.BENCH_PREVIEW_CUSTOMERS ?? 100_000);
const DAY = 86_400_000;
const TARGET_S = 10;
const churn = JSON.parse(readFileSync(new URL('../../../examples/playbooks/churn-early-warning.json', import.meta.url), 'utf8')) as { id: string; name: string; meta?: object };

export async function previewScenario(report: (row: Row, detail: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'stayflow-preview-bench-'));
  const service = await createService({ dataFile: join(dir, 'stayflow.db'), clock: { mode: 'real' }, requireApiKeys: false, env: {}, demoCustomers: 0, sweepEveryMs: 3_600_000, logger: false });
  await service.start();
  const call = async (method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const answer = await service.app.inject({ method, url, ...(payload !== undefined ? { payload: payload as object } : {}) });
    if (answer.statusCode >= 300) throw new Error(`${method} ${url} answered ${answer.statusCode}: ${answer.body}`);
    return answer.json();
  };
  try {
    const now = Date.now();
    const load = performance.now();
    for (let from = 0; from < CUSTOMERS; from += 1_000) {
      const events = [];
      for (let n = from; n < Math.min(CUSTOMERS, from + 1_000); n++) {
        const last = (n * 7919) % 180;
        for (let k = 0; k <= n % 3; k++)
          events.push({ id: `o-${n}-${k}`, customer_id: `cust-${String(n).padStart(6, '0')}`, type: 'order_placed', at: new Date(now - (last + 30 * k) * DAY).toISOString(), properties: { amount: 20 + (n % 50), currency: n % 2 === 0 ? 'USD' : 'CNY' } });
      }
      await call('POST', '/api/events', { events });
    }
    await call('POST', '/api/playbooks', churn);
    await call('POST', `/api/playbooks/${churn.id}/publish`);
    while ((await call('GET', '/api/jobs?status=active')).jobs.length > 0) await new Promise((resolve) => setTimeout(resolve, 500));
    const copy = { ...churn, id: `${churn.id}-2`, name: `${churn.name} (copy)`, meta: { ...churn.meta, template: churn.id } };
    await call('POST', '/api/playbooks', copy);
    console.log(`preview: ${CUSTOMERS.toLocaleString('en')} customers loaded and ${churn.id} live in ${((performance.now() - load) / 1000).toFixed(1)} s; load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);

    const started = performance.now();
    let job = await call('POST', `/api/playbooks/${copy.id}/simulate`, { horizon_days: 30 });
    let shown = -1;
    while (job.status === 'queued' || job.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 250));
      job = await call('GET', `/api/previews/${job.id}`);
      const percent = Math.floor(job.progress * 100);
      if (percent !== shown) console.log(`  preview ${String(percent).padStart(3)}% at ${((performance.now() - started) / 1000).toFixed(1)} s`);
      shown = percent;
    }
    const seconds = (performance.now() - started) / 1000;
    const result = job.result;
    report(
      { scenario: 'g. publish preview, 100,000 customers × 30 days', target: `≤ ${TARGET_S} s`, measured: `${seconds.toFixed(1)} s`, met: job.status === 'done' && seconds <= TARGET_S },
      job.status !== 'done'
        ? `ended ${job.status}: ${job.error}`
        : `sample ${result.sample.customers.toLocaleString('en')} of ${result.sample.of.toLocaleString('en')}; ${result.entered.now.toLocaleString('en')} enter now, ${result.entered.over_horizon.toLocaleString('en')} over 30 days; ${result.messages.total.toLocaleString('en')} messages; overlap with ${result.overlaps[0]?.playbook_id ?? 'none'}: ${result.overlaps[0]?.customers_in_both.toLocaleString('en') ?? 0}; load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`,
    );
  } finally {
    await service.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
