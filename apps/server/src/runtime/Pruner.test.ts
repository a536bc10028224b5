import { openSqliteStore, type JobProgress, type PrunableKind, type PruneBatch, type Store } from '@stayflow/store';
import { describe, expect, it } from 'vitest';
import { ManualClock } from './Clock.ts';
import { JobRunner } from './JobRunner.ts';
import { Pruner, type PrunerOptions } from './Pruner.ts';
import { DEFAULT_RETENTION } from './retentionPolicy.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-01T00:00:00Z');
const silent = { info: () => undefined, error: () => undefined };

/** A store (with a real job queue) whose pruning hands out `backlog` rows per kind, at most `limit` a call, and records every call. */
function fakeStore(backlog: Partial<Record<PrunableKind, number>>) {
  const calls: { kind: PrunableKind; olderThan: number; limit: number }[] = [];
  const left = { events: 0, runs: 0, messages: 0, outbox: 0, ...backlog };
  const real = openSqliteStore(':memory:');
  const retention = {
    async prune(kind: PrunableKind, olderThan: number, limit: number, progress?: (batch: PruneBatch) => JobProgress): Promise<PruneBatch> {
      calls.push({ kind, olderThan, limit });
      const removed = Math.min(limit, left[kind]);
      left[kind] -= removed;
      const batch = { removed, related: kind === 'runs' ? removed * 2 : 0, more: left[kind] > 0 };
      if (progress) await real.jobs.saveProgress(progress(batch));
      return batch;
    },
  };
  return { store: { ...real, retention } as Store, calls, left };
}

/** A pruner whose passes run as jobs of its own runner, as in the service. */
function prunerWith(options: Omit<PrunerOptions, 'jobs'>) {
  const jobs = new JobRunner({ store: options.store, clock: options.clock, log: silent });
  const pruner = new Pruner({ ...options, jobs });
  jobs.handle(pruner.jobSlices());
  return { pruner, jobs };
}

describe('Pruner', () => {
  it('prunes each kind in bounded batches, by the runtime clock (the outbox by the wall clock)', async () => {
    const { store, calls, left } = fakeStore({ events: 1200, runs: 10 });
    const clock = new ManualClock(T0, async () => undefined);
    const { pruner } = prunerWith({ store, clock, wallNow: () => T0 + 5 * DAY, policy: DEFAULT_RETENTION, log: silent });
    const report = await pruner.runIfDue();
    expect(report).toEqual({ events: { removed: 1200, related: 0 }, runs: { removed: 10, related: 20 }, messages: { removed: 0, related: 0 }, outbox: { removed: 0, related: 0 }, audit: { removed: 0, related: 0 } });
    expect(left).toMatchObject({ events: 0, runs: 0 });
    expect(calls.every((call) => call.limit === 500)).toBe(true);
    expect(calls.filter((call) => call.kind === 'events')).toHaveLength(3);
    expect(calls.find((call) => call.kind === 'events')?.olderThan).toBe(T0 - 90 * DAY);
    expect(calls.find((call) => call.kind === 'runs')?.olderThan).toBe(T0 - 365 * DAY);
    expect(calls.find((call) => call.kind === 'outbox')?.olderThan).toBe(T0 + 5 * DAY - 30 * DAY);
  });

  it('runs at most once an hour of the testing clock, and never for a kind kept forever', async () => {
    const { store, calls } = fakeStore({});
    const clock = new ManualClock(T0, async () => undefined);
    const { pruner } = prunerWith({ store, clock, wallNow: () => T0, policy: { ...DEFAULT_RETENTION, messagesDays: null }, log: silent });
    expect(await pruner.runIfDue()).toBeDefined();
    expect(calls.map((call) => call.kind)).toEqual(['events', 'runs', 'outbox']);
    await clock.set(T0 + 30 * 60_000);
    expect(await pruner.runIfDue()).toBeUndefined();
    await clock.set(T0 + 60 * 60_000);
    expect(await pruner.runIfDue()).toBeDefined();
    expect(calls).toHaveLength(6);
  });

  it('stops between batches when the service stops', async () => {
    const { store, left } = fakeStore({ events: 100_000 });
    const clock = new ManualClock(T0, async () => undefined);
    const { pruner, jobs } = prunerWith({ store, clock, wallNow: () => T0, policy: DEFAULT_RETENTION, log: silent, batch: 10 });
    const pass = pruner.run();
    await new Promise((resolve) => setImmediate(resolve));
    await Promise.all([jobs.stop(), pruner.stop()]);
    const report = await pass;
    expect(report.events.removed).toBeGreaterThan(0);
    expect(report.events.removed).toBeLessThan(100_000);
    expect(left.events).toBe(100_000 - report.events.removed);
    expect(await pruner.runIfDue()).toBeUndefined();
  });

  it('removes audit log rows older than STAYFLOW_RETAIN_AUDIT_DAYS by the runtime clock, and keeps the rest', async () => {
    const store = openSqliteStore(':memory:');
    const clock = new ManualClock(T0, async () => undefined);
    const actor = { kind: 'person' as const, id: 'p1', name: 'ana@example.com' };
    for (const age of [800, 731, 729, 1]) await store.audit.append({ at: T0 - age * DAY, actor, action: 'playbook.update', objectType: 'playbook', objectId: 'winback', version: null, detail: null });
    const { pruner, jobs } = prunerWith({ store, clock, wallNow: () => T0, policy: DEFAULT_RETENTION, log: silent, batch: 1 });
    const report = await pruner.runIfDue();
    expect(report?.audit).toEqual({ removed: 2, related: 0 });
    expect((await store.audit.list({ limit: 10 })).map((row) => (T0 - row.at) / DAY)).toEqual([1, 729]);
    await Promise.all([jobs.stop(), pruner.stop()]);
    await store.close();
  });

  it('keeps the audit log forever when its period is "forever"', async () => {
    const store = openSqliteStore(':memory:');
    const clock = new ManualClock(T0, async () => undefined);
    await store.audit.append({ at: T0 - 5000 * DAY, actor: { kind: 'local', id: null, name: 'local' }, action: 'clock.advance', objectType: 'clock', objectId: null, version: null, detail: null });
    const { pruner, jobs } = prunerWith({ store, clock, wallNow: () => T0, policy: { ...DEFAULT_RETENTION, auditDays: null }, log: silent });
    expect((await pruner.runIfDue())?.audit).toEqual({ removed: 0, related: 0 });
    expect(await store.audit.list({ limit: 10 })).toHaveLength(1);
    await Promise.all([jobs.stop(), pruner.stop()]);
    await store.close();
  });
});
