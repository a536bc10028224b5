import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dragNode, dropStep, edge, node, nodeIds, POLL, selectNode, settled } from './canvas.ts';
import { useBrowserApp } from './setup.ts';

const app = useBrowserApp();

/** Trigger → wait → send message, laid out top to bottom. */
async function openPlaybook(id: string): Promise<Page> {
  await app.api('POST', '/api/playbooks?partial=true', {
    schema: 'stayflow/playbook@1',
    id,
    name: id,
    nodes: [
      { id: 'start', type: 'trigger', on: 'manual', position: { x: 0, y: 0 } },
      { id: 'pause', type: 'wait', for: 'P2D', position: { x: 0, y: 160 } },
      { id: 'hello', type: 'action', action: 'send_message', channel: 'sms', template: { body: 'Hello!' }, position: { x: 0, y: 320 } },
    ],
    edges: [
      { from: 'start', to: 'pause' },
      { from: 'pause', to: 'hello' },
    ],
  });
  await app.open(`/playbooks/${id}`);
  await node(app.page, 'hello').waitFor();
  await settled(app.page);
  return app.page;
}

const undo = (page: Page) => page.keyboard.press('Control+z');
const redo = (page: Page) => page.keyboard.press('Control+Shift+z');
const position = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`).getAttribute('style').then((style) => /translate\(([^)]*)\)/.exec(style ?? '')?.[1]);

describe('undo and redo', () => {
  it('takes back a step dropped from the palette and brings it back', async () => {
    const page = await openPlaybook('undo-add');
    const hello = (await node(page, 'hello').boundingBox())!;
    const added = await dropStep(page, 'palette-action-add_tag', { x: hello.x + hello.width + 140, y: hello.y });
    expect(added).toBe('add_tag_1');

    await undo(page);
    await node(page, added).waitFor({ state: 'detached' });
    expect(await nodeIds(page)).toEqual(['start', 'pause', 'hello']);
    expect(await page.getByTestId('toolbar-redo').isEnabled()).toBe(true);

    await redo(page);
    await node(page, added).waitFor();
    expect(await nodeIds(page)).toContain(added);
  });

  it('puts a moved step back where it was, and moves it again', async () => {
    const page = await openPlaybook('undo-move');
    const before = await position(page, 'hello');
    await dragNode(page, 'hello', { x: 180, y: 40 });
    await expect.poll(() => position(page, 'hello'), POLL).not.toBe(before);
    const after = await position(page, 'hello');

    await undo(page);
    await expect.poll(() => position(page, 'hello'), POLL).toBe(before);
    await redo(page);
    await expect.poll(() => position(page, 'hello'), POLL).toBe(after);
  });

  it('restores a deleted step with its connection', async () => {
    const page = await openPlaybook('undo-delete');
    await selectNode(page, 'pause');
    await page.keyboard.press('Delete');
    await node(page, 'pause').waitFor({ state: 'detached' });
    expect(await edge(page, 'start', 'pause').count()).toBe(0);

    await undo(page);
    await node(page, 'pause').waitFor();
    await edge(page, 'start', 'pause').waitFor({ state: 'attached' });
    await edge(page, 'pause', 'hello').waitFor({ state: 'attached' });

    await redo(page);
    await node(page, 'pause').waitFor({ state: 'detached' });

    // The toolbar does the same.
    await page.getByTestId('toolbar-undo').click();
    await node(page, 'pause').waitFor();
    await page.getByTestId('toolbar-redo').click();
    await node(page, 'pause').waitFor({ state: 'detached' });
  });
});
