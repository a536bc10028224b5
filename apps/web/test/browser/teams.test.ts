import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { useBrowserApp, VIEWPORT, type Json } from './setup.ts';

/**
 * Issue #12, Teams, in the browser: signing in, roles in the UI (an editor publishes, a
 * viewer cannot and sees why), four-eyes approval end to end, the Audit page, and the
 * People and API keys pages — in English and in Chinese. The server starts in local mode;
 * the test creates an admin key and the people through the API, which ends local mode.
 */

const app = useBrowserApp({ demoCustomers: 5 });
const PASSWORD = 'correct-horse-battery';
const LOCALES = [
  { locale: 'en', texts: en },
  { locale: 'zh-CN', texts: zhCN },
] as const;

let adminKey = '';

/** The API as the admin key (local mode is over once a person exists). */
async function api(method: string, path: string, body?: unknown, expect?: number): Promise<Json> {
  const response = await fetch(app.url + path, {
    method,
    headers: { authorization: `Bearer ${adminKey}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  if (expect !== undefined ? response.status !== expect : response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

const person = (role: string, locale: string) => `${role}-${locale.toLowerCase()}@example.com`;

function playbook(id: string, name: string): Json {
  return {
    schema: 'stayflow/playbook@1',
    id,
    name,
    nodes: [
      { id: 'start', type: 'trigger', on: 'manual' },
      { id: 'call', type: 'action', action: 'create_task', title: 'Call the customer' },
    ],
    edges: [{ from: 'start', to: 'call' }],
  };
}

/** A browser context of its own (its own cookies) in the language, signed in through the sign-in page. */
async function signedIn(email: string, locale: string, path = '/playbooks'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.context.browser()!.newContext({ viewport: VIEWPORT, locale: 'en-US', timezoneId: 'UTC' });
  context.setDefaultTimeout(15_000);
  await context.addInitScript((value) => {
    try {
      localStorage.setItem('stayflow.locale', value);
    } catch {
      // No storage in sandboxed frames.
    }
  }, locale);
  const page = await context.newPage();
  await page.goto(app.url + path);
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('account-menu').waitFor();
  return { context, page };
}

beforeAll(async () => {
  // Local mode: no key needed, and the local operator is admin.
  const key = await app.api('POST', '/api/keys', { name: 'test-admin', role: 'admin' });
  adminKey = key.key;
  for (const { locale } of LOCALES) {
    for (const role of ['admin', 'editor', 'viewer']) await api('POST', '/api/people', { email: person(role, locale), role, password: PASSWORD });
    await api('POST', '/api/people', { email: person('second', locale), role: 'editor', password: PASSWORD });
  }
});

describe.each(LOCALES)('teams in the browser ($locale)', ({ locale, texts }) => {
  it('signs in: a wrong password is refused in the language, the right one opens the page asked for', async () => {
    const context = await app.context.browser()!.newContext({ viewport: VIEWPORT, locale: 'en-US', timezoneId: 'UTC' });
    try {
      await context.addInitScript((value) => localStorage.setItem('stayflow.locale', value), locale);
      const page = await context.newPage();
      await page.goto(`${app.url}/segments`);
      await page.getByTestId('sign-in').waitFor();
      expect(await page.locator('h1').innerText()).toBe(texts.signIn.title);
      await page.getByTestId('sign-in-email').fill(person('editor', locale));
      await page.getByTestId('sign-in-password').fill('not-the-password');
      await page.getByTestId('sign-in-submit').click();
      await expect.poll(() => page.locator('.inline-error').innerText()).toBe(texts.signIn.wrong);
      await page.getByTestId('sign-in-password').fill(PASSWORD);
      await page.getByTestId('sign-in-submit').click();
      await page.getByTestId('account-menu').waitFor();
      // Where the person was going, not a start page.
      expect(new URL(page.url()).pathname).toBe('/segments');
      expect(await page.getByTestId('account-menu').getAttribute('data-role')).toBe('editor');
      // Editors see no admin pages.
      expect(await page.getByTestId('nav-people').count()).toBe(0);
      expect(await page.getByTestId('nav-audit').count()).toBe(0);
      // Signing out returns to the sign-in page.
      await page.getByTestId('account-menu').click();
      await page.getByTestId('sign-out').click();
      await page.getByTestId('sign-in').waitFor();
    } finally {
      await context.close();
    }
  });

  it('lets an editor publish; a viewer cannot, and sees why', async () => {
    const id = `team-direct-${locale.toLowerCase()}`;
    await api('POST', '/api/playbooks', playbook(id, `Direct ${locale}`));
    const viewer = await signedIn(person('viewer', locale), locale, `/playbooks/${id}`);
    try {
      const publish = viewer.page.getByTestId('publish');
      await publish.waitFor();
      expect(await publish.isDisabled()).toBe(true);
      const why = texts.permissions.publish.replace('{{who}}', texts.roles.plural.viewer);
      expect(await viewer.page.getByTestId('role-note').innerText()).toContain(why);
      expect(await publish.getAttribute('title')).toBe(why);
      expect(await viewer.page.getByTestId('nav-people').count()).toBe(0);
    } finally {
      await viewer.context.close();
    }
    const editor = await signedIn(person('editor', locale), locale, `/playbooks/${id}`);
    try {
      await editor.page.getByTestId('publish').click();
      await editor.page.getByTestId('publish-confirm').click();
      await editor.page.locator('.editor-title [data-testid=status-badge][data-status=live]').waitFor();
    } finally {
      await editor.context.close();
    }
    expect((await api('GET', `/api/playbooks/${id}`)).published_version).toBe(1);
  });

  it('four-eyes: an editor asks, the request is listed, a second editor approves seeing the change summary, the playbook goes live', async () => {
    const id = `team-approved-${locale.toLowerCase()}`;
    await api('POST', '/api/playbooks', playbook(id, `Approved ${locale}`));
    await api('POST', `/api/playbooks/${id}/publish`);
    const changed = playbook(id, `Approved ${locale}`);
    changed.nodes.push({ id: 'tag', type: 'action', action: 'add_tag', tag: 'called' });
    changed.edges.push({ from: 'call', to: 'tag' });
    await api('PUT', `/api/playbooks/${id}`, changed);

    // An admin switches four-eyes on in Settings.
    const admin = await signedIn(person('admin', locale), locale, '/settings');
    try {
      const fourEyes = admin.page.getByTestId('four-eyes');
      if (!(await fourEyes.isChecked())) await fourEyes.click();
      await expect.poll(async () => (await api('GET', '/api/settings')).four_eyes).toBe(true);
    } finally {
      await admin.context.close();
    }

    const editor = await signedIn(person('editor', locale), locale, `/playbooks/${id}`);
    try {
      const publish = editor.page.getByTestId('publish');
      expect(await publish.innerText()).toBe(texts.approvals.request);
      await publish.click();
      await editor.page.getByTestId('change-summary').waitFor();
      expect(await editor.page.getByTestId('publish-confirm').innerText()).toBe(texts.approvals.request);
      await editor.page.getByTestId('publish-confirm').click();
      await editor.page.locator('[data-testid=approval-state][data-status=pending]').waitFor();
      // Not live yet: still version 1.
      expect((await api('GET', `/api/playbooks/${id}`)).published_version).toBe(1);
      // The requester cannot approve their own request, and is told why.
      await editor.page.goto(`${app.url}/approvals`);
      await editor.page.getByTestId(`review-${id}`).click();
      expect(await editor.page.getByTestId('approve').isDisabled()).toBe(true);
      expect(await editor.page.getByTestId('approve-blocked').innerText()).toBe(texts.approvals.ownRequest);
    } finally {
      await editor.context.close();
    }

    const second = await signedIn(person('second', locale), locale, '/approvals');
    try {
      const row = second.page.getByTestId(`approval-${id}`);
      await row.waitFor();
      expect(await row.innerText()).toContain(person('editor', locale));
      await second.page.getByTestId(`review-${id}`).click();
      // The same change summary the publish dialog shows: one step added.
      const summary = second.page.getByTestId('change-summary');
      await summary.waitFor();
      const added = (texts.changes as Record<string, string>).addedSteps_one ?? texts.changes.addedSteps_other;
      expect(await summary.innerText()).toContain(added.replace('{{count}}', '1'));
      await second.page.getByTestId('approve').click();
      await second.page.getByTestId('review-dialog').waitFor({ state: 'detached' });
    } finally {
      await second.context.close();
    }
    const view = await api('GET', `/api/playbooks/${id}`);
    expect(view.published_version).toBe(2);
    expect(view.status).toBe('live');
    await api('PATCH', '/api/settings', { four_eyes: false });
  });

  it('shows each of these on the Audit page, filtered by person', async () => {
    const admin = await signedIn(person('admin', locale), locale, '/audit');
    try {
      const rows = admin.page.getByTestId('audit-row');
      await rows.first().waitFor();
      await admin.page.getByTestId('audit-actor').fill(person('editor', locale));
      await admin.page.getByTestId('audit-apply').click();
      await expect
        .poll(async () => new Set(await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-actor')))))
        .toEqual(new Set([person('editor', locale)]));
      const actions = await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-action')));
      expect(actions).toContain('session.sign_in');
      expect(actions).toContain('playbook.publish');
      // The request and its approval, by the second editor.
      await admin.page.getByTestId('audit-actor').fill(person('second', locale));
      await admin.page.getByTestId('audit-apply').click();
      await expect.poll(async () => rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-action')))).toContain('playbook.publish_approved');
      const approved = admin.page.locator('[data-testid=audit-row][data-action="playbook.publish_approved"]').first();
      expect(await approved.innerText()).toContain(texts.audit.action.playbook.publish_approved);
      // Newest first.
      await admin.page.getByTestId('audit-actor').fill('');
      await admin.page.getByTestId('audit-apply').click();
      const page = await api('GET', '/api/audit?limit=5');
      await expect.poll(async () => (await rows.first().getAttribute('data-action')) ?? '').toBe(page.items[0].action);
    } finally {
      await admin.context.close();
    }
  });

  it('manages people and API keys: a new key is shown once, then works with its role', async () => {
    const admin = await signedIn(person('admin', locale), locale, '/people');
    const { page } = admin;
    try {
      const newcomer = `newcomer-${locale.toLowerCase()}@example.com`;
      await page.getByTestId('new-person').click();
      await page.getByTestId('person-email').fill(newcomer);
      await page.getByTestId('person-role').selectOption('viewer');
      await page.getByTestId('person-password').fill('short');
      expect(await page.getByTestId('person-create').isDisabled()).toBe(true);
      await page.getByTestId('person-password').fill(PASSWORD);
      await page.getByTestId('person-create').click();
      await page.getByTestId(`person-${newcomer}`).waitFor();
      await page.getByTestId(`person-role-${newcomer}`).selectOption('editor');
      await expect.poll(async () => (await api('GET', '/api/people')).items.find((p: Json) => p.email === newcomer)?.role).toBe('editor');

      await page.getByTestId('nav-keys').click();
      await page.getByTestId('new-key').click();
      const name = `shop-backend-${locale.toLowerCase()}`;
      await page.getByTestId('key-name').fill(name);
      await page.getByTestId('key-role').selectOption('viewer');
      await page.getByTestId('key-create').click();
      const text = await page.getByTestId('key-text').innerText();
      expect(text.length).toBeGreaterThan(20);
      expect(await page.getByTestId('key-created').innerText()).toContain(texts.keys.onceOnly);
      await page.getByTestId('key-done').click();
      await page.getByTestId(`key-${name}`).waitFor();
      // Shown once: nowhere on the page any more.
      expect(await page.locator('body').innerText()).not.toContain(text);
      // The key works, as a viewer.
      const read = await fetch(`${app.url}/api/playbooks`, { headers: { authorization: `Bearer ${text}` } });
      expect(read.status).toBe(200);
      const write = await fetch(`${app.url}/api/playbooks/${encodeURIComponent('x')}/pause`, { method: 'POST', headers: { authorization: `Bearer ${text}` } });
      expect(write.status).toBe(403);
      // Revoked, it stops at once.
      await page.getByTestId(`revoke-${name}`).click();
      await page.getByTestId('revoke-key-confirm').click();
      await page.getByTestId(`key-${name}`).waitFor({ state: 'detached' });
      expect((await fetch(`${app.url}/api/playbooks`, { headers: { authorization: `Bearer ${text}` } })).status).toBe(401);
    } finally {
      await admin.context.close();
    }
  });

  it('sends a signed-out person back to sign in when the session ends, keeping the page', async () => {
    const editor = await signedIn(person('editor', locale), locale, '/tasks');
    try {
      // The session cookie goes (as when it times out): the next request answers 401.
      await editor.context.clearCookies();
      await editor.page.getByTestId('nav-customers').click();
      await editor.page.getByTestId('sign-in').waitFor();
      expect(new URL(editor.page.url()).pathname).toBe('/customers');
      expect(await editor.page.locator('.notice').innerText()).toBe(texts.signIn.ended);
    } finally {
      await editor.context.close();
    }
  });
});
