import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchChromium, startAppServer, type AppServer } from './appServer.ts';

export type { Json } from './appServer.ts';

/**
 * Browser tests drive the built app in Chromium against the real server: one server and
 * one browser context per test file, a fresh page per test.
 */

export const SCREENSHOTS = fileURLToPath(new URL('./screenshots', import.meta.url));
export const VIEWPORT = { width: 1440, height: 900 };

export interface BrowserApp {
  readonly server: AppServer;
  readonly url: string;
  readonly context: BrowserContext;
  /** A fresh page for the current test, closed after it. */
  readonly page: Page;
  api: AppServer['api'];
  /** Opens a path of the app and waits for the frame to be drawn. */
  open(path: string): Promise<void>;
  /** The UI language of every page this test opens from now on (as the language switch stores it). */
  useLocale(locale: 'en' | 'zh-CN'): Promise<void>;
  /** Saves a full-window screenshot to test/browser/screenshots/<name>.png. */
  screenshot(name: string): Promise<void>;
}

/**
 * Registers the hooks for one test file and returns the app to drive. Uncaught errors in
 * the page fail the test that caused them.
 */
export function useBrowserApp(options: Parameters<typeof startAppServer>[0] = {}): BrowserApp {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startAppServer({ ...options, demoCustomers: options.demoCustomers ?? 50 });
    browser = await launchChromium();
    // English unless a test switches; the app otherwise follows navigator.language.
    context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US', timezoneId: 'UTC' });
    context.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  beforeEach(async () => {
    pageErrors = [];
    page = await context!.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterEach(async ({ task }) => {
    // A failing test leaves a picture of the page behind, to see what it saw.
    if (page && task.result?.state === 'fail') {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `failed-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80)}.png`) }).catch(() => undefined);
    }
    await page?.close();
    page = undefined;
    if (pageErrors.length > 0) throw new Error(`Uncaught errors in the page:\n${pageErrors.join('\n')}`);
  });

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready: use the app inside a test`);
    return value;
  };

  return {
    get server() {
      return need(server, 'server');
    },
    get url() {
      return need(server, 'server').url;
    },
    get context() {
      return need(context, 'browser context');
    },
    get page() {
      return need(page, 'page');
    },
    api: (...args) => need(server, 'server').api(...args),
    async open(path) {
      const current = need(page, 'page');
      await current.goto(need(server, 'server').url + path);
      await current.locator('main#main').waitFor();
    },
    async useLocale(locale) {
      await need(page, 'page').addInitScript((value) => {
        try {
          localStorage.setItem('stayflow.locale', value);
        } catch {
          // A sandboxed frame (the message preview) has no storage.
        }
      }, locale);
    },
    async screenshot(name) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await need(page, 'page').screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    },
  };
}
