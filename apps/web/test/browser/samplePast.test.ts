import { describe, expect, it } from 'vitest';
import { node, POLL } from './canvas.ts';
import { useBrowserApp, type Json } from './setup.ts';

const app = useBrowserApp();

const WORDS = {
  en: { orders: 'Number of orders', days: 'Days since last order', plan: 'Plan' },
  'zh-CN': { orders: '订单数', days: '距上次下单天数', plan: '套餐' },
} as const;

/**
 * Issue #15, point 5: a sample profile could set no metrics, so a template whose trigger reads
 * the order history (win-back: no order for 180 days) always said "would not enter"; attribute
 * keys were shown raw. The sample's past is now filled in as labelled metrics.
 */
describe.each(['en', 'zh-CN'] as const)('a sample profile with a past (%s)', (locale) => {
  it('enters the win-back template after 200 quiet days, not after 20, and labels its attributes', async () => {
    const { page } = app;
    await app.useLocale(locale);
    const { templates } = await app.api('GET', '/api/templates');
    const winBack = templates.find((t: Json) => t.id === 'win-back');
    const id = `win-back-sample-${locale.toLowerCase()}`;
    await app.api('POST', '/api/playbooks', { ...winBack, id });
    await app.open(`/playbooks/${id}`);
    await node(page, 'start').waitFor();
    await page.getByTestId('test-run').click();
    const panel = page.getByTestId('test-panel');
    await panel.getByTestId('test-source-sample').click();

    // Known attribute keys carry their label in the UI's language.
    expect(await panel.getByTestId('test-attribute-label').allTextContents()).toContain(WORDS[locale].plan);
    const words = WORDS[locale];
    expect(await panel.locator('.sample-history').textContent()).toContain(words.orders);
    expect(await panel.locator('.sample-history').textContent()).toContain(words.days);

    const testRun = async (days: string, entered: 'true' | 'false') => {
      await panel.getByTestId('test-sample-orders').fill('2');
      await panel.getByTestId('test-sample-days_since_last_order').fill(days);
      await panel.getByTestId('test-run-go').and(page.locator(':enabled')).click();
      await expect.poll(() => panel.locator('[data-testid=test-result]').getAttribute('data-entered', { timeout: 1_000 }).catch(() => null), POLL).toBe(entered);
    };
    await testRun('200', 'true');
    await testRun('20', 'false');
  });
});
