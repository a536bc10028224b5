import { describe, expect, it } from 'vitest';
import { isActionEffect } from '../Effect.ts';
import { inHoldout } from '../run/createRun.ts';
import { at, compiled, DAY, drive, event, HOUR, MANUAL_TRIGGER, ofType, worldOf } from '../testing/fixtures.ts';

const now = at('2025-03-05T10:00:00Z');
const enroll = (playbookId = 'test-playbook') => ({ kind: 'enroll', playbookId }) as const;
const order = (t: number, amount = 100) => ({ kind: 'event', event: event('order_placed', t, { amount }) }) as const;

describe('react: goals, exit_when and the frequency cap', () => {
  const goal = (exit: boolean) =>
    compiled({
      settings: { goal: { event: 'order_placed', within: 'P7D', where: { '>': [{ var: 'event.amount' }, 10] }, exit } },
      nodes: [MANUAL_TRIGGER, { id: 'wait', type: 'wait', for: 'P14D' }, { id: 'remind', type: 'action', action: 'add_tag', tag: 'reminded' }],
    });

  it('records a conversion when the goal event arrives within the window after entry, once', () => {
    const env = { playbooks: [goal(false)] };
    const { world, effects } = drive(worldOf(), [[enroll(), now], [order(now + DAY), now + DAY], [order(now + 2 * DAY), now + 2 * DAY]], env);
    expect(ofType(effects, 'record_conversion')).toEqual([{ type: 'record_conversion', run: 'test-playbook:c1:1', playbook: 'test-playbook', customer: 'c1', at: now + DAY, control: false }]);
    expect(world.runs[0]).toMatchObject({ status: 'active', converted: { at: now + DAY } });
  });

  it('ignores goal events outside the window or failing `where`', () => {
    const env = { playbooks: [goal(false)] };
    expect(ofType(drive(worldOf(), [[enroll(), now], [order(now + DAY, 5), now + DAY]], env).effects, 'record_conversion')).toEqual([]);
    expect(ofType(drive(worldOf(), [[enroll(), now], [order(now + 8 * DAY), now + 8 * DAY]], env).effects, 'record_conversion')).toEqual([]);
  });

  it('converts a finished run whose window is still open', () => {
    const short = compiled({ settings: { goal: { event: 'order_placed', within: 'P30D' } }, nodes: [MANUAL_TRIGGER, { id: 'done', type: 'exit' }] });
    const { world, effects } = drive(worldOf(), [[enroll(), now], [order(now + 10 * DAY), now + 10 * DAY]], { playbooks: [short] });
    expect(world.runs[0]).toMatchObject({ status: 'completed', converted: { at: now + 10 * DAY } });
    expect(ofType(effects, 'record_conversion')).toHaveLength(1);
  });

  it('ends the run at once on a goal with exit, even mid-wait, cancelling its timer', () => {
    const env = { playbooks: [goal(true)] };
    const { world, effects } = drive(worldOf(), [[enroll(), now], [order(now + DAY), now + DAY]], env);
    const waitTimer = ofType(effects, 'schedule_timer')[0]!.timer;
    expect(effects.slice(-3).map((e) => e.type)).toEqual(['record_conversion', 'cancel_timer', 'end_run']);
    expect(ofType(effects, 'cancel_timer')).toMatchObject([{ timer: waitTimer }]);
    expect(world.runs[0]).toMatchObject({ status: 'exited', exitReason: 'goal', node: null });
    expect(world.runs[0]!.waiting).toBeUndefined();
  });

  it('counts conversions of holdout runs too, without any action effect', () => {
    const held = compiled({ id: 'held', settings: { holdout: 50, goal: { event: 'order_placed', within: 'P7D' } }, nodes: [MANUAL_TRIGGER, { id: 'tag', type: 'action', action: 'add_tag', tag: 'x' }] });
    const control = Array.from({ length: 50 }, (_, i) => `c${i}`).find((id) => inHoldout('held', id, 50))!;
    const { effects } = drive(worldOf(control), [[enroll('held'), now], [order(now + DAY), now + DAY]], { playbooks: [held] });
    expect(effects.filter(isActionEffect)).toEqual([]);
    expect(ofType(effects, 'record_conversion')).toMatchObject([{ control: true }]);
    expect(ofType(effects, 'record_step').length).toBeGreaterThan(0);
  });

  it('ends active runs when exit_when holds after an event', () => {
    const playbook = compiled({ settings: { exit_when: { '>=': [{ var: 'customer.metrics.orders' }, 1] } }, nodes: [MANUAL_TRIGGER, { id: 'wait', type: 'wait', for: 'P14D' }] });
    const { world } = drive(worldOf(), [[enroll(), now], [order(now + DAY), now + DAY]], { playbooks: [playbook] });
    expect(world.runs[0]).toMatchObject({ status: 'exited', exitReason: 'exit_when' });
  });

  it('ends active runs when exit_when comes to hold with time, at a sweep', () => {
    const playbook = compiled({ settings: { exit_when: { '>': [{ var: 'customer.metrics.days_since_last_order' }, 30] } }, nodes: [MANUAL_TRIGGER, { id: 'wait', type: 'wait', for: 'P90D' }] });
    const env = { playbooks: [playbook] };
    const started = drive(worldOf(), [[order(now), now], [enroll(), now]], env).world;
    expect(drive(started, [[{ kind: 'sweep' }, now + 29 * DAY]], env).world.runs[0]!.status).toBe('active');
    expect(drive(started, [[{ kind: 'sweep' }, now + 31 * DAY]], env).world.runs[0]).toMatchObject({ status: 'exited', exitReason: 'exit_when' });
  });

  it('does not enrol a customer who already meets exit_when', () => {
    const playbook = compiled({ settings: { exit_when: { has_tag: 'unsubscribed' } }, nodes: [MANUAL_TRIGGER, { id: 'sms', type: 'action', action: 'send_message', channel: 'sms', template: { body: 'Hi' } }] });
    const unsubscribed = { ...worldOf(), customer: { ...worldOf().customer, tags: ['unsubscribed'] } };
    const { world, effects } = drive(unsubscribed, [[enroll(), now]], { playbooks: [playbook] });
    expect(world.runs).toEqual([]);
    expect(ofType(effects, 'send_message')).toEqual([]);
    expect(drive(worldOf(), [[enroll(), now]], { playbooks: [playbook] }).world.runs).toHaveLength(1);
  });

  it('checks exit_when when a wait ends, before the next step runs', () => {
    const playbook = compiled({
      settings: { exit_when: { '>': [{ var: 'customer.metrics.days_since_last_order' }, 30] } },
      nodes: [MANUAL_TRIGGER, { id: 'wait', type: 'wait', for: 'P45D' }, { id: 'remind', type: 'action', action: 'add_tag', tag: 'reminded' }],
    });
    const env = { playbooks: [playbook] };
    const started = drive(worldOf(), [[order(now), now], [enroll(), now]], env);
    const timer = ofType(started.effects, 'schedule_timer')[0]!;
    // No sweep ran in between: the timer itself finds the rule holding.
    const { world, effects } = drive(started.world, [[{ kind: 'timer', timer: timer.timer }, timer.at]], env);
    expect(world.runs[0]).toMatchObject({ status: 'exited', exitReason: 'exit_when' });
    expect(ofType(effects, 'add_tag')).toEqual([]);
  });

  it('applies the frequency cap across two playbooks, deferring the second message', () => {
    const send = (id: string) =>
      compiled({
        id,
        settings: { frequency_cap: { max: 1, per: 'P1D' } },
        nodes: [MANUAL_TRIGGER, { id: 'sms', type: 'action', action: 'send_message', channel: 'sms', template: { body: id } }],
      });
    const env = { playbooks: [send('first'), send('second')] };
    const { world, effects } = drive(worldOf(), [[enroll('first'), now], [enroll('second'), now + HOUR]], env);
    expect(ofType(effects, 'send_message').map((e) => e.playbook)).toEqual(['first']);
    expect(world.sentAt).toEqual([now]);
    expect(world.runs.find((r) => r.playbookId === 'second')!.waiting).toMatchObject({ reason: 'frequency_cap', until: now + DAY });
    const timer = world.runs.find((r) => r.playbookId === 'second')!.waiting!.timer;
    const later = drive(world, [[{ kind: 'timer', timer }, now + DAY]], env);
    expect(ofType(later.effects, 'send_message').map((e) => e.playbook)).toEqual(['second']);
    expect(later.world.sentAt).toEqual([now, now + DAY]);
  });

  it('credits one goal event to the latest run of a playbook only', () => {
    const playbook = compiled({ settings: { reentry: { mode: 'always' }, goal: { event: 'order_placed', within: 'P30D' } }, nodes: [MANUAL_TRIGGER, { id: 'wait', type: 'wait', for: 'P7D' }] });
    const { effects } = drive(worldOf(), [[enroll(), now], [enroll(), now + HOUR], [order(now + 2 * HOUR), now + 2 * HOUR]], { playbooks: [playbook] });
    expect(ofType(effects, 'record_conversion')).toMatchObject([{ run: 'test-playbook:c1:2' }]);
  });
});
