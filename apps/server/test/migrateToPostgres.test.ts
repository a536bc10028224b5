import { createTestDatabase, prepareTemplate, startPostgresCluster, type PostgresCluster } from '@stayflow/store/testing';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { T0 } from './harness.ts';
import { call, killServerProcesses, removeTempFolders, serverEnv, startServerProcess, tempFolder, testingClockEnv, type ServerProcess } from './serverProcess.ts';

/** The `stayflow` command as `pnpm stayflow` runs it. */
const CLI = fileURLToPath(new URL('../../cli/bin/stayflow.js', import.meta.url));

function stayflowCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: serverEnv({}), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let cluster: PostgresCluster;

beforeAll(async () => {
  // Its own throwaway cluster: this test runs in the SQLite project too (it needs both databases).
  cluster = await startPostgresCluster();
  await prepareTemplate(cluster);
}, 60_000);

afterAll(async () => {
  await killServerProcesses();
  removeTempFolders();
  await cluster?.stop();
});


/** What an operator reads: customers (the first page and one in detail), metrics, every playbook's stats, segments, the clock. */
async function answers(server: ServerProcess) {
  const customers = await call(server, 'GET', '/api/customers?limit=200');
  const first = customers.body.customers?.[0]?.id as string;
  const playbooks = await call(server, 'GET', '/api/playbooks');
  const stats: Record<string, unknown> = {};
  for (const playbook of playbooks.body.playbooks as { id: string }[]) stats[playbook.id] = (await call(server, 'GET', `/api/playbooks/${playbook.id}/stats`)).body;
  return {
    customers: customers.body,
    customer: (await call(server, 'GET', `/api/customers/${encodeURIComponent(first)}`)).body,
    metrics: (await call(server, 'GET', `/api/metrics?from=2025-01-01T00:00:00Z&to=2026-03-20T00:00:00Z`)).body,
    playbooks: playbooks.body,
    stats,
    segments: (await call(server, 'GET', '/api/segments')).body,
    clock: (await call(server, 'GET', '/api/clock')).body,
  };
}

describe('stayflow migrate-to-postgres', () => {
  it('moves a demo deployment over, refusing a running source and a used target, and the server on PostgreSQL answers the same', async () => {
    const data = tempFolder('stayflow-move-');
    const sqlite = await startServerProcess({ ...testingClockEnv(data, T0), STAYFLOW_DEMO: '1', STAYFLOW_DEMO_CUSTOMERS: '150' }, 60_000);
    // Waits fire and runs move on: timers, runs, steps, messages and the outbox all hold rows.
    expect((await call(sqlite, 'POST', '/api/clock/advance', { by: 'P3D' })).status).toBe(200);
    const before = await answers(sqlite);
    expect(before.customers.customers.length).toBeGreaterThan(100);
    expect(Object.keys(before.stats).length).toBeGreaterThan(0);

    const target = await createTestDatabase(cluster.url());
    const running = await stayflowCli(['migrate-to-postgres', '--from', data, '--to', target]);
    expect(running.code).toBe(1);
    expect(running.stderr).toContain('is in use');
    expect(running.stderr).toContain('stop every Stayflow server');

    expect((await sqlite.kill('SIGTERM')).code).toBe(0);
    const moved = await stayflowCli(['migrate-to-postgres', '--from', data, '--to', target]);
    expect(moved.stderr).toBe('');
    expect(moved.code).toBe(0);
    for (const table of ['customers', 'events', 'runs', 'run_steps', 'timers', 'settings', 'order_days', 'table_counts']) expect(moved.stdout).toMatch(new RegExp(`  ${table} +[1-9][\\d,]* rows`));
    expect(moved.stdout).toContain("every table's rows and the aggregates match");

    const again = await stayflowCli(['migrate-to-postgres', '--from', data, '--to', target]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds data \(.*customers.*\): move over into a new, empty database/);

    const onPg = await startServerProcess({ ...testingClockEnv(tempFolder('stayflow-unused-'), T0), STAYFLOW_DATABASE_URL: target }, 60_000);
    const after = await answers(onPg);
    expect(after.clock).toEqual(before.clock);
    expect(after.customers).toEqual(before.customers);
    expect(after.customer).toEqual(before.customer);
    expect(after.metrics).toEqual(before.metrics);
    expect(after.playbooks).toEqual(before.playbooks);
    expect(after.stats).toEqual(before.stats);
    // A server starting recounts the segments (as on SQLite after a restart): the counts are the same, counted at the current clock time.
    expect({ ...after.segments, members_counted_at: null }).toEqual({ ...before.segments, members_counted_at: null });
    expect(after.segments.members_counted_at).toBe(after.clock.now);
    // The moved deployment goes on working: the waits copied over fire on PostgreSQL.
    expect((await call(onPg, 'POST', '/api/clock/advance', { by: 'P2D' })).status).toBe(200);
    await onPg.kill('SIGTERM');
  }, 240_000);

  it('refuses a missing folder and a connection string of another kind, saying what to pass', async () => {
    const missing = await stayflowCli(['migrate-to-postgres', '--from', '/nonexistent/stayflow', '--to', cluster.url()]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No Stayflow database at /nonexistent/stayflow/stayflow.db. Pass the server\'s data folder with --from DIR');
    const mysql = await stayflowCli(['migrate-to-postgres', '--from', '/tmp', '--to', 'mysql://root:secret@db/x']);
    expect(mysql.code).toBe(2);
    expect(mysql.stderr).toContain('--to must be a PostgreSQL connection string');
    expect(mysql.stderr).not.toContain('secret');
    const none = await stayflowCli(['migrate-to-postgres', '--from', '/tmp']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Say which PostgreSQL database to copy into');
  }, 60_000);
});
