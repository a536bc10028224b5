import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { useBrowserApp, VIEWPORT, type Json } from './setup.ts';

/**
 * Issues #12/#13 in the browser: the Keys page's "Connect a data source" card (the address to
 * paste built from the page's origin and copied, the key dialog opened with the ingest role,
 * and that key accepted as Segment sends a write key: HTTP Basic), and the Audit page's
 * Action select, object names and detail in words — in English and in Chinese. The server
 * starts in local mode; the test creates an admin key and admins through the API.
 */

const app = useBrowserApp({ demoCustomers: 5 });
const PASSWORD = 'correct-horse-battery';
const LOCALES = [
  { locale: 'en', texts: en },
  { locale: 'zh-CN', texts: zhCN },
] as const;

let adminKey = '';

/** The API as the admin key (local mode is over once a person exists). */
async function api(method: string, path: string, body?: unknown): Promise<Json> {
  const response = await fetch(app.url + path, {
    method,
    headers: { authorization: `Bearer ${adminKey}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

const admin = (locale: string) => `connect-admin-${locale.toLowerCase()}@example.com`;

/** A browser context of its own in the language, allowed the clipboard, signed in as the locale's admin. */
async function signedIn(locale: string, path: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.context.browser()!.newContext({ viewport: VIEWPORT, locale: 'en-US', timezoneId: 'UTC' });
  context.setDefaultTimeout(15_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  await context.addInitScript((value) => {
    try {
      localStorage.setItem('stayflow.locale', value);
    } catch {
      // No storage in sandboxed frames.
    }
  }, locale);
  const page = await context.newPage();
  await page.goto(app.url + path);
  await page.getByTestId('sign-in-email').fill(admin(locale));
  await page.getByTestId('sign-in-password').fill(PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('account-menu').waitFor();
  return { context, page };
}

const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;

beforeAll(async () => {
  const key = await app.api('POST', '/api/keys', { name: 'test-admin', role: 'admin' });
  adminKey = key.key;
  for (const { locale } of LOCALES) await api('POST', '/api/people', { email: admin(locale), role: 'admin', password: PASSWORD });
});

describe.each(LOCALES)('connecting a data source and reading the audit log ($locale)', ({ locale, texts }) => {
  const keyName = `segment-${locale.toLowerCase()}`;
  const customerId = `seg-${locale.toLowerCase()}-1`;
  const playbookId = `audit-named-${locale.toLowerCase()}`;

  it('connect card: copies the URL of this origin, opens the key dialog with ingest chosen, and that key works as a write key', async () => {
    const { context, page } = await signedIn(locale, '/keys');
    try {
      const card = page.getByTestId('connect-source');
      await card.waitFor();
      expect(await card.locator('h2').innerText()).toBe(texts.keys.connect.title);
      const batchUrl = `${app.url}/api/integrations/segment/v1/batch`;
      expect(await page.getByTestId('connect-url').innerText()).toBe(batchUrl);
      await page.getByTestId('connect-url-copy').click();
      await expect.poll(() => page.getByTestId('connect-url-copy').innerText()).toContain(texts.keys.copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(batchUrl);
      // Each tool says which destination to add; the address is the same.
      for (const tool of ['rudderstack', 'jitsu', 'segment']) {
        await page.getByTestId(`connect-${tool}`).click();
        expect(await page.getByTestId(`connect-${tool}`).getAttribute('aria-selected')).toBe('true');
        expect(await page.getByTestId('connect-steps').getAttribute('data-tool')).toBe(tool);
        expect(await page.getByTestId('connect-steps').innerText()).toContain(tool === 'segment' ? 'Webhooks (Actions)' : 'Webhook');
        expect(await page.getByTestId('connect-url').innerText()).toBe(batchUrl);
      }
      expect(await page.getByTestId('connect-mapping').innerText()).toContain('order_placed');
      expect(await page.getByTestId('connect-docs').getAttribute('href')).toBe('/api/docs');

      await page.getByTestId('connect-create-key').click();
      await page.getByTestId('key-dialog').waitFor();
      expect(await page.getByTestId('key-role').inputValue()).toBe('ingest');
      expect(await page.getByTestId('key-name').inputValue()).toBe('segment');
      await page.getByTestId('key-name').fill(keyName);
      await page.getByTestId('key-create').click();
      const key = await page.getByTestId('key-text').innerText();
      expect(await page.getByTestId('key-write-key').isVisible()).toBe(true);
      await page.getByTestId('key-done').click();
      await page.getByTestId(`key-${keyName}`).waitFor();
      expect(await page.getByTestId(`key-${keyName}`).innerText()).toContain(texts.roles.name.ingest);

      // The key as Segment sends a write key: HTTP Basic, the key as user name, no password.
      const identify = await fetch(`${app.url}/api/integrations/segment/v1/identify`, {
        method: 'POST',
        headers: { authorization: basic(key), 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'identify', userId: customerId, traits: { email: `${customerId}@example.com`, firstName: 'Ana' }, messageId: `m-${customerId}` }),
      });
      expect(identify.status).toBe(200);
      expect(await identify.json()).toMatchObject({ success: true, accepted: 1 });
      const customer = await api('GET', `/api/customers/${customerId}`);
      expect(customer.attributes ?? customer.customer?.attributes).toMatchObject({ email: `${customerId}@example.com`, first_name: 'Ana' });
      // An ingest key reads nothing.
      expect((await fetch(`${app.url}/api/playbooks`, { headers: { authorization: basic(key) } })).status).toBe(403);
      // A wrong key is refused.
      expect((await fetch(`${app.url}/api/integrations/segment/v1/identify`, { method: 'POST', headers: { authorization: basic('not-a-key'), 'content-type': 'application/json' }, body: '{"type":"identify","userId":"x"}' })).status).toBe(401);
    } finally {
      await context.close();
    }
  });

  it('audit page: the Action select filters, objects show their names and link to their pages, details read in words', async () => {
    await api('POST', '/api/playbooks', {
      schema: 'stayflow/playbook@1',
      id: playbookId,
      name: `Named ${locale}`,
      nodes: [
        { id: 'start', type: 'trigger', on: 'manual' },
        { id: 'call', type: 'action', action: 'create_task', title: 'Call the customer' },
      ],
      edges: [{ from: 'start', to: 'call' }],
    });
    const upserted = `audit-customer-${locale.toLowerCase()}`;
    await api('PUT', `/api/customers/${upserted}`, { attributes: { name: 'Ana' } });
    const { context, page } = await signedIn(locale, '/audit');
    try {
      const rows = page.getByTestId('audit-row');
      await rows.first().waitFor();
      const select = page.getByTestId('audit-action');
      // Grouped, in words.
      const groups = await select.locator('optgroup').evaluateAll((elements) => elements.map((e) => e.getAttribute('label')));
      expect(groups).toEqual(Object.values(texts.audit.group));
      expect(await select.locator('option[value="key.create"]').innerText()).toBe(texts.audit.action.key.create);

      const filterBy = async (action: string) => {
        await select.selectOption(action);
        await page.getByTestId('audit-apply').click();
        await expect.poll(async () => [...new Set(await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-action'))))]).toEqual([action]);
      };

      // Keys: the key made from the connect card, by name, its role in words.
      await filterBy('key.create');
      const keyRow = rows.filter({ hasText: keyName });
      expect(await keyRow.count()).toBe(1);
      expect(await keyRow.getByTestId('audit-object-name').innerText()).toBe(keyName);
      const keyDetail = await keyRow.getByTestId('audit-detail').innerText();
      expect(keyDetail).toContain(`${texts.audit.detail.role}${texts.audit.detail.separator}${texts.roles.name.ingest}`);
      expect(keyDetail).not.toContain('role:');

      // People: the email, not the id.
      await filterBy('person.create');
      const personRow = rows.filter({ hasText: admin(locale) });
      expect(await personRow.getByTestId('audit-object-name').innerText()).toBe(admin(locale));
      expect(await personRow.getByTestId('audit-detail').innerText()).toContain(texts.roles.name.admin);

      // The Segment-compatible call: the route it used and a count of messages.
      await filterBy('events.ingest');
      const ingest = rows.filter({ hasText: '/api/integrations/segment/v1/identify' });
      expect(await ingest.count()).toBeGreaterThanOrEqual(1);
      expect(await ingest.first().getByTestId('audit-detail').innerText()).toContain(`${texts.audit.detail.messages}${texts.audit.detail.separator}1`);

      // Playbooks: the name, linked to the editor.
      await filterBy('playbook.create');
      const link = rows.filter({ hasText: `Named ${locale}` }).getByTestId('audit-object-link');
      expect(await link.innerText()).toBe(`Named ${locale}`);
      expect(await link.getAttribute('href')).toBe(`/playbooks/${playbookId}`);

      // Customers: linked to the customer's page.
      await filterBy('customer.upsert');
      const customerLink = rows.filter({ hasText: upserted }).getByTestId('audit-object-link');
      expect(await customerLink.getAttribute('href')).toBe(`/customers/${upserted}`);

      // Any action again: more than one kind.
      await select.selectOption('');
      await page.getByTestId('audit-apply').click();
      await expect.poll(async () => new Set(await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-action')))).size).toBeGreaterThan(1);

      // Clicking a playbook's name opens its editor.
      await filterBy('playbook.create');
      await rows.filter({ hasText: `Named ${locale}` }).getByTestId('audit-object-link').click();
      await page.waitForURL(`**/playbooks/${playbookId}`);
    } finally {
      await context.close();
    }
  });
});
