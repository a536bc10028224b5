import { describe, expect, it } from 'vitest';
import { largePlaybook } from '../../bench/largePlaybook.ts';
import { node, nodeIds, POLL, settled } from './canvas.ts';
import { useBrowserApp } from './setup.ts';

const app = useBrowserApp();

/** Cards the page does not paint (packages/editor's useOffscreenCards marks them). */
const unpainted = () =>
  app.page.locator('.react-flow__node').evaluateAll((cards) => cards.filter((card) => getComputedStyle(card).visibility === 'hidden').map((card) => card.getAttribute('data-id')!));

describe('a large playbook at a readable zoom', () => {
  it('paints only the cards on or near the screen, keeps every card and connection, and shows the rest once fitted', async () => {
    const page = app.page;
    await page.setViewportSize({ width: 1440, height: 900 });
    await app.api('POST', '/api/playbooks', largePlaybook('offscreen-200', 200));
    await app.open('/playbooks/offscreen-200');
    await node(page, 'start').waitFor();
    await settled(page);

    // It opens at 75 % from the trigger: the first lanes are painted, the bottom of the playbook is not.
    expect(await nodeIds(page)).toHaveLength(200);
    await expect.poll(async () => (await unpainted()).length, POLL).toBeGreaterThan(100);
    const hidden = await unpainted();
    for (const near of ['start', 'check_1', 'sms_1', 'pause_1', 'tag_1']) expect(hidden).not.toContain(near);
    expect(hidden).toContain('done');
    expect(await node(page, 'check_1').isVisible()).toBe(true);
    expect(await node(page, 'done').isVisible()).toBe(false);
    // Every connection is still drawn, those to unpainted cards included.
    expect(await page.locator('.react-flow__edge').count()).toBe(248);

    // Fitted to the screen, every card is near: none is left unpainted.
    await page.getByTestId('toolbar-fit').click();
    await settled(page);
    await expect.poll(unpainted, POLL).toEqual([]);
    expect(await node(page, 'done').isVisible()).toBe(true);
  });
});
