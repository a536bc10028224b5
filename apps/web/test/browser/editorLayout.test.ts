import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { node, settled } from './canvas.ts';
import { useBrowserApp } from './setup.ts';

const app = useBrowserApp();

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
];

async function openTemplate(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await app.api('POST', '/api/playbooks?partial=true', {
    schema: 'stayflow/playbook@1',
    id: `layout-${size.width}`,
    name: 'Layout',
    nodes: [
      { id: 'start', type: 'trigger', on: 'manual', position: { x: 0, y: 0 } },
      { id: 'pause', type: 'wait', for: 'P2D', position: { x: 0, y: 160 } },
    ],
    edges: [{ from: 'start', to: 'pause' }],
  }).catch(() => undefined);
  await app.open(`/playbooks/layout-${size.width}`);
  await node(page, 'pause').waitFor();
  await settled(page);
}

/** Where things are on the page: the document's height, its scroll, the editor header's top. */
const layout = (page: Page) =>
  page.evaluate(() => ({
    scrollHeight: document.scrollingElement!.scrollHeight,
    scrollTop: document.scrollingElement!.scrollTop,
    mainScroll: document.querySelector('main#main')!.scrollTop,
    headerTop: document.querySelector('.editor-header')!.getBoundingClientRect().top,
    innerHeight: window.innerHeight,
  }));

describe('the editor fits the window', () => {
  for (const size of SIZES) {
    it(`fills ${size.width}×${size.height} exactly and the wheel never scrolls the page`, async () => {
      const page = app.page;
      await openTemplate(page, size);
      const before = await layout(page);
      expect(before.scrollHeight).toBe(size.height);
      expect(before.innerHeight).toBe(size.height);

      // The settings panel is long: it scrolls inside, the page does not.
      await page.getByTestId('toolbar-settings').click();
      const settings = page.locator('.sf-settings, [data-testid="settings-panel"]').first();
      await settings.waitFor();
      for (const target of ['.editor-header', '.sf-toolbar', '.topbar']) {
        const box = (await page.locator(target).first().boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.wheel(0, 2000);
        await page.waitForTimeout(150);
      }
      const box = (await settings.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height - 20);
      for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 1500);
      await page.waitForTimeout(200);
      const after = await layout(page);
      expect(after).toEqual(before);
      const panel = (await settings.boundingBox())!;
      expect(panel.y + panel.height).toBeLessThanOrEqual(size.height + 1);

      // The app's panels (test run, history) take the same place and fit the same way.
      for (const button of ['test-run', 'history']) {
        await page.getByTestId(button).click();
        await page.waitForTimeout(300);
        expect((await layout(page)).scrollHeight).toBe(size.height);
      }
    });
  }
});
