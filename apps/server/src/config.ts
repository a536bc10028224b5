import { parseZonedInstant } from '@stayflow/logic';
import { isPostgresUrl } from '@stayflow/store';
import { resolve } from 'node:path';
import { readRetentionPolicy, type RetentionPolicy } from './runtime/retentionPolicy.ts';
import { readSessionIdle } from './services/sessionPolicy.ts';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** STAYFLOW_DATABASE_URL: a PostgreSQL database instead of the SQLite file under `dataDir` (apps/server README, "Running on PostgreSQL"). */
  databaseUrl: string | undefined;
  /** STAYFLOW_DB_POOL: PostgreSQL connections per process (the store's default, 10, when unset); unused on SQLite. */
  dbPool: number | undefined;
  /** STAYFLOW_LEASE_MS: how long a process's claim on shared work lasts (the store's default, 30 s, when unset); PostgreSQL only. */
  leaseMs: number | undefined;
  /** STAYFLOW_POLL_MS: how often each process looks for work besides LISTEN/NOTIFY wake-ups (the store's default, 5 s, when unset); PostgreSQL only. */
  pollMs: number | undefined;
  /** API keys are required on any bind address but loopback (api-v1 "Starting it"). */
  requireApiKeys: boolean;
  clock: { mode: 'real' } | { mode: 'manual'; start: number | undefined };
  demo: boolean;
  demoCustomers: number;
  sweepEveryMs: number;
  /** STAYFLOW_RETAIN_*_DAYS: how long events, runs, messages and deliveries are kept. */
  retention: RetentionPolicy;
  /** STAYFLOW_JOB_SLICE: the most customers per slice of a background job. */
  jobSliceSize: number | undefined;
  logLevel: string;
}

export class ConfigError extends Error {}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** Reads the environment; every mistake is a sentence naming the variable. */
export function readConfig(env: NodeJS.ProcessEnv, cwd: string): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number (0–65535), not "${env.PORT}".`);
  const host = env.HOST || '127.0.0.1';
  const manual = env.STAYFLOW_CLOCK === 'manual';
  if (env.STAYFLOW_CLOCK !== undefined && env.STAYFLOW_CLOCK !== '' && env.STAYFLOW_CLOCK !== 'manual' && env.STAYFLOW_CLOCK !== 'real') {
    throw new ConfigError(`STAYFLOW_CLOCK must be "manual" (the testing clock) or "real", not "${env.STAYFLOW_CLOCK}".`);
  }
  let start: number | undefined;
  if (env.STAYFLOW_CLOCK_START) {
    // Zoned only: a time without one would mean a different instant on each machine.
    start = parseZonedInstant(env.STAYFLOW_CLOCK_START) ?? undefined;
    if (start === undefined) {
      throw new ConfigError(
        `STAYFLOW_CLOCK_START must be an ISO 8601 time with its zone, such as 2026-01-01T09:00:00Z or 2026-01-01T09:00:00+08:00 (or a date, 2026-01-01, for midnight UTC), not "${env.STAYFLOW_CLOCK_START}".`,
      );
    }
  }
  const sweepMinutes = env.STAYFLOW_SWEEP_MINUTES ? Number(env.STAYFLOW_SWEEP_MINUTES) : 60;
  if (!Number.isInteger(sweepMinutes) || sweepMinutes < 1 || sweepMinutes > 60) {
    throw new ConfigError(`STAYFLOW_SWEEP_MINUTES must be a whole number of minutes from 1 to 60 (segments are re-checked at least hourly), not "${env.STAYFLOW_SWEEP_MINUTES}".`);
  }
  const retention = readRetentionPolicy(env);
  if (!retention.ok) throw new ConfigError(retention.message);
  const sessionIdle = readSessionIdle(env);
  if (!sessionIdle.ok) throw new ConfigError(sessionIdle.message);
  return {
    port,
    host,
    dataDir: resolve(cwd, env.STAYFLOW_DATA || './data'),
    databaseUrl: databaseUrl(env.STAYFLOW_DATABASE_URL),
    dbPool: dbPool(env.STAYFLOW_DB_POOL),
    leaseMs: milliseconds('STAYFLOW_LEASE_MS', env.STAYFLOW_LEASE_MS, 100, 3_600_000, 'how long a process holds due work it claimed; a killed process\'s work is taken over this much later'),
    pollMs: milliseconds('STAYFLOW_POLL_MS', env.STAYFLOW_POLL_MS, 10, 600_000, 'how often each process looks for due work besides the wake-ups'),
    requireApiKeys: !LOOPBACK.has(host),
    clock: manual ? { mode: 'manual', start } : { mode: 'real' },
    // The testing clock starts empty unless asked: demo customers would make every test slower.
    demo: env.STAYFLOW_DEMO === undefined || env.STAYFLOW_DEMO === '' ? !manual : env.STAYFLOW_DEMO !== '0' && env.STAYFLOW_DEMO !== 'false',
    demoCustomers: demoCustomers(env.STAYFLOW_DEMO_CUSTOMERS),
    sweepEveryMs: sweepMinutes * 60_000,
    retention: retention.policy,
    jobSliceSize: jobSliceSize(env.STAYFLOW_JOB_SLICE),
    logLevel: env.LOG_LEVEL || 'info',
  };
}

function jobSliceSize(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const size = Number(text);
  if (!Number.isInteger(size) || size < 1 || size > 5000) {
    throw new ConfigError(`STAYFLOW_JOB_SLICE must be a whole number of customers from 1 to 5000 (each slice of a background job is one transaction over at most that many), not "${text}".`);
  }
  return size;
}

function demoCustomers(text: string | undefined): number {
  if (text === undefined || text === '') return 2000;
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1 || count > 100_000) throw new ConfigError(`STAYFLOW_DEMO_CUSTOMERS must be a whole number from 1 to 100000, not "${text}".`);
  return count;
}

function dbPool(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const size = Number(text);
  if (!Number.isInteger(size) || size < 1 || size > 100) {
    throw new ConfigError(`STAYFLOW_DB_POOL must be a whole number of PostgreSQL connections from 1 to 100 per process (the default is 10; see the server README, "Deployment"), not "${text}".`);
  }
  return size;
}

function milliseconds(name: string, text: string | undefined, min: number, max: number, what: string): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms < min || ms > max) {
    throw new ConfigError(`${name} must be a whole number of milliseconds from ${min} to ${max} (${what}; see the server README, "Deployment"), not "${text}".`);
  }
  return ms;
}

function databaseUrl(text: string | undefined): string | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  if (!isPostgresUrl(text.trim())) {
    throw new ConfigError(
      `STAYFLOW_DATABASE_URL must be a PostgreSQL connection string such as postgres://stayflow:PASSWORD@db.example.com:5432/stayflow (leave it unset for the embedded SQLite database under STAYFLOW_DATA), not one starting "${text.trim().slice(0, 12)}".`,
    );
  }
  return text.trim();
}
