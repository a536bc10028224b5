import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.ts';

const manual = (env: NodeJS.ProcessEnv) => readConfig({ STAYFLOW_CLOCK: 'manual', ...env }, '/srv');

describe('configuration from the environment', () => {
  it('starts the testing clock at a zoned time, or at midnight UTC of a date', () => {
    expect(manual({ STAYFLOW_CLOCK_START: '2026-01-01T09:00:00+08:00' }).clock).toEqual({ mode: 'manual', start: Date.UTC(2026, 0, 1, 1) });
    expect(manual({ STAYFLOW_CLOCK_START: '2026-01-01T09:00:00Z' }).clock).toEqual({ mode: 'manual', start: Date.UTC(2026, 0, 1, 9) });
    expect(manual({ STAYFLOW_CLOCK_START: '2026-01-01' }).clock).toEqual({ mode: 'manual', start: Date.UTC(2026, 0, 1) });
    expect(manual({}).clock).toEqual({ mode: 'manual', start: undefined });
  });

  it('refuses a clock start that is not a zoned ISO 8601 time, naming the variable and an example', () => {
    for (const text of ['2026-01-01T09:00:00', '1', 'January 1, 2026', '2026-02-30']) {
      expect(() => manual({ STAYFLOW_CLOCK_START: text })).toThrow(ConfigError);
      expect(() => manual({ STAYFLOW_CLOCK_START: text })).toThrow(`STAYFLOW_CLOCK_START must be an ISO 8601 time with its zone, such as 2026-01-01T09:00:00Z`);
    }
  });

  it('refuses a session idle timeout that is not whole minutes from 1 to 30 days, before the server starts', () => {
    expect(() => manual({ STAYFLOW_SESSION_IDLE_MINUTES: '60' })).not.toThrow();
    expect(() => manual({ STAYFLOW_SESSION_IDLE_MINUTES: 'forever' })).toThrow('STAYFLOW_SESSION_IDLE_MINUTES must be a whole number of minutes from 1 to 43200 (30 days), not "forever".');
  });

  it('takes the sweep interval in whole minutes from 1 to 60', () => {
    expect(manual({}).sweepEveryMs).toBe(3_600_000);
    expect(manual({ STAYFLOW_SWEEP_MINUTES: '15' }).sweepEveryMs).toBe(900_000);
    for (const text of ['0', '0.5', '61', 'soon']) expect(() => manual({ STAYFLOW_SWEEP_MINUTES: text })).toThrow(`STAYFLOW_SWEEP_MINUTES must be a whole number of minutes from 1 to 60`);
  });

  it('keeps events 90 days, runs and messages a year, deliveries 30 days, the audit log two years unless told otherwise', () => {
    expect(manual({}).retention).toEqual({ eventsDays: 90, runsDays: 365, messagesDays: 365, outboxDays: 30, auditDays: 730 });
    expect(manual({ STAYFLOW_RETAIN_EVENTS_DAYS: '30', STAYFLOW_RETAIN_RUNS_DAYS: 'forever', STAYFLOW_RETAIN_MESSAGES_DAYS: ' 7 ', STAYFLOW_RETAIN_OUTBOX_DAYS: 'FOREVER', STAYFLOW_RETAIN_AUDIT_DAYS: '365' }).retention).toEqual({
      eventsDays: 30,
      runsDays: null,
      messagesDays: 7,
      outboxDays: null,
      auditDays: 365,
    });
  });

  it('refuses a retention period that is not a whole number of days or "forever", naming the variable', () => {
    for (const text of ['0', '1.5', '-3', '36501', 'never', '90d']) {
      expect(() => manual({ STAYFLOW_RETAIN_OUTBOX_DAYS: text })).toThrow(ConfigError);
      expect(() => manual({ STAYFLOW_RETAIN_OUTBOX_DAYS: text })).toThrow(`STAYFLOW_RETAIN_OUTBOX_DAYS must be a whole number of days from 1 to 36500, or "forever" to keep everything, not "${text}".`);
    }
  });

  it('takes the customers per job slice as a whole number from 1 to 5000, else the runner decides', () => {
    expect(manual({}).jobSliceSize).toBeUndefined();
    expect(manual({ STAYFLOW_JOB_SLICE: '50' }).jobSliceSize).toBe(50);
    for (const text of ['0', '2.5', '5001', 'many']) expect(() => manual({ STAYFLOW_JOB_SLICE: text })).toThrow(`STAYFLOW_JOB_SLICE must be a whole number of customers from 1 to 5000`);
  });

  it('selects PostgreSQL with STAYFLOW_DATABASE_URL, and refuses a connection string of another kind', () => {
    expect(manual({}).databaseUrl).toBeUndefined();
    expect(manual({ STAYFLOW_DATABASE_URL: '' }).databaseUrl).toBeUndefined();
    expect(manual({ STAYFLOW_DATABASE_URL: 'postgres://stayflow:pw@db:5432/stayflow' }).databaseUrl).toBe('postgres://stayflow:pw@db:5432/stayflow');
    expect(manual({ STAYFLOW_DATABASE_URL: 'postgresql://db/stayflow' }).databaseUrl).toBe('postgresql://db/stayflow');
    for (const text of ['mysql://db/stayflow', './data/stayflow.db', 'db:5432']) {
      expect(() => manual({ STAYFLOW_DATABASE_URL: text })).toThrow('STAYFLOW_DATABASE_URL must be a PostgreSQL connection string');
    }
  });

  it('takes the PostgreSQL pool size as a whole number from 1 to 100, else the store decides', () => {
    expect(manual({}).dbPool).toBeUndefined();
    expect(manual({ STAYFLOW_DB_POOL: '' }).dbPool).toBeUndefined();
    expect(manual({ STAYFLOW_DB_POOL: '25' }).dbPool).toBe(25);
    for (const text of ['0', '1.5', '101', 'lots']) expect(() => manual({ STAYFLOW_DB_POOL: text })).toThrow(`STAYFLOW_DB_POOL must be a whole number of PostgreSQL connections from 1 to 100 per process (the default is 10; see the server README, "Deployment"), not "${text}".`);
  });

  it('takes the lease and polling intervals in whole milliseconds within their bounds, else the store decides', () => {
    expect(manual({})).toMatchObject({ leaseMs: undefined, pollMs: undefined });
    expect(manual({ STAYFLOW_LEASE_MS: '1500', STAYFLOW_POLL_MS: '200' })).toMatchObject({ leaseMs: 1500, pollMs: 200 });
    for (const text of ['99', '2.5', '3600001', 'soon']) expect(() => manual({ STAYFLOW_LEASE_MS: text })).toThrow(`STAYFLOW_LEASE_MS must be a whole number of milliseconds from 100 to 3600000`);
    for (const text of ['9', '600001', 'often']) expect(() => manual({ STAYFLOW_POLL_MS: text })).toThrow(`STAYFLOW_POLL_MS must be a whole number of milliseconds from 10 to 600000`);
  });
});
