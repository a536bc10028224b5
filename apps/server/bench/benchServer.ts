/**
 * The benchmarked server: started as `node --import tsx src/main.ts` (what `pnpm start`
 * runs) in a child process on loopback, on a fresh data folder, with the testing clock
 * unless BENCH_CLOCK says otherwise. Shared by every scenario of `pnpm bench`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoopDelay } from './loopDelay.ts';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
export const T0 = '2026-03-02T08:00:00.000Z';

export interface Server {
  url: string;
  pid: number;
  /** The server's STAYFLOW_DATA folder (removed by `stop`). */
  dir: string;
  stop(): Promise<void>;
}

export interface Row {
  scenario: string;
  target: string;
  measured: string;
  met: boolean;
}

const started: { child: ChildProcess; dir: string }[] = [];

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export async function startServer(extra: { flags?: string[]; env?: Record<string, string> } = {}): Promise<Server> {
  const dir = mkdtempSync(join(process.env.BENCH_DATA_PARENT ?? tmpdir(), 'stayflow-bench-'));
  const port = await freePort();
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('STAYFLOW_') && !['HOST', 'PORT', 'LOG_LEVEL', 'INIT_CWD'].includes(name)));
  const flags = (process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
  // Extra preloads come after tsx, which loads them.
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', ...(extra.flags ?? []), 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: { ...env, ...extra.env, PORT: String(port), STAYFLOW_DATA: dir, STAYFLOW_CLOCK: process.env.BENCH_CLOCK ?? 'manual', STAYFLOW_CLOCK_START: T0, STAYFLOW_DEMO: '0' },
    // The request log goes where an operator's would: out of the server, unread here.
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  started.push({ child, dir });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr = (stderr + text).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  // A busy machine (other work on its cores) can take more than 30 s to start the server.
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${stderr}`);
    if (Date.now() > deadline) throw new Error(`the server did not answer within 120 s:\n${stderr}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    pid: child.pid!,
    dir,
    async stop() {
      const closed = new Promise((resolve) => child.once('close', resolve));
      child.kill('SIGTERM');
      await closed;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The server's own event-loop delay and GC pauses (`bench/loopDelay.ts`, preloaded): a client's latency also holds the time its request waited for a core, which these do not. */
export interface LoopWatch {
  /** Starts a new measurement. */
  restart(): void;
  /** The figures since the last `restart`. */
  read(): Promise<LoopDelay>;
}

/** `startServer` with `bench/loopDelay.ts` preloaded. */
export async function startWatchedServer(): Promise<Server & { loop: LoopWatch }> {
  const folder = mkdtempSync(join(tmpdir(), 'stayflow-bench-delay-'));
  const file = join(folder, 'delay.json');
  const server = await startServer({ flags: ['--import', './bench/loopDelay.ts'], env: { BENCH_LOOP_DELAY_FILE: file } });
  return {
    ...server,
    async stop() {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
    loop: {
      restart: () => process.kill(server.pid, 'SIGUSR2'),
      async read() {
        // The preload writes its figures every 100 ms.
        await new Promise((resolve) => setTimeout(resolve, 250));
        return JSON.parse(readFileSync(file, 'utf8')) as LoopDelay;
      },
    },
  };
}

/** Kills what is still running and removes every data folder: the benchmark's last step, even after a failure. */
export function cleanUpServers(): void {
  for (const { child, dir } of started) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Answers are read loosely here: a wrong shape fails the run loudly enough. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export async function call(server: Server, method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const response = await fetch(server.url + path, {
    method,
    ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

export async function expectOk(server: Server, method: string, path: string, body?: unknown): Promise<Json> {
  const answer = await call(server, method, path, body);
  if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 2000)}`);
  return answer.body;
}

/** VmRSS and VmHWM (peak) of a process, in MB. */
export function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** The database's files in the server's data folder, in MB (a file not there counts 0). */
export function disk(server: Server): { db: number; wal: number; shm: number; total: number } {
  const size = (suffix: string) => {
    try {
      return statSync(join(server.dir, `stayflow.db${suffix}`)).size / (1024 * 1024);
    } catch {
      return 0;
    }
  };
  const db = size('');
  const wal = size('-wal');
  const shm = size('-shm');
  return { db, wal, shm, total: db + wal + shm };
}
