import { spawn } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { customerId, followUp, orderBatch, publish } from './eventStorm.ts';
import { T0 } from './harness.ts';
import { call, killServerProcesses, removeTempFolders, serverEnv, startServerProcess, tempFolder, testingClockEnv } from './serverProcess.ts';

/** The `stayflow` command as `pnpm stayflow` runs it. */
const CLI = fileURLToPath(new URL('../../cli/bin/stayflow.js', import.meta.url));

afterAll(async () => {
  await killServerProcesses();
  removeTempFolders();
});

/** Runs the real command line in its own process, so the server keeps taking events meanwhile. */
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

const PER_BATCH = 50;
const CUSTOMERS = 200;
const CONCURRENCY = 6;
/** The backup starts once this many batches were acknowledged: well inside the storm. */
const BACKUP_AFTER = 20;
/** Batches sent after the backup finished, which the copy must not have. */
const AFTER_BACKUP = 10;
const MAX_BATCHES = 2_000;

const batch = (b: number) => orderBatch(b, { perBatch: PER_BATCH, customers: CUSTOMERS });

describe('backup during an event storm, and restore', () => {
  it('restores every event acknowledged before the backup began, with waits that still fire', async () => {
    const live = tempFolder('stayflow-restore-');
    const backups = tempFolder('stayflow-restore-');
    const server = await startServerProcess(testingClockEnv(live));
    await publish(server, followUp);

    const acknowledged = new Set<number>();
    const sentAfterBackup = new Set<number>();
    const problems: string[] = [];
    let ackedBeforeBackup: ReadonlySet<number> | undefined;
    let backup: ReturnType<typeof stayflowCli> | undefined;
    let backupDone = false;
    let next = 0;
    const backupFile = join(backups, 'stayflow-backup.db');

    // The storm goes on until the backup has finished and a few batches came after it.
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < MAX_BATCHES && !(backupDone && sentAfterBackup.size >= AFTER_BACKUP)) {
          const b = next++;
          if (backupDone) sentAfterBackup.add(b);
          const answer = await call(server, 'POST', '/api/events', batch(b));
          if (answer.status !== 202) problems.push(`batch ${b}: ${answer.status} ${JSON.stringify(answer.body)}`);
          else acknowledged.add(b);
          if (!backup && acknowledged.size >= BACKUP_AFTER) {
            ackedBeforeBackup = new Set(acknowledged);
            backup = stayflowCli(['backup', '--data', live, '--out', backupFile]);
            void backup.then(() => (backupDone = true));
          }
        }
      }),
    );
    expect(problems).toEqual([]);
    const cli = await backup!;
    expect(cli).toMatchObject({ code: 0, stderr: '' });
    expect(cli.stdout).toMatch(/Backed up .*stayflow\.db\n\s+to .*stayflow-backup\.db\n.* MB \([\d,]+ bytes\), 200 customers, [\d,]+ events; integrity check ok\n/);
    // The backup overlapped the storm: batches were acknowledged while it ran.
    const sentDuringBackup = [...acknowledged].filter((b) => !ackedBeforeBackup!.has(b) && !sentAfterBackup.has(b));
    expect(sentDuringBackup.length).toBeGreaterThan(0);
    expect(sentAfterBackup.size).toBeGreaterThanOrEqual(AFTER_BACKUP);
    expect(await server.kill('SIGTERM')).toEqual({ code: 0, signal: null });

    // Restore as the README says: the copy becomes stayflow.db of a data folder without -wal/-shm files.
    const restored = tempFolder('stayflow-restore-');
    copyFileSync(backupFile, join(restored, 'stayflow.db'));
    expect(existsSync(join(restored, 'stayflow.db-wal')) || existsSync(join(restored, 'stayflow.db-shm'))).toBe(false);
    const again = await startServerProcess(testingClockEnv(restored));
    expect((await call(again, 'GET', '/api/clock')).body).toEqual({ now: T0 });

    // Every customer in the copy has their run waiting, and a timer for it.
    const stats = (await call(again, 'GET', `/api/playbooks/${followUp.id}/stats`)).body;
    const waiting = stats.runs.active as number;
    expect(stats.runs).toMatchObject({ active: waiting, completed: 0, exited: 0 });
    expect(waiting).toBe(CUSTOMERS);
    for (let n = 0; n < CUSTOMERS; n++) {
      const customer = (await call(again, 'GET', `/api/customers/${customerId(n)}`)).body;
      expect({ id: customer.id, coupons: customer.coupons.length, waiting: customer.active_runs.length, tasks: customer.tasks.length }).toEqual({ id: customerId(n), coupons: 1, waiting: 1, tasks: 0 });
    }

    // Clients re-send what they sent: the copy has every batch acknowledged before the backup
    // began, none sent after it finished, and each batch in between whole or not at all.
    const resend = async (b: number) => (await call(again, 'POST', '/api/events', batch(b))).body as { accepted: number; duplicates: number };
    for (const b of ackedBeforeBackup!) expect({ b, ...(await resend(b)) }).toEqual({ b, accepted: 0, duplicates: PER_BATCH, conflicts: 0, conflict_ids: [] });
    for (const b of sentDuringBackup) {
      const answer = await resend(b);
      expect({ b, whole: answer.duplicates === 0 || answer.duplicates === PER_BATCH }).toEqual({ b, whole: true });
    }

    // The waits still fire: a day later every waiting run goes on to its task.
    const advanced = await call(again, 'POST', '/api/clock/advance', { by: 'P1D' });
    expect(advanced).toMatchObject({ status: 200, body: { fired: waiting } });
    const after = (await call(again, 'GET', `/api/playbooks/${followUp.id}/stats`)).body;
    expect(after.runs).toMatchObject({ active: 0, completed: waiting, exited: 0 });
    expect((await call(again, 'GET', '/api/tasks?limit=1000')).body.tasks).toHaveLength(waiting);

    for (const b of sentAfterBackup) expect({ b, ...(await resend(b)) }).toEqual({ b, accepted: PER_BATCH, duplicates: 0, conflicts: 0, conflict_ids: [] });
    expect(await again.kill('SIGTERM')).toEqual({ code: 0, signal: null });
  }, 60_000);
});
