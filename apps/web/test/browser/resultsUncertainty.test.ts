import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowserApp, type Json } from './setup.ts';

// The demo data carries customers in USD and in CNY, with months of order history.
const app = useBrowserApp({ demoCustomers: 60 });

const WORDS = {
  en: {
    interval: /95% confidence interval [−+±][\d.]+ pts to [−+±][\d.]+ pts/,
    pValue: /p [=<] 0?[.\d]+/,
    notEnough: /Not enough data yet — about [\d,]+ more customers? per group needed\./,
    noWinner: 'No winner yet: no variant is significantly ahead of every other.',
    holdoutSteps: /Step counts include \d+ held-out customers?/,
    cohorts: 'Cohort retention',
    mixed: 'Orders in several currencies: see “Money per currency” below.',
    csvHeader: 'first_order_month,customers,month_0',
  },
  'zh-CN': {
    interval: /95% 置信区间 [−+±][\d.]+ 个百分点 至 [−+±][\d.]+ 个百分点/,
    pValue: /p [=<] 0?[.\d]+/,
    notEnough: /数据尚不足——每组大约还需要 [\d,]+ 位客户。/,
    noWinner: '尚无胜出者：没有哪个变体显著领先于其他所有变体。',
    holdoutSteps: /步骤计数包含 \d+ 位对照组客户/,
    cohorts: '同期群留存',
    mixed: '订单涉及多种币种：见下方“按币种的金额”。',
    csvHeader: '首次下单月份,客户数,第0个月',
  },
} as const;

describe.each(['en', 'zh-CN'] as const)('results with their uncertainty (%s)', (locale) => {
  const words = WORDS[locale];

  it('shows the holdout uplift and the A/B difference with their interval and p-value, and names no winner before significance', async () => {
    await app.useLocale(locale);
    const { page } = app;
    const id = `ab-${locale.toLowerCase()}`;
    const document = {
      schema: 'stayflow/playbook@1',
      id,
      name: id,
      settings: { holdout: 20, goal: { event: 'order_placed', within: 'P7D' } },
      nodes: [
        { id: 'start', type: 'trigger', on: 'event', event: `joined_${locale}`, position: { x: 0, y: 0 } },
        { id: 'split', type: 'split', variants: [{ port: 'a', weight: 50 }, { port: 'b', weight: 50 }], position: { x: 0, y: 150 } },
        { id: 'tag_a', type: 'action', action: 'add_tag', tag: 'a', position: { x: -150, y: 300 } },
        { id: 'tag_b', type: 'action', action: 'add_tag', tag: 'b', position: { x: 150, y: 300 } },
      ],
      edges: [
        { from: 'start', to: 'split' },
        { from: 'split', to: 'tag_a', port: 'a' },
        { from: 'split', to: 'tag_b', port: 'b' },
      ],
    };
    await app.api('POST', '/api/playbooks', document);
    await app.api('POST', `/api/playbooks/${id}/publish`);
    const ids = Array.from({ length: 80 }, (_, i) => `${id}-c${i}`);
    await app.api('POST', '/api/events', { events: ids.map((c) => ({ customer_id: c, type: `joined_${locale}` })) });
    await app.api('POST', '/api/events', { events: ids.filter((_, i) => i % 3 === 0).map((c) => ({ customer_id: c, type: 'order_placed', properties: { amount: 5, currency: 'USD' } })) });
    const stats: Json = await app.api('GET', `/api/playbooks/${id}/stats`);
    expect(stats.holdout.comparison.verdict).toBe('not_enough_data');

    await app.open(`/playbooks/${id}`);
    await page.getByTestId('stats-toggle').click();
    const panel = page.getByTestId('stats-panel');
    const holdout = panel.getByTestId('holdout-comparison');
    await holdout.waitFor();
    const holdoutText = (await holdout.textContent()) ?? '';
    expect(holdoutText).toMatch(words.interval);
    expect(holdoutText).toMatch(words.pValue);
    expect(await panel.getByTestId('holdout-comparison-verdict').textContent()).toMatch(words.notEnough);
    const pair = panel.getByTestId('variant-comparison-a-b');
    expect(await pair.textContent()).toMatch(words.interval);
    expect(await panel.getByTestId('variant-winner').textContent()).toBe(words.noWinner);
    // The better-looking variant is not highlighted as the best.
    expect(await panel.locator('[data-winner=true]').count()).toBe(0);
    expect(await panel.getByTestId('steps-include-holdout').textContent()).toMatch(words.holdoutSteps);
    await app.screenshot(`stats-uncertainty-${locale}`);
  });

  it('shows money per currency, the cohort table with its shading, and exports it as CSV with a BOM', async () => {
    await app.useLocale(locale);
    const { page } = app;
    const metrics: Json = await app.api('GET', '/api/metrics');
    expect(Object.keys(metrics.currencies).sort()).toEqual(expect.arrayContaining(['CNY', 'USD']));
    const cohorts: Json = await app.api('GET', '/api/metrics/cohorts');
    expect(cohorts.cohorts.length).toBeGreaterThan(0);

    await app.open('/analytics');
    const money = page.getByTestId('currency-figures');
    await money.getByTestId('currency-USD').waitFor();
    expect(await money.getByTestId('currency-CNY').count()).toBe(1);
    // No single average across yuan and dollars: "—", pointing to the per-currency figures.
    expect(await page.getByTestId('kpi-average_clv').locator('.kpi-value').textContent()).toBe('—');
    expect(await page.getByTestId('kpi-average_clv').locator('.kpi-detail').textContent()).toBe(words.mixed);

    const table = page.getByTestId('cohort-table');
    expect(await table.locator('.card-title').textContent()).toBe(words.cohorts);
    const first = cohorts.cohorts[0];
    const row = table.getByTestId(`cohort-${first.month}`);
    await row.waitFor();
    // Month 0 is everyone, fully shaded; the others as their share.
    expect((await row.locator('td').nth(2).textContent())!.replace(/\s/g, '')).toBe('100%');
    expect(await row.locator('td').nth(2).evaluate((cell) => getComputedStyle(cell).backgroundColor)).toMatch(/rgba\(37, 99, 235, 0\.8\d*\)/);

    const [download] = await Promise.all([page.waitForEvent('download'), table.getByTestId('cohort-export').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1)).toMatch(new RegExp(`^${words.csvHeader}`));
    expect(csv.split('\r\n')[1]).toMatch(new RegExp(`^${first.month},${first.customers},1\\.0000`));

    // Filtered by a segment: the table reloads with that segment's customers only.
    const segments: Json = await app.api('GET', '/api/segments');
    const name = segments.segments[0].name;
    await table.getByTestId('cohort-segment').selectOption(name);
    const filtered: Json = await app.api('GET', `/api/metrics/cohorts?segment=${encodeURIComponent(name)}`);
    if (filtered.cohorts.length > 0) await table.getByTestId(`cohort-${filtered.cohorts[0].month}`).waitFor();
    await app.screenshot(`analytics-cohorts-${locale}`);
  });
});
