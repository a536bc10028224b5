import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Working the editor's canvas the way a person does: drag from the palette, drag
 * between handles, drag cards. Test ids are those of packages/editor (see its README).
 */

/** `expect.poll` waits a second by default; the app answers within a few. */
export const POLL = { timeout: 10_000 };

export interface Point {
  x: number;
  y: number;
}

/** Every step card on the canvas, by id. */
export async function nodeIds(page: Page): Promise<string[]> {
  return page.locator('.sf-node[data-testid^="node-"]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-testid')!.slice('node-'.length)));
}

export function node(page: Page, id: string): Locator {
  return page.getByTestId(`node-${id}`);
}

/** A connection on the canvas, named as the editor names it (`from->to:port`). */
export function edge(page: Page, from: string, to: string, port = 'next'): Locator {
  return page.locator(`.react-flow__edge[data-id="${from}->${to}:${port}"]`);
}

export async function centre(locator: Locator): Promise<Point> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Waits for the canvas to stop moving (a fit or a zoom animates its viewport). */
export async function settled(page: Page): Promise<void> {
  const viewport = page.locator('.react-flow__viewport');
  let last = await viewport.getAttribute('style');
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(60);
    const now = await viewport.getAttribute('style');
    if (now === last) return;
    last = now;
  }
}

/**
 * Drags a palette item (`palette-condition`, `palette-action-send_message`…) onto the
 * canvas at `at` (page coordinates) with HTML5 drag and drop — Chromium carries the
 * palette's drag data to the canvas's drop handler — and returns the new step's id.
 */
export async function dropStep(page: Page, paletteTestId: string, at: Point): Promise<string> {
  const before = new Set(await nodeIds(page));
  const canvas = await page.getByTestId('canvas').boundingBox();
  if (!canvas) throw new Error('no canvas');
  await page.getByTestId(paletteTestId).dragTo(page.getByTestId('canvas'), { targetPosition: { x: at.x - canvas.x, y: at.y - canvas.y } });
  let added: string[] = [];
  await expect.poll(async () => (added = (await nodeIds(page)).filter((id) => !before.has(id))).length, POLL).toBe(1);
  return added[0]!;
}

/** Drags from an exit handle to a step's entry handle with real mouse moves. */
export async function connect(page: Page, from: string, port: string, to: string): Promise<void> {
  const start = await centre(page.getByTestId(`handle-${from}-${port}`));
  const end = await centre(page.getByTestId(`handle-${to}-in`));
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 8 });
  await page.mouse.move(end.x, end.y, { steps: 8 });
  await page.mouse.up();
  await edge(page, from, to, port).waitFor({ state: 'attached' });
}

/** Drags a card by its title by (dx, dy) screen pixels. */
export async function dragNode(page: Page, id: string, by: Point, steps = 12): Promise<void> {
  const grip = await centre(node(page, id).locator('.sf-node-title'));
  await page.mouse.move(grip.x, grip.y);
  await page.mouse.down();
  await page.mouse.move(grip.x + by.x, grip.y + by.y, { steps });
  await page.mouse.up();
}

/** Selects a step by clicking its title; its inspector opens. */
export async function selectNode(page: Page, id: string): Promise<void> {
  // Clicked again while not selected: on a busy machine the first click can land while the
  // canvas is still settling (fitting, or scrolled by the browser to an off-screen card).
  await expect
    .poll(async () => {
      const classes = (await node(page, id).getAttribute('class')) ?? '';
      if (!classes.includes('sf-selected')) await node(page, id).locator('.sf-node-title').click();
      return classes;
    }, POLL)
    .toContain('sf-selected');
}

/** Pans the canvas by dragging its background from its left edge (cards are fitted to the middle, the zoom buttons sit lower). */
export async function panCanvas(page: Page, by: Point): Promise<void> {
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  const from = { x: canvas.x + 30, y: canvas.y + canvas.height * 0.6 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + by.x, from.y + by.y, { steps: 10 });
  await page.mouse.up();
  await settled(page);
}
