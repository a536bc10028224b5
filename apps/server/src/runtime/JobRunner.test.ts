import { openSqliteStore, type JobRecord, type Store } from '@stayflow/store';
import { describe, expect, it } from 'vitest';
import { ManualClock } from './Clock.ts';
import { JobRunner, type SliceHandler } from './JobRunner.ts';

const T0 = Date.parse('2026-03-01T00:00:00Z');

/** A job over `size` numbered items, a slice at a time, progress saved as a slice's work would save it. */
function counting(store: Store, size: number, seen: string[]): SliceHandler {
  return async (job, limit) => {
    const from = job.cursor === null ? 0 : Number(job.cursor);
    const to = Math.min(size, from + limit);
    seen.push(`${job.id}:${from}-${to}`);
    await store.jobs.saveProgress({ jobId: job.id, done: to, cursor: String(to) });
    return { finished: to >= size };
  };
}

function setup(sliceSize = 10) {
  const store = openSqliteStore(':memory:');
  const clock = new ManualClock(T0, async () => undefined);
  const errors: string[] = [];
  const runner = new JobRunner({ store, clock, log: { error: (_object, message) => errors.push(message) }, sliceSize });
  return { store, clock, runner, errors };
}

describe('JobRunner', () => {
  it('works in slices and lets other work run between them', async () => {
    const { store, runner } = setup();
    const seen: string[] = [];
    runner.handle({ enrol: counting(store, 35, seen) });
    const job = await runner.enqueue({ id: 'e', kind: 'enrol', playbookId: 'p', at: T0, total: 35 });
    // Something else that wants the event loop, queued as a request would be.
    const between: number[] = [];
    const other = async () => {
      for (let i = 0; i < 3; i++) {
        await new Promise((resolve) => setImmediate(resolve));
        between.push(seen.length);
      }
    };
    const [finished] = await Promise.all([runner.settle(job.id), other()]);
    expect(seen).toEqual(['e:0-10', 'e:10-20', 'e:20-30', 'e:30-35']);
    expect(finished).toMatchObject({ status: 'done', done: 35, cursor: '35', startedAt: T0 });
    // The other work ran while the job was under way, not only before or after it.
    expect(between.some((slices) => slices > 0 && slices < 4)).toBe(true);
  });

  it('sizes slices to about 10 ms each, from the first (10 customers) up to the most allowed', async () => {
    const { store, runner } = setup(100);
    const limits: number[] = [];
    const wrapping = (msPerCustomer: number, size: number): SliceHandler => {
      const slice = counting(store, size, []);
      return async (job, limit) => {
        limits.push(limit);
        if (msPerCustomer > 0) await new Promise((resolve) => setTimeout(resolve, limit * msPerCustomer));
        return slice(job, limit);
      };
    };
    // 1 ms per customer: about 10 per slice, however busy the machine (a slower one gives smaller slices, never under 10).
    runner.handle({ enrol: wrapping(1, 200) });
    await runner.settle((await runner.enqueue({ id: 'slow', kind: 'enrol', playbookId: 'p', at: T0, total: 200 })).id);
    expect(limits[0]).toBe(10);
    expect(Math.max(...limits)).toBeLessThan(20);
    // Nearly free: the slices grow to the most allowed (`sliceSize`), each kind of job learning its own.
    limits.length = 0;
    runner.handle({ sweep: wrapping(0, 2_000) });
    await runner.settle((await runner.enqueue({ id: 'fast', kind: 'sweep', playbookId: null, at: T0, total: 2_000 })).id);
    expect(limits[0]).toBe(10);
    expect(Math.max(...limits)).toBe(100);
  });

  it('runs the jobs of a lane in order, and pruning beside them', async () => {
    const { store, runner } = setup();
    const seen: string[] = [];
    runner.handle({ sweep: counting(store, 20, seen), schedule: counting(store, 20, seen), prune: counting(store, 20, seen) });
    await runner.enqueue({ id: 's1', kind: 'sweep', playbookId: null, at: T0, total: 20 });
    await runner.enqueue({ id: 's2', kind: 'schedule', playbookId: 'p', at: T0, total: 20 });
    await runner.enqueue({ id: 'p1', kind: 'prune', playbookId: null, at: T0, total: null });
    await runner.idle();
    expect(seen).toEqual(['s1:0-10', 'p1:0-10', 's1:10-20', 'p1:10-20', 's2:0-10', 's2:10-20']);
  });

  it('fails a job whose slice throws, with a readable error in the job and the log, and goes on with the next', async () => {
    const { store, runner, errors } = setup();
    const seen: string[] = [];
    runner.handle({
      enrol: async (job) => {
        if (job.cursor !== null) throw new Error('the customer "c-7" has a damaged world');
        await store.jobs.saveProgress({ jobId: job.id, done: 10, cursor: 'c-6' });
        return { finished: false };
      },
      sweep: counting(store, 5, seen),
    });
    await runner.enqueue({ id: 'bad', kind: 'enrol', playbookId: 'p', at: T0, total: 20 });
    await runner.enqueue({ id: 'next', kind: 'sweep', playbookId: null, at: T0, total: 5 });
    await runner.idle();
    expect(await store.jobs.get('bad')).toMatchObject({
      status: 'failed',
      done: 10,
      error: 'the customer "c-7" has a damaged world (after 10 customers; the rest of the job was not done)',
    });
    expect(errors).toEqual([expect.stringContaining('background job bad (enrol of playbook p) failed: the customer "c-7" has a damaged world')]);
    expect(await store.jobs.get('next')).toMatchObject({ status: 'done', done: 5 });
  });

  it('stops after the current slice, and a new runner goes on from the saved cursor', async () => {
    const { store, clock, runner } = setup();
    const seen: string[] = [];
    runner.handle({ enrol: counting(store, 50, seen) });
    const job = await runner.enqueue({ id: 'e', kind: 'enrol', playbookId: 'p', at: T0, total: 50 });
    await new Promise((resolve) => setImmediate(resolve));
    await runner.stop();
    const stopped = (await store.jobs.get(job.id)) as JobRecord;
    expect(stopped.status).toBe('running');
    expect(stopped.done).toBe(seen.length * 10);
    expect(seen.length).toBeLessThan(5);
    // A job can be waited for after a stop: the answer is the job as it stands.
    expect(await runner.settle(job.id)).toMatchObject({ status: 'running' });

    const again: string[] = [];
    const restarted = new JobRunner({ store, clock, log: { error: () => undefined }, sliceSize: 10 });
    restarted.handle({ enrol: counting(store, 50, again) });
    restarted.start();
    expect(await restarted.settle(job.id)).toMatchObject({ status: 'done', done: 50 });
    expect([...seen, ...again]).toEqual(['e:0-10', 'e:10-20', 'e:20-30', 'e:30-40', 'e:40-50']);
  });

  it('answers a request within its wait with the job as it stands, and cancels a playbook\'s jobs', async () => {
    const store = openSqliteStore(':memory:');
    const clock = new ManualClock(T0, async () => undefined);
    const runner = new JobRunner({ store, clock, log: { error: () => undefined }, sliceSize: 1, answerWaitMs: 0 });
    const seen: string[] = [];
    runner.handle({ enrol: counting(store, 1_000, seen) });
    const job = await runner.enqueue({ kind: 'enrol', playbookId: 'p', at: T0, total: 1_000 });
    expect(job.id).toMatch(/^job_/);
    expect((await runner.answer(job.id))?.status).toMatch(/queued|running/);
    await runner.cancel('p');
    expect(await runner.settle(job.id)).toMatchObject({ status: 'cancelled' });
    await runner.idle();
    expect(seen.length).toBeLessThan(1_000);
  });

  it('tries a slice again when the database was busy, from the same cursor', async () => {
    const { store, runner, errors } = setup();
    const seen: string[] = [];
    const slice = counting(store, 20, seen);
    let refusals = 2;
    runner.handle({
      enrol: async (job, limit) => {
        if (job.cursor === '10' && refusals-- > 0) throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
        return slice(job, limit);
      },
    });
    const job = await runner.enqueue({ kind: 'enrol', playbookId: 'p', at: T0, total: 20 });
    expect(await runner.settle(job.id)).toMatchObject({ status: 'done', done: 20 });
    expect(seen).toEqual([`${job.id}:0-10`, `${job.id}:10-20`]);
    expect(errors).toEqual([]);
  });
});
