import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { node, nodeIds, POLL, selectNode, settled } from './canvas.ts';
import { useBrowserApp } from './setup.ts';

const app = useBrowserApp();

/** A live manual playbook (trigger → condition → message / wait) with three customers through it. */
async function livePlaybook(id: string): Promise<void> {
  await app.api('POST', '/api/playbooks', {
    schema: 'stayflow/playbook@1',
    id,
    name: 'Reorder nudge for customers who bought a few times already',
    nodes: [
      { id: 'start', type: 'trigger', on: 'manual', position: { x: 0, y: 0 } },
      { id: 'check', type: 'condition', if: { '>=': [{ var: 'customer.metrics.orders' }, 1] }, position: { x: 0, y: 170 } },
      { id: 'hello', type: 'action', action: 'send_message', channel: 'email', template: { subject: 'Hi {{customer.name}}', body: 'Hello {{customer.name}}!' }, position: { x: -160, y: 340 } },
      { id: 'later', type: 'wait', for: 'P3D', position: { x: 160, y: 340 } },
    ],
    edges: [
      { from: 'start', to: 'check' },
      { from: 'check', to: 'hello', port: 'true' },
      { from: 'check', to: 'later', port: 'false' },
    ],
  });
  await app.api('POST', `/api/playbooks/${id}/publish`);
  await app.api('POST', `/api/playbooks/${id}/enroll`, { customer_ids: ['cus-00001', 'cus-00002', 'cus-00003'] });
}

const speak = (page: Page, locale: 'en' | 'zh-CN') => page.addInitScript((chosen) => localStorage.setItem('stayflow.locale', chosen), locale);

/**
 * Each toolbar button's visible words, and whether any runs outside the toolbar or over another.
 * Words count when drawn: not in a box clipped to nothing (before #15 the app's buttons kept
 * their labels only for screen readers below 1,600 px, so `innerText` still held them).
 */
async function toolbarButtons(page: Page) {
  return page.evaluate(() => {
    const shown = (button: HTMLElement) => {
      const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const box = n.parentElement!.getBoundingClientRect();
        let hidden = box.width < 2 || box.height < 2;
        for (let e: HTMLElement | null = n.parentElement; e && !hidden && e !== button.parentElement; e = e.parentElement) {
          const style = getComputedStyle(e);
          hidden = style.display === 'none' || style.visibility === 'hidden' || (style.clip !== 'auto' && style.clip !== '') || style.clipPath !== 'none';
        }
        if (!hidden) text += n.textContent;
      }
      return text.trim();
    };
    const bar = document.querySelector('.sf-toolbar')!.getBoundingClientRect();
    const buttons = [...document.querySelectorAll<HTMLElement>('.sf-toolbar button')].filter((b) => b.checkVisibility());
    const boxes = buttons.map((b) => b.getBoundingClientRect());
    const overlaps = boxes.some((a, i) => boxes.some((b, j) => j > i && a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1));
    return {
      words: buttons.map((b) => ({ id: b.dataset.testid ?? '', text: shown(b) })),
      outside: boxes.some((box) => box.left < bar.left - 1 || box.right > bar.right + 1),
      overlaps,
    };
  });
}

describe('editor details', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`every toolbar button says what it does at 1,440 px (${locale})`, async () => {
      const { page } = app;
      await livePlaybook(`labels-${locale.toLowerCase()}`);
      await speak(page, locale);
      await app.open(`/playbooks/labels-${locale.toLowerCase()}`);
      await node(page, 'hello').waitFor();
      const found = await toolbarButtons(page);
      expect(found.words.filter((w) => w.text === '').map((w) => w.id)).toEqual([]);
      expect(found.outside).toBe(false);
      expect(found.overlaps).toBe(false);
    });
  }

  it('disables Delete on a live playbook and says why, instead of failing after a confirmation', async () => {
    const { page } = app;
    await livePlaybook('no-delete');
    await speak(page, 'zh-CN');
    await app.open('/playbooks');
    await page.getByTestId('delete-no-delete').waitFor();
    // Before #15 the button was enabled and the server refused after the confirmation.
    expect(await page.getByTestId('delete-no-delete').isDisabled()).toBe(true);
    expect(await page.getByTestId('delete-reason-no-delete').getAttribute('title')).toBe('运行中的剧本不能删除：请先暂停。');
    await speak(page, 'en');
    await app.open('/playbooks');
    const button = page.getByTestId('delete-no-delete');
    await button.waitFor();
    expect(await button.isDisabled()).toBe(true);
    expect(await page.getByTestId('delete-reason-no-delete').getAttribute('title')).toBe('A live playbook cannot be deleted: pause it first.');
    await app.api('POST', '/api/playbooks/no-delete/pause');
    await app.open('/playbooks');
    expect(await page.getByTestId('delete-no-delete').isEnabled()).toBe(true);
  });

  it('shows the results of the step clicked while Results is open, without sideways scrolling', async () => {
    const { page } = app;
    await livePlaybook('step-results');
    await speak(page, 'en');
    await app.open('/playbooks/step-results');
    await node(page, 'check').waitFor();
    await page.getByTestId('stats-toggle').click();
    const panel = page.getByTestId('stats-panel');
    await panel.waitFor();
    await selectNode(page, 'check');
    const results = page.getByTestId('step-results');
    await expect.poll(() => results.getAttribute('data-step'), POLL).toBe('check');
    expect(await results.textContent()).toContain('3');
    await selectNode(page, 'hello');
    await expect.poll(() => results.getAttribute('data-step'), POLL).toBe('hello');
    // Nothing in the panel is wider than the panel.
    const sideways = await panel.evaluate((element) => [...element.querySelectorAll<HTMLElement>('*')].filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible').map((e) => e.className));
    expect(sideways).toEqual([]);
    expect(await panel.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
  });

  it('opens a direct link with no React Router warning', async () => {
    const { page } = app;
    await livePlaybook('direct-link');
    await speak(page, 'en');
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });
    await app.open('/playbooks/direct-link');
    await node(page, 'hello').waitFor();
    await app.open('/customers');
    await page.waitForLoadState('networkidle');
    expect(warnings).toEqual([]);
  });

  it('keeps the minimap off the cards after fitting to the screen', async () => {
    const { page } = app;
    // Steps out to every corner, with the inspector open (a narrower canvas): a fit brings cards to its bottom-right corner.
    await app.api('POST', '/api/playbooks?partial=true', {
      schema: 'stayflow/playbook@1',
      id: 'minimap',
      name: 'Minimap',
      nodes: [
        { id: 'start', type: 'trigger', on: 'manual', position: { x: 0, y: 0 } },
        { id: 'left', type: 'wait', for: 'P1D', position: { x: 0, y: 800 } },
        { id: 'middle', type: 'wait', for: 'P2D', position: { x: 450, y: 400 } },
        { id: 'right', type: 'wait', for: 'P3D', position: { x: 900, y: 800 } },
        { id: 'top', type: 'wait', for: 'P4D', position: { x: 900, y: 0 } },
      ],
      edges: [{ from: 'start', to: 'middle' }],
    });
    await speak(page, 'en');
    for (const size of [
      { width: 1440, height: 900 },
      { width: 1280, height: 720 },
    ]) {
      await page.setViewportSize(size);
      await app.open('/playbooks/minimap');
      await node(page, 'right').waitFor();
      await selectNode(page, 'middle');
      await page.getByTestId('toolbar-fit').click();
      await settled(page);
      const map = (await page.locator('.react-flow__minimap').boundingBox())!;
      const controls = (await page.locator('.react-flow__controls').boundingBox())!;
      for (const id of await nodeIds(page)) {
        const card = (await node(page, id).boundingBox())!;
        for (const [name, box] of [
          ['minimap', map],
          ['zoom buttons', controls],
        ] as const) {
          const covered = card.x < box.x + box.width && box.x < card.x + card.width && card.y < box.y + box.height && box.y < card.y + card.height;
          expect(covered, `${name} covers ${id} at ${size.width}×${size.height}`).toBe(false);
        }
      }
    }
  });
});
