/**
 * The service in this process, for the benches that measure CPU rather than wall time
 * (`ingestCpu.ts`, `timerCpu.ts`): `createService` on a SQLite file in a fresh temporary
 * folder, the testing clock at `T0`, driven through `app.inject` (no sockets, no load
 * generator in the measured process).
 */
import { processCpuMs } from '@stayflow/store/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createService, type Service } from '../src/service.ts';
import { T0 } from './benchServer.ts';

export interface InProcess {
  service: Service;
  /** POSTs a JSON body (an object, or its text already made) and returns the answer; throws on anything but 2xx. */
  post(url: string, body: unknown): Promise<Record<string, unknown>>;
  /** Stops the service and removes its folder. */
  stop(): Promise<void>;
}

/** With `dataFile`, on that database (kept when stopped) instead of a new one. */
export async function startInProcess(name: string, dataFile?: string): Promise<InProcess> {
  const dir = mkdtempSync(join(tmpdir(), `stayflow-${name}-`));
  const service = await createService({
    dataFile: dataFile ?? join(dir, 'stayflow.db'),
    clock: { mode: 'manual', start: Date.parse(T0) },
    requireApiKeys: false,
    env: {},
    demoCustomers: 0,
    sweepEveryMs: 3_600_000,
    logger: false,
  });
  return {
    service,
    async post(url, body) {
      const payload = typeof body === 'string' ? body : JSON.stringify(body);
      const answer = await service.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload });
      if (answer.statusCode >= 300) throw new Error(`POST ${url} answered ${answer.statusCode}: ${answer.body.slice(0, 2000)}`);
      return answer.json();
    },
    async stop() {
      await service.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** This process's main thread's CPU time (user + system) in ms (10 ms ticks; 0 where /proc is not there). */
export const mainThreadCpuMs = (): number => processCpuMs(process.pid, process.pid);
