import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { node, POLL, selectNode, settled } from './canvas.ts';
import { useBrowserApp, type Json } from './setup.ts';

/**
 * A tour of every main screen in English and in Chinese, saving a screenshot of each to
 * test/browser/screenshots/ for people to look at. The testing clock starts at the
 * current minute here (not the usual fixed date), so "updated 2 minutes ago" reads as it
 * would for a real operator: the browser's own clock is not faked.
 */
const app = useBrowserApp({ clockStart: new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString() });

/** Live, with results: a feedback follow-up that some demo customers went through. */
const FEEDBACK_FOLLOW_UP = {
  schema: 'stayflow/playbook@1',
  id: 'feedback-follow-up',
  name: 'Feedback follow-up',
  description: 'Thank everyone who leaves feedback; regulars get a coupon.',
  meta: { i18n: { 'zh-CN': { name: '反馈跟进', description: '感谢每一位留下反馈的客户；老客户另送优惠券。' } } },
  nodes: [
    { id: 'start', type: 'trigger', on: 'event', event: 'feedback_submitted', label: 'Feedback submitted', meta: { i18n: { 'zh-CN': { label: '提交反馈' } } }, position: { x: 0, y: 0 } },
    {
      id: 'regular',
      type: 'condition',
      label: 'Ordered 3 times or more?',
      meta: { i18n: { 'zh-CN': { label: '下单 3 次以上？' } } },
      if: { '>=': [{ var: 'customer.metrics.orders' }, 3] },
      position: { x: 0, y: 150 },
    },
    { id: 'coupon', type: 'action', action: 'issue_coupon', percent: 10, valid_for: 'P14D', label: '10% thank-you coupon', meta: { i18n: { 'zh-CN': { label: '九折感谢券' } } }, position: { x: -180, y: 320 } },
    {
      id: 'coupon_email',
      type: 'action',
      action: 'send_message',
      channel: 'email',
      label: 'Email the coupon',
      meta: { i18n: { 'zh-CN': { label: '邮件发送优惠券' } } },
      template: { subject: 'Thank you — {{coupon.percent}}% off', body: 'Hi {{customer.name | default: "there"}}, thank you for your feedback. Your code: {{coupon.code}}' },
      position: { x: -180, y: 480 },
    },
    { id: 'next_day', type: 'wait', for: 'P1D', label: 'Wait a day', meta: { i18n: { 'zh-CN': { label: '等待 1 天' } } }, position: { x: 180, y: 320 } },
    {
      id: 'thanks_sms',
      type: 'action',
      action: 'send_message',
      channel: 'sms',
      label: 'Thank-you SMS',
      meta: { i18n: { 'zh-CN': { label: '感谢短信' } } },
      template: { body: 'Thank you for your feedback, {{customer.name | default: "friend"}}!' },
      position: { x: 180, y: 480 },
    },
  ],
  edges: [
    { from: 'start', to: 'regular' },
    { from: 'regular', to: 'coupon', port: 'true' },
    { from: 'coupon', to: 'coupon_email' },
    { from: 'regular', to: 'next_day', port: 'false' },
    { from: 'next_day', to: 'thanks_sms' },
  ],
  settings: { goal: { event: 'order_placed', within: 'P14D' } },
};

let customers: Json[] = [];

beforeAll(async () => {
  await app.api('POST', '/api/playbooks', FEEDBACK_FOLLOW_UP);
  await app.api('POST', '/api/playbooks/feedback-follow-up/publish');
  customers = (await app.api('GET', '/api/customers?limit=100')).customers;
  const responders = customers.slice(0, 16);
  await app.api('POST', '/api/events', { events: responders.map((c, i) => ({ id: `fb-${i}`, customer_id: c.id, type: 'feedback_submitted', properties: { sentiment: i % 4 === 0 ? 'neutral' : 'positive' } })) });
  await app.api('POST', '/api/clock/advance', { by: 'P2D' });
  await app.api('POST', '/api/events', { events: responders.slice(0, 5).map((c, i) => ({ id: `order-${i}`, customer_id: c.id, type: 'order_placed', properties: { amount: 120 + i * 30 } })) });
  // The responders entered 8 days before the tour: outside the results' 7-day window, inside the 30-day one.
  await app.api('POST', '/api/clock/advance', { by: 'P6D' });
});

/** Requests the page has sent and not yet had answered. */
const inFlight = new WeakMap<Page, Set<unknown>>();

function trackRequests(page: Page): void {
  const open = new Set<unknown>();
  inFlight.set(page, open);
  page.on('request', (request) => open.add(request));
  page.on('requestfinished', (request) => open.delete(request));
  page.on('requestfailed', (request) => open.delete(request));
}

/** Waits until the page has its data: no request in flight for a moment, no spinner, fonts loaded. */
async function ready(page: Page): Promise<void> {
  const open = inFlight.get(page)!;
  let quietFor = 0;
  await expect.poll(async () => {
    await page.waitForTimeout(100);
    quietFor = open.size === 0 ? quietFor + 1 : 0;
    return quietFor >= 3;
  }, POLL).toBe(true);
  await page.locator('.spinner').first().waitFor({ state: 'detached' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function shoot(page: Page, name: string): Promise<void> {
  await ready(page);
  await app.screenshot(name);
}

async function tour(lang: 'en' | 'zh-CN'): Promise<void> {
  const { page } = app;
  trackRequests(page);
  const zh = lang === 'zh-CN';
  const shot = (n: number, name: string) => shoot(page, `${lang}-${String(n).padStart(2, '0')}-${name}`);

  await app.open('/playbooks');
  await page.getByTestId(`lang-${lang}`).click();
  await page.getByTestId('playbook-row-feedback-follow-up').waitFor();
  expect(await page.getByTestId('nav-playbooks').textContent()).toBe(zh ? '剧本' : 'Playbooks');
  await shot(1, 'playbooks');

  await page.getByTestId('new-playbook').click();
  await page.getByTestId('new-playbook-name').fill(zh ? '新客欢迎' : 'Welcome new customers');
  await shot(2, 'new-playbook-dialog');
  await page.keyboard.press('Escape');
  await page.getByTestId('new-playbook-dialog').waitFor({ state: 'detached' });

  await page.getByTestId('nav-templates').click();
  await page.getByTestId('template-win-back').waitFor();
  await shot(3, 'templates');

  // The editor on a template's draft (in the tour's language); the message inspector; the settings.
  await page.getByTestId('use-template-win-back').click();
  await node(page, 'done').waitFor();
  expect(await node(page, 'miss_you_email').locator('.sf-node-title').textContent()).toBe(zh ? '“想念您”邮件' : '"We miss you" email');
  await settled(page);
  await shot(4, 'editor-template');
  await selectNode(page, 'miss_you_email');
  await page.getByTestId('field-body').waitFor();
  // A template used in Chinese sends Chinese messages.
  expect(await page.getByTestId('field-body').textContent()).toMatch(zh ? /[\u4e00-\u9fff]/ : /^Hi /);
  await shot(5, 'inspector-message');
  await selectNode(page, 'is_high_value');
  await page.getByTestId('field-if').waitFor();
  await shot(6, 'inspector-condition');
  await page.getByTestId('toolbar-settings').click();
  await page.getByTestId('settings-panel').waitFor();
  await shot(7, 'settings');

  // A test run of the churn template (live in the demo) for a customer it would take in.
  await page.getByTestId('nav-playbooks').click();
  await page.getByTestId('playbook-row-churn-early-warning').click();
  await node(page, 'call_task').waitFor();
  await page.getByTestId('test-run').click();
  // Not one of the feedback responders: five of them have ordered since.
  const quiet = customers.slice(16).find((c) => (c.metrics.days_since_last_order ?? 0) > 90 && c.metrics.orders >= 1);
  if (quiet) {
    await page.getByTestId('test-customer-search').fill(String(quiet.attributes.name ?? quiet.id));
    await page.getByTestId(`test-customer-${quiet.id}`).click();
  }
  await page.getByTestId('test-run-go').click();
  await page.locator(quiet ? '[data-testid=test-result][data-entered=true]' : '[data-testid=test-result]').waitFor();
  await settled(page);
  await shot(8, 'test-run');

  // Results on the canvas and in the side panel, for the playbook customers went through.
  await page.getByTestId('nav-playbooks').click();
  await page.getByTestId('playbook-row-feedback-follow-up').click();
  await node(page, 'thanks_sms').waitFor();
  await page.getByTestId('stats-toggle').click();
  await page.getByTestId('node-start-entered').waitFor();
  expect(await page.getByTestId('node-start-entered').textContent()).toMatch(/16/);
  await page.getByTestId('stats-panel').locator('.big-number').waitFor();
  // Who went through it and what it sent, each linking to the customer.
  await expect.poll(() => page.getByTestId('playbook-runs').locator('li').count(), POLL).toBe(10);
  await expect.poll(() => page.getByTestId('playbook-messages').locator('.message-card').count(), POLL).toBeGreaterThan(0);
  await settled(page);
  await shot(9, 'stats');
  // The window applies to the panel and the canvas alike: nobody entered in the last 7 days, all 16 in the last 30.
  await page.getByTestId('stats-window-7').click();
  await expect.poll(() => page.getByTestId('node-start-entered').count(), POLL).toBe(0);
  await expect.poll(() => page.getByTestId('stats-panel').textContent(), POLL).toMatch(zh ? /0 位客户中有 0 位转化/ : /0 of 0 customers converted/);
  await page.getByTestId('stats-window-30').click();
  await expect.poll(() => page.getByTestId('node-start-entered').textContent(), POLL).toMatch(/16/);
  await page.getByTestId('stats-window-all').click();

  await page.getByTestId('publish').click();
  await page.getByTestId('publish-dialog').locator('[data-testid=publish-confirm]:enabled').waitFor();
  await shot(10, 'publish-dialog');
  await page.keyboard.press('Escape');

  await page.getByTestId('nav-customers').click();
  await page.getByTestId('customer-table').waitFor();
  await shot(11, 'customers');
  const responder = customers[0];
  // A search says how many customers match it, not how many there are.
  const name = String(responder.attributes.name);
  await page.getByRole('searchbox').first().fill(name);
  await expect.poll(() => page.locator('.page-subtitle').textContent(), POLL).toMatch(zh ? new RegExp(`^\\d+ 位客户匹配“${name}”。$`) : new RegExp(`^\\d+ customers? match(es)? “${name}”\\.$`));
  await page.getByTestId(`customer-row-${responder.id}`).click();
  await page.locator('.detail-grid').waitFor();
  await shot(12, 'customer');

  await page.getByTestId('nav-analytics').click();
  await page.getByTestId('kpis').waitFor();
  await page.locator('.kpi-grid.is-loading').waitFor({ state: 'detached' });
  // ECharts draws with an entry animation; let it finish before the picture.
  await page.waitForTimeout(1200);
  await shot(13, 'analytics');

  await page.getByTestId('nav-segments').click();
  await page.getByTestId('segment-loyal').waitFor();
  await shot(14, 'segments');
  await page.getByTestId('edit-segment-loyal').click();
  await page.getByTestId('segment-save').waitFor();
  await shot(15, 'segment-dialog');
  await page.keyboard.press('Escape');

  await page.getByTestId('nav-tasks').click();
  await page.getByTestId('task-table').or(page.locator('.empty-state')).first().waitFor();
  await shot(16, 'tasks');
}

describe('every main screen', () => {
  it('in English', async () => {
    await tour('en');
  });

  it('in Chinese', async () => {
    await tour('zh-CN');
    await expect.poll(() => app.page.evaluate(() => document.documentElement.lang), POLL).toBe('zh-CN');
  });
});
