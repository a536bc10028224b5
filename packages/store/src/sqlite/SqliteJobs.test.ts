import { react } from '@stayflow/engine';
import { describe, expect, it } from 'vitest';
import type { NewJob, Store } from '../Store.ts';
import { BACKENDS, } from '../contract/backends.ts';

const T0 = Date.parse('2026-03-01T10:00:00Z');
const job = (id: string, extra: Partial<NewJob> = {}): NewJob => ({ id, kind: 'enrol', playbookId: 'p1', at: T0, total: 3, createdAt: T0, ...extra });
const advanceOptions = { now: T0, wallNow: T0, deliversExternally: () => false };
const upsert = (store: Store, ids: string[], progress?: { jobId: string; done: number; cursor: string }) =>
  store.advance(
    ids.map((id) => ({ customerId: id, input: { kind: 'customer' as const, attributes: { plan: 'pro' } } })),
    (world, input) => react(world, input, { now: T0, playbooks: [] }),
    { ...advanceOptions, ...(progress ? { progress } : {}) },
  );

describe.each(BACKENDS)('the job queue ($name)', (backend) => {
  it('queues a job once per id, so a timer fired again after a crash adds nothing', async () => {
    const store = await backend.open();
    const first = await store.jobs.create(job('sweep@1'));
    const again = await store.jobs.create(job('sweep@1', { total: 99 }));
    expect(first).toMatchObject({ created: true, job: { id: 'sweep@1', status: 'queued', done: 0, total: 3, cursor: null, startedAt: null } });
    expect(again).toMatchObject({ created: false, job: { total: 3 } });
  });

  it('hands out jobs oldest first, an interrupted one before any queued one, and only of the kinds asked for', async () => {
    const store = await backend.open();
    await store.jobs.create(job('a'));
    await store.jobs.create(job('b', { kind: 'prune', playbookId: null }));
    await store.jobs.create(job('c'));
    expect(await store.jobs.claim(['enrol'], T0 + 1)).toMatchObject({ id: 'a', status: 'running', startedAt: T0 + 1 });
    // Still running: it comes back until it is finished.
    expect(await store.jobs.claim(['enrol'], T0 + 2)).toMatchObject({ id: 'a', startedAt: T0 + 1 });
    expect(await store.jobs.claim(['prune'], T0 + 2)).toMatchObject({ id: 'b' });
    expect(await store.jobs.finish('a', { status: 'done' }, T0 + 3)).toBe(true);
    expect(await store.jobs.finish('a', { status: 'failed', error: 'late' }, T0 + 4)).toBe(false);
    expect(await store.jobs.claim(['enrol'], T0 + 5)).toMatchObject({ id: 'c' });
    expect(await store.jobs.get('a')).toMatchObject({ status: 'done', finishedAt: T0 + 3, error: null });
  });

  it('saves progress in the transaction of the slice, and not at all when the slice fails', async () => {
    const store = await backend.open();
    await store.jobs.create(job('j'));
    await store.jobs.claim(['enrol'], T0);
    await upsert(store, ['c1', 'c2'], { jobId: 'j', done: 2, cursor: 'c2' });
    expect(await store.jobs.get('j')).toMatchObject({ done: 2, cursor: 'c2' });
    const failing = store.advance([{ customerId: 'c3', input: { kind: 'sweep' } }], () => {
      throw new Error('reactor broke');
    }, { ...advanceOptions, progress: { jobId: 'j', done: 3, cursor: 'c3' } });
    await expect(failing).rejects.toThrow('reactor broke');
    expect(await store.jobs.get('j')).toMatchObject({ done: 2, cursor: 'c2' });
    expect(await store.customers.get('c3')).toBeUndefined();

    await store.timers.putMany([{ id: 't1', dueAt: T0, kind: 'date', customerId: 'c1', playbookId: 'p1' }], { jobId: 'j', done: 3, cursor: 'c3' });
    expect(await store.jobs.get('j')).toMatchObject({ done: 3, cursor: 'c3' });
    await store.retention.prune('events', T0, 10, (batch) => ({ jobId: 'j', done: 3 + batch.removed, cursor: 'events' }));
    expect(await store.jobs.get('j')).toMatchObject({ done: 3, cursor: 'events' });
  });

  it('keeps the final state of a cancelled job when a slice that was under way commits', async () => {
    const store = await backend.open();
    await store.jobs.create(job('j'));
    await store.jobs.create(job('k', { kind: 'schedule' }));
    await store.jobs.create(job('other', { playbookId: 'p2' }));
    await store.jobs.claim(['enrol'], T0);
    expect(await store.jobs.cancel({ playbookId: 'p1', kinds: ['enrol', 'arm_dates'] }, T0 + 1)).toBe(1);
    await upsert(store, ['c1'], { jobId: 'j', done: 1, cursor: 'c1' });
    expect(await store.jobs.get('j')).toMatchObject({ status: 'cancelled', done: 0, cursor: null, finishedAt: T0 + 1 });
    expect(await store.jobs.get('k')).toMatchObject({ status: 'queued' });
    expect(await store.jobs.cancel({ playbookId: 'p1' }, T0 + 2)).toBe(1);
  });

  it('lists newest first, by playbook and by active or finished, and forgets old finished jobs', async () => {
    const store = await backend.open();
    for (const id of ['a', 'b', 'c']) await store.jobs.create(job(id));
    await store.jobs.create(job('d', { kind: 'sweep', playbookId: null }));
    await store.jobs.claim(['enrol'], T0);
    await store.jobs.finish('a', { status: 'failed', error: 'broke' }, T0 + 10);
    const ids = async (filter: Parameters<Store['jobs']['list']>[0]) => (await store.jobs.list(filter)).map((j) => j.id);
    expect(await ids({ limit: 10 })).toEqual(['d', 'c', 'b', 'a']);
    expect(await ids({ limit: 2 })).toEqual(['d', 'c']);
    expect(await ids({ playbookId: 'p1', status: 'active', limit: 10 })).toEqual(['c', 'b']);
    expect(await ids({ status: 'finished', limit: 10 })).toEqual(['a']);
    expect(await store.jobs.removeFinished(T0 + 10, 100)).toBe(0);
    expect(await store.jobs.removeFinished(T0 + 11, 100)).toBe(1);
    expect(await ids({ limit: 10 })).toEqual(['d', 'c', 'b']);
  });
});
