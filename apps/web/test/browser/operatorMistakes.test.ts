import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { customerName } from '../../src/lib/customerName.ts';
import { deriveId } from '../../src/lib/playbookId.ts';
import { node, POLL, selectNode, settled } from './canvas.ts';
import { useBrowserApp, type Json } from './setup.ts';

/**
 * Issue #15, points 1, 2, 6 and 7: what an operator did not mean is refused, names follow
 * what the steps do, and steps and customers are called by their names — in both languages.
 */

const app = useBrowserApp({ demoCustomers: 20 });

type Lang = 'en' | 'zh-CN';
const LANGS: Lang[] = ['en', 'zh-CN'];

/** Opens a path of the app in a language (the app reads it from localStorage). */
async function openIn(page: Page, lang: Lang, path: string): Promise<void> {
  await page.addInitScript((locale) => localStorage.setItem('stayflow.locale', locale), lang);
  await app.open(path);
}

const counter = { n: 0 };
/** A playbook made through the API (a draft may be incomplete), under a fresh id. */
async function draft(nodes: Json[], edges: Json[], extra: Json = {}): Promise<string> {
  const id = `mistakes-${++counter.n}`;
  await app.api('POST', '/api/playbooks?partial=true', { schema: 'stayflow/playbook@1', id, name: `Mistakes ${counter.n}`, nodes, edges, ...extra });
  return id;
}

const problemsText = (page: Page) => page.getByTestId('problems').textContent();

describe('an empty value in a condition (point 1)', () => {
  for (const lang of LANGS) {
    it(`is a problem that names the step, and cannot be published (${lang})`, async () => {
      const { page } = app;
      const id = await draft(
        [
          { id: 'start', type: 'trigger', on: 'manual', position: { x: 0, y: 0 } },
          { id: 'loyal', type: 'condition', label: 'Loyal?', meta: { i18n: { 'zh-CN': { label: '老客？' } } }, if: { '>=': [{ var: 'customer.metrics.orders' }, 3] }, position: { x: 0, y: 160 } },
        ],
        [{ from: 'start', to: 'loyal' }],
      );
      await openIn(page, lang, `/playbooks/${id}`);
      await node(page, 'loyal').waitFor();
      await settled(page);
      await selectNode(page, 'loyal');
      // The operator empties the value of "orders is at least 3".
      await page.getByTestId('condition-value-0').fill('');
      await expect.poll(() => page.getByTestId('toolbar-problems').textContent(), POLL).not.toMatch(lang === 'en' ? /No problems/ : /没有问题/);
      await page.getByTestId('problems-toggle').click();
      const expected =
        lang === 'en' ? 'Step "Loyal?" has a rule on "orders" (>=) with an empty value. Fill in the value, or remove the rule.' : '步骤 "老客？" 中关于 "orders" 的规则（>=）没有填写值。请填写值，或删除这条规则。';
      await expect.poll(() => problemsText(page), POLL).toContain(expected);
      expect(await node(page, 'loyal').locator(`[data-testid=badge-loyal]`).count()).toBe(1);

      // Saved as typed, and refused by the server's publish as by the editor.
      await expect.poll(async () => JSON.stringify((await app.api('GET', `/api/playbooks/${id}`)).draft.nodes[1].if), POLL).toBe(JSON.stringify({ '>=': [{ var: 'customer.metrics.orders' }, ''] }));
      const refused = await app.api('POST', `/api/playbooks/${id}/publish?locale=${lang}`, undefined, 400);
      expect(JSON.stringify(refused)).toContain('logic.empty_value');
    });
  }

  it('is refused for a segment by the API, in both languages', async () => {
    const rule = { if: { '>=': [{ var: 'customer.metrics.orders' }, ''] } };
    const en = await app.api('PUT', '/api/segments/empty_orders?locale=en', rule, 400);
    expect(JSON.stringify(en)).toContain('The rule on \\"orders\\" (>=) has an empty value');
    const zh = await app.api('PUT', '/api/segments/empty_orders?locale=zh-CN', rule, 400);
    expect(JSON.stringify(zh)).toContain('没有填写值');
  });
});

describe('a negative wait (point 7)', () => {
  for (const lang of LANGS) {
    it(`is kept as typed, said under the field and refused (${lang})`, async () => {
      const { page } = app;
      const id = await draft(
        [
          { id: 'start', type: 'trigger', on: 'manual', position: { x: 0, y: 0 } },
          { id: 'pause', type: 'wait', for: 'P3D', label: 'Pause', meta: { i18n: { 'zh-CN': { label: '暂停' } } }, position: { x: 0, y: 160 } },
        ],
        [{ from: 'start', to: 'pause' }],
      );
      await openIn(page, lang, `/playbooks/${id}`);
      await node(page, 'pause').waitFor();
      await settled(page);
      await selectNode(page, 'pause');
      await page.getByTestId('field-for-amount').fill('-5');
      // Not silently clamped to 0: the draft and the field keep −5 (before #15 the saved draft said P0D) ...
      await expect.poll(async () => (await app.api('GET', `/api/playbooks/${id}`)).draft.nodes[1].for, POLL).toBe('-P5D');
      await page.getByTestId('field-for-amount').blur();
      expect(await page.getByTestId('field-for-amount').inputValue()).toBe('-5');
      // ... which is said under the field and named in the problems list, and publishing is refused.
      const problem = page.getByTestId('field-for-problem');
      await problem.waitFor();
      expect(await problem.textContent()).toBe(lang === 'en' ? 'A duration cannot be negative: use 0 or more.' : '时长不能为负数：请填写 0 或更大的数。');
      expect(await page.getByTestId('field-for-amount').getAttribute('aria-invalid')).toBe('true');
      await page.getByTestId('problems-toggle').click();
      await expect.poll(() => problemsText(page), POLL).toContain(lang === 'en' ? 'Step "Pause" has a negative duration (-P5D).' : '步骤 "暂停" 的时长为负数（-P5D）。');
      await app.api('POST', `/api/playbooks/${id}/publish`, undefined, 400);

      // Put right, the problem goes.
      await page.getByTestId('field-for-amount').fill('5');
      await problem.waitFor({ state: 'detached' });
      await page.getByTestId('problems-empty').waitFor();
    });
  }
});

describe('names that follow the settings (point 2)', () => {
  for (const lang of LANGS) {
    it(`the churn template's trigger and coupon follow their values (${lang})`, async () => {
      const { page } = app;
      const { templates } = await app.api('GET', '/api/templates');
      const template = templates.find((t: Json) => t.id === 'churn-early-warning');
      const id = await draft(template.nodes, template.edges, { settings: template.settings, meta: template.meta });
      await openIn(page, lang, `/playbooks/${id}`);
      await node(page, 'start').waitFor();
      await settled(page);
      const title = (nodeId: string) => node(page, nodeId).locator('.sf-node-title').textContent();
      expect(await title('start')).toBe(lang === 'en' ? 'Silent for 90 days' : '90 天未下单');

      await selectNode(page, 'start');
      await page.getByTestId('condition-value-0').fill('60');
      await expect.poll(() => title('start'), POLL).toBe(lang === 'en' ? 'Silent for 60 days' : '60 天未下单');

      await selectNode(page, 'issue_coupon');
      await page.getByTestId('field-percent').fill('20');
      await expect.poll(() => title('issue_coupon'), POLL).toContain('20%');
      expect(await title('issue_coupon')).not.toContain('15');
    });
  }

  it('a step renamed in English shows "needs translation" in Chinese, after a reload and in the export', async () => {
    const { page } = app;
    const { templates } = await app.api('GET', '/api/templates');
    const template = templates.find((t: Json) => t.id === 'churn-early-warning');
    const id = await draft(template.nodes, template.edges, { settings: template.settings, meta: template.meta });
    await openIn(page, 'en', `/playbooks/${id}`);
    await node(page, 'tag_churn_risk').waitFor();
    await settled(page);
    await selectNode(page, 'tag_churn_risk');
    await page.getByTestId('inspector-name').fill('Flag as at risk');
    await expect.poll(() => node(page, 'tag_churn_risk').locator('.sf-node-title').textContent(), POLL).toBe('Flag as at risk');
    // In English the name is current: no mark.
    expect(await page.getByTestId('node-tag_churn_risk-needs-translation').count()).toBe(0);
    await expect.poll(async () => (await app.api('GET', `/api/playbooks/${id}`)).draft.nodes[1].label, POLL).toBe('Flag as at risk');

    // Reloaded in Chinese: the old Chinese name, marked on the card and in the inspector.
    const zh = await app.context.newPage();
    try {
      await zh.addInitScript(() => localStorage.setItem('stayflow.locale', 'zh-CN'));
      await zh.goto(`${app.url}/playbooks/${id}`);
      const badge = zh.getByTestId('node-tag_churn_risk-needs-translation');
      await badge.waitFor();
      expect(await badge.textContent()).toContain('待翻译');
      expect(await zh.getByTestId('node-tag_churn_risk').locator('.sf-node-title').textContent()).toBe('标记流失风险');
      expect(await zh.getByTestId('node-issue_coupon-needs-translation').count()).toBe(0);
      await selectNode(zh, 'tag_churn_risk');
      expect(await zh.getByTestId('inspector-needs-translation').textContent()).toContain('待翻译');
      // Named in Chinese too: the mark goes.
      await zh.getByTestId('inspector-name').fill('标记为有风险');
      await badge.waitFor({ state: 'detached' });
      expect(await zh.getByTestId('inspector-needs-translation').count()).toBe(0);
      // Saved (before the page closes): the export carries the marks, English now the one behind.
      await expect.poll(async () => (await app.api('GET', `/api/playbooks/${id}`)).draft.nodes[1].meta.i18n, POLL).toEqual({ 'zh-CN': { label: '标记为有风险' }, en: { needs_translation: ['label'] } });
    } finally {
      await zh.close();
    }
  });
});

describe('steps and customers by their names (point 6)', () => {
  for (const lang of LANGS) {
    it(`a problem names a step without a label by its kind, never its id (${lang})`, async () => {
      const { page } = app;
      const id = await draft(
        [
          { id: 'start', type: 'trigger', on: 'manual', position: { x: 0, y: 0 } },
          { id: 'send_message_1', type: 'action', action: 'send_message', channel: 'sms', template: { body: 'Hello' }, position: { x: 300, y: 160 } },
        ],
        [],
      );
      await openIn(page, lang, `/playbooks/${id}`);
      await node(page, 'send_message_1').waitFor();
      await page.getByTestId('problems-toggle').click();
      const text = lang === 'en' ? 'Step "Send SMS" can never be reached from the trigger.' : '从触发器永远无法到达步骤 "发送短信"。';
      await expect.poll(() => problemsText(page), POLL).toContain(text);
      expect(await problemsText(page)).not.toContain('send_message_1');
    });

    it(`the results' latest journeys and messages show customers' names (${lang})`, async () => {
      const { page } = app;
      const id = await draft(
        [
          { id: 'start', type: 'trigger', on: 'manual', position: { x: 0, y: 0 } },
          { id: 'hello', type: 'action', action: 'send_message', channel: 'inbox', label: 'Hello', template: { body: 'Hello there' }, position: { x: 0, y: 160 } },
        ],
        [{ from: 'start', to: 'hello' }],
      );
      await app.api('POST', `/api/playbooks/${id}/publish`);
      const { customers } = await app.api('GET', '/api/customers?limit=3');
      await app.api('POST', `/api/playbooks/${id}/enroll`, { customer_ids: customers.map((c: Json) => c.id) });
      await openIn(page, lang, `/playbooks/${id}`);
      await node(page, 'hello').waitFor();
      await page.getByTestId('stats-toggle').click();
      const names: string[] = customers.map((c: Json) => customerName(c));
      expect(names.some((name) => /^cus-/.test(name))).toBe(false);
      // The latest journeys name their customers (before #15 they showed ids such as "cus-00001").
      await expect.poll(() => page.getByTestId('playbook-runs').textContent(), POLL).toContain(names[0]);
      expect(await page.getByTestId('playbook-runs').textContent()).not.toMatch(/cus-\d+/);
      const runs = page.getByTestId('playbook-runs').getByTestId('run-customer');
      await expect.poll(() => runs.count(), POLL).toBe(3);
      await expect.poll(async () => (await runs.allTextContents()).sort(), POLL).toEqual([...names].sort());
      await expect.poll(() => page.getByTestId('playbook-messages').textContent(), POLL).toContain(names[0]);
      expect(await page.getByTestId('playbook-messages').textContent()).not.toMatch(/cus-\d+/);
    });
  }

  it('a Chinese playbook name gives a stable id of its own, not "playbook"', async () => {
    const { page } = app;
    await openIn(page, 'zh-CN', '/playbooks');
    await page.getByTestId('new-playbook').click();
    await page.getByTestId('new-playbook-name').fill('流失预警');
    const id = deriveId('流失预警');
    expect(id).toMatch(/^playbook-[a-z0-9]{6}$/);
    expect(await page.locator('#new-playbook-form').textContent()).toContain(id);
    await page.getByTestId('new-playbook-create').click();
    await page.waitForURL(`**/playbooks/${id}`);
    expect((await app.api('GET', `/api/playbooks/${id}`)).draft.name).toBe('流失预警');
  });
});
