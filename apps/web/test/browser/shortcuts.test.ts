import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { node, selectNode, settled } from './canvas.ts';
import { useBrowserApp } from './setup.ts';

const app = useBrowserApp();

async function openPlaybook(id: string): Promise<Page> {
  await app.api('POST', '/api/playbooks?partial=true', {
    schema: 'stayflow/playbook@1',
    id,
    name: id,
    nodes: [
      { id: 'start', type: 'trigger', on: 'manual', position: { x: 0, y: 0 } },
      { id: 'pause', type: 'wait', for: 'P2D', position: { x: 0, y: 160 } },
    ],
    edges: [{ from: 'start', to: 'pause' }],
  });
  await app.open(`/playbooks/${id}`);
  await node(app.page, 'pause').waitFor();
  await settled(app.page);
  return app.page;
}

/** Clicks the canvas's background, away from the cards, the zoom buttons and the minimap. */
async function clickEmptyCanvas(page: Page): Promise<void> {
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  await page.mouse.click(canvas.x + 40, canvas.y + 40);
}

describe('keyboard shortcuts', () => {
  it('undo and redo work after a click on the empty canvas', async () => {
    const page = await openPlaybook('keys-canvas');
    await selectNode(page, 'pause');
    await page.keyboard.press('Delete');
    await node(page, 'pause').waitFor({ state: 'detached' });

    await clickEmptyCanvas(page);
    await page.keyboard.press('Control+z');
    await node(page, 'pause').waitFor();
    await clickEmptyCanvas(page);
    await page.keyboard.press('Control+Shift+z');
    await node(page, 'pause').waitFor({ state: 'detached' });
  });

  it('undo and redo work after a click on a panel and with focus on a toolbar button, but not while typing in a field', async () => {
    const page = await openPlaybook('keys-panel');
    await selectNode(page, 'pause');
    await page.keyboard.press('Delete');
    await node(page, 'pause').waitFor({ state: 'detached' });
    // Typing: Ctrl+Z belongs to the field, the document keeps its change.
    await selectNode(page, 'start');
    await page.getByTestId('inspector-name').press('Control+z');
    await page.waitForTimeout(300);
    expect(await node(page, 'pause').count()).toBe(0);
    // A click on the inspector's title (plain text): before #15 focus went to the page's <main>, outside the editor, and Ctrl+Z did nothing.
    await page.getByTestId('inspector').locator('.sf-panel-title').click();
    await page.keyboard.press('Control+z');
    await node(page, 'pause').waitFor();
    // Focus on a toolbar button, not a field: the editor's redo.
    await page.getByTestId('toolbar-fit').focus();
    await page.keyboard.press('Control+Shift+z');
    await node(page, 'pause').waitFor({ state: 'detached' });
  });
});
