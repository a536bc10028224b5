import { describe, expect, it } from 'vitest';
import { node, nodeIds, POLL, selectNode, settled } from './canvas.ts';
import { useBrowserApp, type Json } from './setup.ts';

const app = useBrowserApp();

/**
 * An operator's whole journey, in each language: a template becomes a draft, a condition is
 * changed, steps are added, a test run is read, the playbook is published and its results
 * opened — and the browser's console stays silent (no error, no warning) all along.
 */
describe('the operator journey', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`goes from a template to a live playbook with results, with no console error or warning (${locale})`, async () => {
      const { page } = app;
      const console: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') console.push(`${message.type()}: ${message.text()}`);
      });
      await page.addInitScript((chosen) => {
        try {
          localStorage.setItem('stayflow.locale', chosen);
        } catch {
          // The message preview's sandboxed frame has no storage.
        }
      }, locale);

      // 1. From the template.
      await app.open('/templates');
      await page.getByTestId('use-template-win-back').click();
      // The second language's run gets the next free id (win-back-2).
      await page.waitForURL(/\/playbooks\/win-back(-\d+)?$/);
      const id = new URL(page.url()).pathname.split('/').pop()!;
      await node(page, 'done').waitFor();
      await settled(page);

      // 2. An edited condition: high value from 1,500 instead of 2,000.
      await selectNode(page, 'is_high_value');
      await page.getByTestId('field-if').getByTestId('condition-value-0').fill('1500');
      await expect.poll(() => node(page, 'is_high_value').textContent(), POLL).toContain('1500');

      // 3. New steps: the run now waits a day after tagging, then ends.
      await selectNode(page, 'done');
      await page.keyboard.press('Delete');
      await node(page, 'done').waitFor({ state: 'detached' });
      await selectNode(page, 'tag_no_response');
      const before = new Set(await nodeIds(page));
      const added = async () => (await nodeIds(page)).filter((step) => !before.has(step));
      await page.getByTestId('palette-wait').click();
      await expect.poll(async () => (await added()).length, POLL).toBe(1);
      const wait = (await added())[0]!;
      await page.getByTestId('palette-exit').click();
      await expect.poll(async () => (await added()).length, POLL).toBe(2);
      await expect.poll(() => page.getByTestId('toolbar-problems').getAttribute('class'), POLL).toContain('sf-ok');
      await page.locator('[data-testid=save-state][data-state=saved]').waitFor();

      // 4. A test run on a stored customer.
      await page.getByTestId('test-run').click();
      const panel = page.getByTestId('test-panel');
      await panel.locator('[data-testid^="test-customer-cus-"]').first().click();
      await panel.getByTestId('test-run-go').click();
      await panel.getByTestId('test-result').waitFor();
      await page.getByTestId('test-run').click();
      await panel.waitFor({ state: 'detached' });

      // 5. Published.
      await page.getByTestId('publish').click();
      const dialog = page.getByTestId('publish-dialog');
      await dialog.getByTestId('publish-confirm').and(page.locator(':enabled')).click();
      await dialog.waitFor({ state: 'detached' });
      await page.locator('.editor-title [data-testid=status-badge][data-status=live]').waitFor();
      const saved: Json = await app.api('GET', `/api/playbooks/${id}`);
      expect(saved.published_version).toBe(1);
      const condition = saved.draft.nodes.find((n: Json) => n.id === 'is_high_value');
      expect(JSON.stringify(condition.if)).toContain('1500');

      // 6. The results, and a step's own.
      await page.getByTestId('stats-toggle').click();
      await page.getByTestId('stats-panel').waitFor();
      await selectNode(page, wait);
      await expect.poll(() => page.getByTestId('step-results').getAttribute('data-step'), POLL).toBe(wait);
      await selectNode(page, 'tag_no_response');
      await expect.poll(() => page.getByTestId('step-results').getAttribute('data-step'), POLL).toBe('tag_no_response');

      expect(console).toEqual([]);
    });
  }
});
