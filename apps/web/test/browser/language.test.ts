import { describe, expect, it } from 'vitest';
import { node, POLL } from './canvas.ts';
import { useBrowserApp } from './setup.ts';

const app = useBrowserApp();

describe('switching to Chinese', () => {
  it('speaks Chinese in the navigation and the editor, and remembers it after a reload', async () => {
    const { page } = app;
    // The demo data comes with "Churn early warning" live (named 流失预警 in Chinese).
    await app.open('/playbooks');
    expect(await page.getByTestId('nav-playbooks').textContent()).toBe('Playbooks');
    await page.getByTestId('lang-switch').getByTestId('lang-zh-CN').click();
    await expect.poll(() => page.getByTestId('nav-playbooks').textContent(), POLL).toBe('剧本');
    expect(await page.getByTestId('nav-templates').textContent()).toBe('模板');
    expect(await page.getByTestId('lang-zh-CN').getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    // The playbook is listed under its Chinese name.
    expect(await page.getByTestId('playbook-row-churn-early-warning').textContent()).toContain('流失预警');

    await page.getByTestId('playbook-row-churn-early-warning').click();
    await node(page, 'call_task').waitFor();
    expect(await page.getByTestId('palette-condition').textContent()).toContain('条件判断');
    expect(await page.getByTestId('toolbar-undo').textContent()).toBe('撤销');
    expect(await page.getByTestId('palette').textContent()).toContain('添加步骤');
    // Steps show their Chinese labels.
    expect(await node(page, 'start').textContent()).toContain('90 天未下单');
    expect(await node(page, 'call_task').textContent()).toContain('生成客服回访任务');

    await page.reload();
    await node(page, 'call_task').waitFor();
    expect(await page.getByTestId('nav-playbooks').textContent()).toBe('剧本');
    expect(await page.getByTestId('palette-condition').textContent()).toContain('条件判断');
    expect(await page.evaluate(() => localStorage.getItem('stayflow.locale'))).toBe('zh-CN');

    // And back.
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('palette-condition').textContent(), POLL).toContain('Condition');
    expect(await node(page, 'call_task').textContent()).not.toContain('生成客服回访任务');
  });
});
