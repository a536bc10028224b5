import { describe, expect, it } from 'vitest';
import { POLL } from './canvas.ts';
import { useBrowserApp, type Json } from './setup.ts';

// The demo publishes its copy of the churn template; its customers have months of order history.
const app = useBrowserApp({ demoCustomers: 200 });

const WORDS = {
  en: {
    enterHorizon: 'Enter within 30 days',
    email: 'email: ',
    overlap: /“Churn early warning”: [\d,]+ customers in both; [\d,]+ would get messages or coupons from both\./,
    sameTemplate: '“Churn early warning” is live and made from the same template.',
    acknowledged: 'Published anyway, despite these overlaps (preview over 30 days):',
    acknowledgedOverlap: /“Churn early warning”: [\d,]+ customers in both/,
  },
  'zh-CN': {
    enterHorizon: '30 天内进入',
    email: 'email：',
    overlap: /“Churn early warning”：[\d,]+ 位客户同时在两个剧本中；其中 [\d,]+ 位会同时收到两者的消息或优惠券。/,
    sameTemplate: '“Churn early warning”正在运行，且来自同一个模板。',
    acknowledged: '明知存在以下重叠仍然发布（预览 30 天）：',
    acknowledgedOverlap: /“Churn early warning”：[\d,]+ 位客户同时在两个剧本中/,
  },
} as const;

describe.each(['en', 'zh-CN'] as const)('publishing the churn template while the demo’s copy is live (%s)', (locale) => {
  const words = WORDS[locale];

  it('previews the audience, the effects over 30 days and the overlap; publishing needs "publish anyway", and the history records it', async () => {
    await app.useLocale(locale);
    const { page } = app;
    const live: Json = await app.api('GET', '/api/playbooks/churn-early-warning');
    expect(live.status).toBe('live');

    await app.open('/templates');
    await page.getByTestId('use-template-churn-early-warning').click();
    await page.waitForURL(/\/playbooks\/churn-early-warning-\d+$/);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    expect((await app.api('GET', `/api/playbooks/${id}`)).draft.meta.template).toBe('churn-early-warning');
    await page.locator('[data-testid=save-state][data-state=saved]').waitFor();

    await page.getByTestId('publish').click();
    const dialog = page.getByTestId('publish-dialog');
    const figures = dialog.getByTestId('preview-figures');
    await figures.waitFor({ timeout: 30_000 });
    // The audience and the effects over the default 30 days, as the API computes them.
    const preview: Json = (await app.api('POST', `/api/playbooks/${id}/simulate`, { horizon_days: 30 })).result;
    expect(preview.entered.over_horizon).toBeGreaterThan(0);
    expect(await dialog.getByTestId('preview-horizon').inputValue()).toBe('30');
    expect(await figures.textContent()).toContain(words.enterHorizon);
    const number = (n: number) => n.toLocaleString(locale);
    expect(await dialog.getByTestId('preview-enter-now').textContent()).toBe(number(preview.entered.now));
    expect(await dialog.getByTestId('preview-enter-horizon').textContent()).toBe(number(preview.entered.over_horizon));
    expect(await dialog.getByTestId('preview-messages').textContent()).toContain(`${words.email}${number(preview.messages.by_channel.email)}`);
    expect(await dialog.getByTestId('preview-coupons').textContent()).toContain(number(preview.coupons.total));
    // The overlap with the live copy, and the same template.
    const overlaps = (await dialog.getByTestId('preview-overlaps').textContent()) ?? '';
    expect(preview.overlaps[0]).toMatchObject({ playbook_id: 'churn-early-warning' });
    expect(overlaps).toMatch(words.overlap);
    expect(overlaps).toContain(`${number(preview.overlaps[0].customers_in_both)}`);
    expect(overlaps).toContain(words.sameTemplate);

    // Publishing anyway must be chosen.
    const confirm = dialog.getByTestId('publish-confirm');
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByTestId('publish-anyway').locator('input').check();
    await confirm.and(page.locator(':enabled')).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.editor-title [data-testid=status-badge][data-status=live]').waitFor();

    // Recorded with the version and shown in its history.
    const { versions }: Json = await app.api('GET', `/api/playbooks/${id}/versions`);
    expect(versions[0].acknowledged).toEqual({ horizon_days: 30, overlaps: preview.overlaps, same_template: preview.same_template });
    await page.getByTestId('history').click();
    const acknowledged = page.getByTestId('history-panel').getByTestId('version-1').getByTestId('version-acknowledged');
    await expect.poll(() => acknowledged.textContent(), POLL).toContain(words.acknowledged);
    expect(await acknowledged.textContent()).toMatch(words.acknowledgedOverlap);
  });
});
