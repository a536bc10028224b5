import { createTestDatabase } from '@stayflow/store/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RetentionPolicy } from '../src/runtime/retentionPolicy.ts';
import { inject } from 'vitest';
import { createService, type Service } from '../src/service.ts';
import { AnswerChecker } from './answerChecker.ts';

/** With STAYFLOW_TEST_BACKEND=postgres (test/postgresSetup.ts): each data folder's PostgreSQL database, kept for a restart on the same folder. */
const databases = new Map<string, string>();

async function databaseFor(dataDir: string): Promise<string | undefined> {
  if (process.env.STAYFLOW_TEST_BACKEND !== 'postgres') return undefined;
  let url = databases.get(dataDir);
  if (url === undefined) {
    url = await createTestDatabase(inject('postgresAdminUrl'));
    databases.set(dataDir, url);
  }
  return url;
}

export interface TestServer {
  service: Service;
  url: string;
  dataDir: string;
  /** fetch + JSON, against the listening server. */
  call(method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }>;
  advance(by: string): Promise<void>;
  stop(): Promise<void>;
}

/** Answers are read loosely in tests: the assertions check their shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/**
 * The checker of answers against the OpenAPI document, built once per test file from the first
 * server's document: every test server has the same routes (the testing clock, previews).
 */
let checker: Promise<AnswerChecker> | undefined;

export const T0 = '2026-03-02T08:00:00.000Z';

/** A real listening server on 127.0.0.1 with the testing clock, an empty database and no demo data. */
export async function startTestServer(
  options: { clockStart?: string; env?: NodeJS.ProcessEnv; dataDir?: string; retention?: RetentionPolicy; jobSliceSize?: number; jobAnswerWaitMs?: number; sweepEveryMs?: number; logger?: object } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'stayflow-test-'));
  const databaseUrl = await databaseFor(dataDir);
  const service = await createService({
    dataFile: join(dataDir, 'stayflow.db'),
    ...(databaseUrl !== undefined ? { databaseUrl } : {}),
    clock: { mode: 'manual', start: Date.parse(options.clockStart ?? T0) },
    requireApiKeys: false,
    env: options.env ?? {},
    demoCustomers: 0,
    sweepEveryMs: options.sweepEveryMs ?? 3_600_000,
    logger: options.logger ?? false,
    ...(options.logger ? { logRequests: true } : {}),
    ...(options.retention ? { retention: options.retention } : {}),
    ...(options.jobSliceSize !== undefined ? { jobSliceSize: options.jobSliceSize } : {}),
    ...(options.jobAnswerWaitMs !== undefined ? { jobAnswerWaitMs: options.jobAnswerWaitMs } : {}),
  });
  await service.start();
  const url = await service.app.listen({ port: 0, host: '127.0.0.1' });
  // Every answer is checked against the served OpenAPI document: a route that drifts from it fails its test.
  checker ??= fetch(`${url}/api/openapi.json`).then(async (answer) => new AnswerChecker((await answer.json()) as ConstructorParameters<typeof AnswerChecker>[0]));
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(url + path, {
      method,
      ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    const answer = { status: response.status, body: text ? JSON.parse(text) : undefined };
    const problems = (await checker!).problems(method, path, answer.status, answer.body);
    if (problems.length > 0) throw new Error(`The answer differs from the OpenAPI document:\n${problems.slice(0, 10).join('\n')}`);
    return answer;
  };
  return {
    service,
    url,
    dataDir,
    call,
    async advance(by: string) {
      const answer = await call('POST', '/api/clock/advance', { by });
      if (answer.status !== 200) throw new Error(`advance failed: ${JSON.stringify(answer.body)}`);
    },
    stop: () => service.stop(),
  };
}

/** A playbook document with the given steps after a trigger, chained in order unless edges are given. */
export function playbook(id: string, nodes: Json[], extra: { edges?: Json[]; settings?: Json } = {}) {
  const edges = extra.edges ?? nodes.slice(1).map((node, i) => ({ from: nodes[i].id, to: node.id }));
  return { schema: 'stayflow/playbook@1', id, name: id, nodes, edges, ...(extra.settings ? { settings: extra.settings } : {}) };
}

export async function publish(server: TestServer, document: unknown): Promise<void> {
  const created = await server.call('POST', '/api/playbooks', document);
  if (created.status !== 201) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
  const published = await server.call('POST', `/api/playbooks/${(document as { id: string }).id}/publish`);
  if (published.status !== 200) throw new Error(`publish failed: ${JSON.stringify(published.body)}`);
}
