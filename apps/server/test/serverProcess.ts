import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { T0, type Json } from './harness.ts';

/** apps/server: `node --import tsx src/main.ts` runs from here, as `pnpm start` does. */
export const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The real server as a child process: `node` itself, so a signal reaches the server and not a wrapper. */
export interface ServerProcess {
  child: ChildProcess;
  /** http://127.0.0.1:PORT, from Fastify's "Server listening at" line. */
  url: string;
  stdout(): string;
  stderr(): string;
  exited: Promise<Exit>;
  /** Sends the signal and waits for the process to end. */
  kill(signal: NodeJS.Signals): Promise<Exit>;
}

const running = new Set<ChildProcess>();

/**
 * The environment for a child server: this process's, without any Stayflow setting that
 * could leak in from the shell (INIT_CWD too: main.ts resolves paths from it), plus `env`.
 */
export function serverEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('STAYFLOW_') && !['HOST', 'PORT', 'LOG_LEVEL', 'INIT_CWD'].includes(name)),
  );
  return { ...base, STAYFLOW_DEMO: '0', ...env };
}

function launch(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: SERVER_DIR, env: serverEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  // 'close' rather than 'exit': by then the pipes have delivered what the process wrote last.
  const exited = new Promise<Exit>((resolve) =>
    child.once('close', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }),
  );
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

/** Starts the server and resolves once it logs that it is running; rejects with its output if it exits or takes too long. */
export async function startServerProcess(env: Record<string, string>, timeoutMs = 30_000): Promise<ServerProcess> {
  const started = launch({ LOG_LEVEL: 'info', PORT: '0', ...env });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      started.child.kill('SIGKILL');
      reject(new Error(`the server did not start within ${timeoutMs} ms:\n${started.stdout()}\n${started.stderr()}`));
    }, timeoutMs);
    const check = () => {
      const output = started.stdout();
      const listening = /Server listening at http:\/\/(?:127\.0\.0\.1|\[::1\]|localhost):(\d+)/.exec(output) ?? /Server listening at http:\/\/[^\s"]+:(\d+)/.exec(output);
      if (listening && output.includes('Stayflow is running')) {
        clearTimeout(timer);
        started.child.stdout!.off('data', check);
        resolve(`http://127.0.0.1:${listening[1]}`);
      }
    };
    started.child.stdout!.on('data', check);
    void started.exited.then((exit) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${exit.code ?? exit.signal}) before it started:\n${started.stdout()}\n${started.stderr()}`));
    });
  });
  return {
    ...started,
    url,
    kill(signal) {
      started.child.kill(signal);
      return started.exited;
    },
  };
}

/** Runs the server expecting it to refuse to start; resolves with how it ended and what it said. */
export async function runServerUntilExit(env: Record<string, string>, timeoutMs = 30_000): Promise<Exit & { stdout: string; stderr: string }> {
  const started = launch({ LOG_LEVEL: 'info', PORT: '0', ...env });
  const timer = setTimeout(() => started.child.kill('SIGKILL'), timeoutMs);
  const exit = await started.exited;
  clearTimeout(timer);
  return { ...exit, stdout: started.stdout(), stderr: started.stderr() };
}

/** Kills every server these helpers started that is still running (for afterAll). */
export async function killServerProcesses(): Promise<void> {
  const children = [...running];
  const closed = children.map((child) => new Promise<void>((resolve) => child.once('close', () => resolve())));
  for (const child of children) child.kill('SIGKILL');
  await Promise.all(closed);
}

const folders = new Set<string>();

/** A new empty folder under the system's temp folder (a server's data, a backup's destination), removed by `removeTempFolders`. */
export function tempFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.add(dir);
  return dir;
}

/** Removes every folder `tempFolder` made (for afterAll, after `killServerProcesses`: a server still running may write there). */
export function removeTempFolders(): void {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  folders.clear();
}

/** Settings for a server on the testing clock, so that no timer fires unless a test moves the clock, with its data in `dataDir` and no demo customers. */
export function testingClockEnv(dataDir: string, start = T0): Record<string, string> {
  return { STAYFLOW_CLOCK: 'manual', STAYFLOW_CLOCK_START: start, STAYFLOW_DATA: dataDir, STAYFLOW_DEMO: '0' };
}

/** fetch + JSON against a server process, as a client on another machine would call it: the status and the parsed body (undefined when empty). */
export async function call(server: Pick<ServerProcess, 'url'>, method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const response = await fetch(server.url + path, {
    method,
    ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
