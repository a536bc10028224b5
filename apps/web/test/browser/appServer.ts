import { createService, type Service } from '@stayflow/server/src/service.ts';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

/**
 * The built app (apps/web/dist) served by the real server on a free port, with a
 * temporary database and the testing clock, and Debian's Chromium to drive it. Used by
 * the browser tests (through ./setup.ts) and by bench/editor.bench.ts.
 */

export const WEB_ROOT = fileURLToPath(new URL('../../dist', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** The testing clock starts here unless a file asks otherwise. */
export const T0 = '2026-03-02T08:00:00.000Z';

/** Answers are read loosely: the tests check what they need. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface AppServer {
  service: Service;
  url: string;
  /** fetch + JSON against the listening server; throws on a status other than `expect` (default: any 2xx). */
  api(method: string, path: string, body?: unknown, expect?: number): Promise<Json>;
  stop(): Promise<void>;
}

export function assertBuilt(): void {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    throw new Error('apps/web/dist is missing: the browser tests drive the built app. Run `pnpm --filter @stayflow/web build` first (`pnpm test` from the root does it through turbo).');
  }
}

/**
 * `clock: 'real'` runs on the wall clock (background work then answers as in production); the
 * testing clock otherwise. `jobs` sets how long a request that starts a job waits for it and
 * how many customers a slice takes, so a test can see a job in progress on a small base.
 */
export async function startAppServer(
  options: { demoCustomers?: number; clockStart?: string; clock?: 'manual' | 'real'; jobs?: { answerWaitMs: number; sliceSize: number }; webRoot?: string } = {},
): Promise<AppServer> {
  if (options.webRoot === undefined) assertBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'stayflow-web-'));
  const service = await createService({
    dataFile: join(dataDir, 'stayflow.db'),
    clock: options.clock === 'real' ? { mode: 'real' } : { mode: 'manual', start: Date.parse(options.clockStart ?? T0) },
    requireApiKeys: false,
    env: {},
    demoCustomers: options.demoCustomers ?? 0,
    sweepEveryMs: 3_600_000,
    logger: false,
    webRoot: options.webRoot ?? WEB_ROOT,
    ...(options.jobs ? { jobAnswerWaitMs: options.jobs.answerWaitMs, jobSliceSize: options.jobs.sliceSize } : {}),
  });
  await service.start();
  const url = await service.app.listen({ port: 0, host: '127.0.0.1' });
  const api = async (method: string, path: string, body?: unknown, expect?: number): Promise<Json> => {
    const response = await fetch(url + path, {
      method,
      ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    const answer: Json = text ? JSON.parse(text) : undefined;
    if (expect !== undefined ? response.status !== expect : response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return answer;
  };
  return {
    service,
    url,
    api,
    async stop() {
      await service.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

