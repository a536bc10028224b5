import { describe, expect, it } from 'vitest';
import { node, POLL, selectNode } from './canvas.ts';
import { useBrowserApp, type Json } from './setup.ts';

// Enough demo customers for the churn model's minimum (200 who ordered).
const app = useBrowserApp({ demoCustomers: 500 });

const WORDS = {
  en: { metric: 'Probability still active', title: 'Predictions', pAlive: 'Probability still active', why: /Usually orders every .+ days; quiet for .+ days now\.|One order so far/ },
  'zh-CN': { metric: '仍活跃概率', title: '预测', pAlive: '仍活跃概率', why: /平时每 .+ 天下一单；目前已 .+ 天未下单。|目前只有一笔订单/ },
} as const;

describe.each(['en', 'zh-CN'] as const)('predictions in the app (%s)', (locale) => {
  const words = WORDS[locale];

  it('builds a playbook triggered by probability alive below 30% and test-runs it on a sample customer', async () => {
    await app.useLocale(locale);
    const { page } = app;
    const id = `fading-${locale.toLowerCase()}`;
    await app.api('POST', '/api/playbooks', { schema: 'stayflow/playbook@1', id, name: id, nodes: [{ id: 'start', type: 'trigger', on: 'manual', position: { x: 0, y: 0 } }], edges: [] });
    await app.open(`/playbooks/${id}`);
    await node(page, 'start').waitFor();
    await selectNode(page, 'start');
    await page.getByTestId('field-trigger-on').selectOption('segment');
    const builder = page.getByTestId('field-if');
    await builder.getByTestId('add-rule').click();
    await builder.locator('select.rule-fields').selectOption({ label: words.metric });
    await builder.locator('select.rule-operators').selectOption('<');
    await builder.getByTestId('condition-value-0').fill('0.3');
    // The draft is saved with the rule the builder wrote.
    await expect
      .poll(async () => (await app.api('GET', `/api/playbooks/${id}`)).draft.nodes.find((n: Json) => n.id === 'start'), POLL)
      .toMatchObject({ on: 'segment', if: { '<': [{ var: 'customer.metrics.p_alive' }, 0.3] } });

    await page.getByTestId('test-run').click();
    const panel = page.getByTestId('test-panel');
    await panel.getByTestId('test-source-sample').click();
    const testRun = async (percent: string, entered: 'true' | 'false') => {
      await panel.getByTestId('test-sample-p-alive').fill(percent);
      await expect.poll(() => panel.getByTestId('test-sample-p-alive').inputValue(), POLL).toBe(percent);
      await panel.getByTestId('test-run-go').and(page.locator(':enabled')).click();
      await expect.poll(() => panel.locator('[data-testid=test-result]').getAttribute('data-entered', { timeout: 1_000 }).catch(() => null), POLL).toBe(entered);
    };
    await testRun('20', 'true');
    // Someone still likely to buy does not enter.
    await testRun('60', 'false');
  });

  it('shows a customer’s predicted figures with the why, and the models on the analytics page', async () => {
    await app.useLocale(locale);
    const { page } = app;
    const fitted = await app.api('POST', '/api/models/fit');
    expect(fitted.churn, JSON.stringify(fitted.reasons)).not.toBeNull();
    const { customers } = await app.api('GET', '/api/customers?limit=200');
    const scored = customers.find((c: Json) => c.metrics.p_alive !== null && c.metrics.orders >= 2 && c.metrics.predicted_clv !== null);
    expect(scored, 'a scored repeat buyer').toBeDefined();

    await app.open(`/customers/${encodeURIComponent(scored.id)}`);
    const card = page.getByTestId('customer-predictions');
    await card.waitFor();
    expect(await card.locator('.card-title').textContent()).toBe(words.title);
    expect(await card.textContent()).toContain(words.pAlive);
    const percent = Math.round(scored.metrics.p_alive * 100);
    expect((await card.getByTestId('prediction-pAlive').textContent())!.replace(/\s/g, '')).toBe(`${percent}%`);
    expect(await card.getByTestId('prediction-clv').textContent()).not.toBe('—');
    expect(await card.getByTestId('prediction-why').textContent()).toMatch(words.why);

    await app.open('/analytics');
    const section = page.getByTestId('predicted-value');
    await section.getByTestId('kpi-expected-active').waitFor();
    expect(await section.getByTestId('models-fitted-at').count()).toBe(1);
    expect(await section.locator('[data-testid^=value-distribution-]').count()).toBe(fitted.predictions.by_currency.length);
  });
});
