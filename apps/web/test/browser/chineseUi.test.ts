import { VALUE_WORDS } from '@stayflow/editor/vocabulary';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { node, nodeIds, settled } from './canvas.ts';
import { latinTexts, stringsIn, type LatinFinding } from './latinText.ts';
import { useBrowserApp, type Json } from './setup.ts';

const app = useBrowserApp();

/** Values the vocabulary has words for are UI text, not data, even when a customer record holds them. */
const LABELLED_VALUES = new Set(Object.values(VALUE_WORDS).flatMap((words) => Object.keys(words)));

/** What the operator's data spells in Latin letters: customers (names, emails, cities, tags…), segments, playbooks. */
async function dataStrings(): Promise<string[]> {
  const customers = await app.api('GET', '/api/customers?limit=200');
  const segments = await app.api('GET', '/api/segments');
  const playbooks = await app.api('GET', '/api/playbooks');
  const values = stringsIn([customers, segments.segments?.map((s: Json) => s.name), playbooks.playbooks?.map((p: Json) => [p.id, p.name])]);
  return values.filter((value) => !LABELLED_VALUES.has(value));
}

async function walk(page: Page, path: string, data: string[], findings: LatinFinding[], act?: () => Promise<void>): Promise<void> {
  if (path) await app.open(path);
  await page.waitForLoadState('networkidle');
  if (act) await act();
  await page.waitForTimeout(200);
  for (const finding of await latinTexts(page, data)) findings.push({ where: `${path || page.url().replace(app.url, '')} ${finding.where}`, text: finding.text });
}

describe('the Chinese UI', () => {
  beforeEach(async () => {
    await app.page.addInitScript(() => {
      try {
        localStorage.setItem('stayflow.locale', 'zh-CN');
      } catch {
        // A sandboxed frame (the message preview) has no storage.
      }
    });
  });

  it('shows no English on any page, panel or step form (data aside)', async () => {
    const { page } = app;
    await app.open('/templates');
    await page.getByTestId('use-template-win-back').click();
    await page.waitForURL('**/playbooks/win-back');
    await node(page, 'done').waitFor();
    await settled(page);
    const customers = await app.api('GET', '/api/customers?limit=1');
    const customerId = (customers.customers ?? customers.items ?? customers)[0].id as string;
    const data = await dataStrings();
    const findings: LatinFinding[] = [];

    const found = () => findings.map((f) => `${f.where}: ${f.text}`);

    for (const path of ['/playbooks', '/templates', '/customers', `/customers/${customerId}`, '/analytics', '/segments', '/tasks', '/nowhere']) await walk(page, path, data, findings);
    // Checked as it goes, so what is found is reported even if a later step cannot be reached.
    expect(found()).toEqual([]);

    await walk(page, '/playbooks/win-back', data, findings);
    await node(page, 'done').waitFor();
    expect(found()).toEqual([]);
    // Every step on screen, as an operator would see them before clicking one (the opening view
    // shows the first steps at a readable zoom; a card below the window cannot be clicked).
    await page.getByTestId('toolbar-fit').click();
    await settled(page);
    for (const id of await nodeIds(page)) {
      await walk(page, '', data, findings, async () => {
        await node(page, id).locator('.sf-node-title').click();
        await page.getByTestId('inspector').waitFor();
      });
    }
    for (const button of ['toolbar-settings', 'test-run', 'history']) {
      await walk(page, '', data, findings, async () => {
        await page.getByTestId(button).click();
      });
    }
    await walk(page, '/segments', data, findings, async () => {
      await page.getByTestId('new-segment').click();
    });

    // Teams (issue #12), in local mode: the account menu, the admin pages and their dialogs.
    await walk(page, '/playbooks', data, findings, async () => {
      await page.getByTestId('account-menu').click();
      await page.getByTestId('local-mode').waitFor();
    });
    for (const path of ['/approvals', '/people', '/keys', '/audit', '/settings']) await walk(page, path, data, findings);
    await walk(page, '/people', data, findings, async () => {
      await page.getByTestId('new-person').click();
    });
    await walk(page, '/keys', data, findings, async () => {
      await page.getByTestId('new-key').click();
    });
    // The Keys page's "Connect a data source" card, each tool's steps, and the key dialog it opens.
    for (const tool of ['rudderstack', 'jitsu', 'segment']) {
      await walk(page, tool === 'rudderstack' ? '/keys' : '', data, findings, async () => {
        await page.getByTestId(`connect-${tool}`).click();
      });
    }
    await walk(page, '', data, findings, async () => {
      await page.getByTestId('connect-create-key').click();
      await page.getByTestId('key-dialog').waitFor();
    });
    await walk(page, '/approvals', data, findings, async () => {
      await page.getByTestId('approvals-decided').click();
    });

    expect(found()).toEqual([]);
  });
});
