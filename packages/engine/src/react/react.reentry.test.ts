import type { Reentry } from '@stayflow/playbook';
import { describe, expect, it } from 'vitest';
import { at, compiled, DAY, drive, HOUR, MANUAL_TRIGGER, ofType, timerOf, worldOf } from '../testing/fixtures.ts';
import type { CustomerWorld } from './CustomerWorld.ts';

const now = at('2025-03-05T10:00:00Z');
const enroll = { kind: 'enroll', playbookId: 'test-playbook' } as const;

/** A playbook whose runs wait a day, so a run is active for 24 hours after each start. */
const waitingDay = (reentry?: Reentry) => compiled({ ...(reentry ? { settings: { reentry } } : {}), nodes: [MANUAL_TRIGGER, { id: 'wait', type: 'wait', for: 'P1D' }] });

function finishRun(world: CustomerWorld, env: { playbooks: ReturnType<typeof waitingDay>[] }): CustomerWorld {
  const { input, due } = timerOf(world);
  return drive(world, [[input, due]], env).world;
}

describe('react: reentry', () => {
  it('keeps at most one active run per playbook', () => {
    const env = { playbooks: [waitingDay({ mode: 'after_exit' })] };
    const { world, effects } = drive(worldOf(), [[enroll, now], [enroll, now + HOUR]], env);
    expect(ofType(effects, 'start_run')).toHaveLength(1);
    expect(world.runs.filter((r) => r.status === 'active')).toHaveLength(1);
  });

  it('never lets a customer in twice with `never`, even after the first run ended', () => {
    const env = { playbooks: [waitingDay({ mode: 'never' })] };
    const first = drive(worldOf(), [[enroll, now]], env).world;
    const ended = finishRun(first, env);
    const again = drive(ended, [[enroll, now + 3 * DAY]], env);
    expect(ofType(again.effects, 'start_run')).toEqual([]);
    expect(again.world.starts).toEqual({ 'test-playbook': 1 });
  });

  it('lets a customer back in after the previous run ended with `after_exit` (the default)', () => {
    const env = { playbooks: [waitingDay()] };
    const ended = finishRun(drive(worldOf(), [[enroll, now]], env).world, env);
    const again = drive(ended, [[enroll, now + 2 * DAY]], env);
    expect(ofType(again.effects, 'start_run')).toMatchObject([{ run: 'test-playbook:c1:2' }]);
  });

  it('waits for the cooldown after the previous run ended before letting the customer back in', () => {
    const env = { playbooks: [waitingDay({ mode: 'after_exit', cooldown: 'P7D' })] };
    const ended = finishRun(drive(worldOf(), [[enroll, now]], env).world, env);
    const endedAt = now + DAY;
    expect(ofType(drive(ended, [[enroll, endedAt + 6 * DAY]], env).effects, 'start_run')).toEqual([]);
    expect(ofType(drive(ended, [[enroll, endedAt + 7 * DAY]], env).effects, 'start_run')).toHaveLength(1);
  });

  it('ends the active run as reentered and starts anew with `always`', () => {
    const env = { playbooks: [waitingDay({ mode: 'always' })] };
    const first = drive(worldOf(), [[enroll, now]], env).world;
    const firstTimer = first.runs[0]!.waiting!.timer;
    const { world, effects } = drive(first, [[enroll, now + HOUR]], env);
    expect(effects.slice(0, 2)).toMatchObject([
      { type: 'cancel_timer', timer: firstTimer },
      { type: 'end_run', run: 'test-playbook:c1:1', status: 'exited', reason: 'reentered' },
    ]);
    expect(world.runs.map((r) => [r.id, r.status])).toEqual([
      ['test-playbook:c1:1', 'exited'],
      ['test-playbook:c1:2', 'active'],
    ]);
  });

  it('counts an `always` cooldown from the previous start', () => {
    const env = { playbooks: [waitingDay({ mode: 'always', cooldown: 'PT12H' })] };
    const first = drive(worldOf(), [[enroll, now]], env).world;
    expect(ofType(drive(first, [[enroll, now + 11 * HOUR]], env).effects, 'start_run')).toEqual([]);
    expect(ofType(drive(first, [[enroll, now + 12 * HOUR]], env).effects, 'start_run')).toHaveLength(1);
  });

  it('numbers runs per customer and playbook, and forgets finished runs it no longer needs', () => {
    const env = { playbooks: [waitingDay()] };
    let world = worldOf();
    for (let i = 0; i < 4; i++) world = finishRun(drive(world, [[enroll, now + i * 2 * DAY]], env).world, env);
    expect(world.starts).toEqual({ 'test-playbook': 4 });
    expect(world.runs.map((r) => r.id)).toEqual(['test-playbook:c1:4']);
  });
});
