import { describe, expect, it } from 'vitest';
import { at, compiled, DAY, drive, event, HOUR, MANUAL_TRIGGER, ofType, path, timerOf, worldOf } from '../testing/fixtures.ts';
import { compileSegment } from './compileSegment.ts';
import { react } from './react.ts';

const now = at('2025-03-05T10:00:00Z');
const silent90 = { '>': [{ var: 'customer.metrics.days_since_last_order' }, 90] };

describe('react: triggers and inputs', () => {
  const firstOrder = compiled({
    id: 'first-order',
    nodes: [{ id: 'start', type: 'trigger', on: 'event', event: 'order_placed', where: { '==': [{ var: 'customer.metrics.orders' }, 1] } }, { id: 'tag', type: 'action', action: 'add_tag', tag: 'first-buyer' }],
  });

  it('updates metrics before the trigger sees the event, and starts an event-triggered run when `where` holds', () => {
    const { world } = react(worldOf(), { kind: 'event', event: event('order_placed', now, { amount: 20 }) }, { now, playbooks: [firstOrder] });
    expect(world.customer.metrics.orders).toBe(1);
    expect(world.runs).toMatchObject([{ id: 'first-order:c1:1', status: 'completed', trigger: { event: { type: 'order_placed' } } }]);
    expect(world.customer.tags).toEqual(['first-buyer']);
    const second = react(world, { kind: 'event', event: event('order_placed', now + HOUR, { amount: 20 }) }, { now: now + HOUR, playbooks: [firstOrder] });
    expect(ofType(second.effects, 'start_run')).toEqual([]);
  });

  it('treats events more than 72 hours old as history: metrics only, no start, no wait ended, no conversion', () => {
    const waiting = compiled({
      id: 'waiting',
      settings: { goal: { event: 'order_placed', within: 'P30D' } },
      nodes: [MANUAL_TRIGGER, { id: 'wait_order', type: 'wait_event', event: 'order_placed', timeout: 'P14D' }],
    });
    const env = { playbooks: [firstOrder, waiting] };
    const enrolled = drive(worldOf(), [[{ kind: 'enroll', playbookId: 'waiting' }, now]], env).world;
    const later = now + 100 * HOUR;
    const history = react(enrolled, { kind: 'event', event: event('order_placed', later - 73 * HOUR, { amount: 50 }) }, { ...env, now: later });
    expect(history.effects).toEqual([]);
    expect(history.world.customer.metrics.orders).toBe(1);
    expect(history.world.runs).toEqual(enrolled.runs);
    const recent = react(enrolled, { kind: 'event', event: event('order_placed', later - 71 * HOUR, { amount: 50 }) }, { ...env, now: later });
    expect(path(recent.effects)).toContain('wait_order:event');
    expect(ofType(recent.effects, 'start_run')).toHaveLength(1);
    expect(ofType(recent.effects, 'record_conversion')).toHaveLength(1);
  });

  it('enters a segment trigger only when the customer starts to match', () => {
    const churn = compiled({ id: 'churn', nodes: [{ id: 'start', type: 'trigger', on: 'segment', if: silent90 }, { id: 'done', type: 'exit' }] });
    const env = { playbooks: [churn] };
    const lastOrder = now - 100 * DAY;
    const bought = drive(worldOf(), [[{ kind: 'event', event: event('order_placed', lastOrder) }, now]], env);
    expect(bought.world.runs).toEqual([]);
    const world = { ...bought.world, matching: {} };
    const swept = drive(world, [[{ kind: 'sweep' }, now]], env);
    expect(swept.world.runs).toHaveLength(1);
    expect(swept.world.matching).toEqual({ churn: true });
    const again = drive(swept.world, [[{ kind: 'sweep' }, now + HOUR], [{ kind: 'sweep' }, now + 2 * HOUR]], env);
    expect(ofType(again.effects, 'start_run')).toEqual([]);
    const back = drive(again.world, [[{ kind: 'event', event: event('order_placed', now + 3 * HOUR) }, now + 3 * HOUR]], env);
    expect(back.world.matching).toEqual({ churn: false });
    const silentAgain = drive(back.world, [[{ kind: 'sweep' }, now + 3 * HOUR + 91 * DAY]], env);
    expect(silentAgain.world.runs.map((r) => r.id)).toContain('churn:c1:2');
  });

  it('enrols on a schedule firing only customers in the audience, and by hand on `enroll`', () => {
    const vip = compiled({ id: 'vip-day', nodes: [{ id: 'start', type: 'trigger', on: 'schedule', cron: '0 10 8 * *', audience: { has_tag: 'vip' } }, { id: 'done', type: 'exit' }] });
    const welcome = compiled({ id: 'welcome', nodes: [MANUAL_TRIGGER, { id: 'done', type: 'exit' }] });
    const env = { now, playbooks: [vip, welcome] };
    expect(react(worldOf('c1', {}, ['vip']), { kind: 'schedule', playbookId: 'vip-day' }, env).world.runs).toHaveLength(1);
    expect(react(worldOf('c2'), { kind: 'schedule', playbookId: 'vip-day' }, env).world.runs).toHaveLength(0);
    expect(react(worldOf('c3'), { kind: 'enroll', playbookId: 'welcome' }, env).world.runs).toMatchObject([{ id: 'welcome:c3:1' }]);
    expect(react(worldOf('c3'), { kind: 'enroll', playbookId: 'unknown' }, env).effects).toEqual([]);
  });

  it('resumes runs waiting for the event, and fires a waiting run’s timer', () => {
    const playbook = compiled({
      nodes: [MANUAL_TRIGGER, { id: 'wait_order', type: 'wait_event', event: 'order_placed', timeout: 'P14D' }, { id: 'done', type: 'exit' }],
      edges: [
        { from: 'start', to: 'wait_order' },
        { from: 'wait_order', to: 'done', port: 'event' },
      ],
    });
    const env = { playbooks: [playbook] };
    const enrolled = drive(worldOf(), [[{ kind: 'enroll', playbookId: 'test-playbook' }, now]], env).world;
    const ordered = drive(enrolled, [[{ kind: 'event', event: event('order_placed', now + DAY) }, now + DAY]], env);
    expect(path(ordered.effects)).toEqual(['wait_order:event', 'done']);
    const { input, due } = timerOf(enrolled);
    const timedOut = drive(enrolled, [[input, due]], env);
    expect(path(timedOut.effects)).toEqual(['wait_order:timeout']);
    expect(timedOut.world.runs[0]).toMatchObject({ status: 'completed', exitReason: 'end' });
    expect(react(enrolled, { kind: 'timer', timer: 'nobody:1' }, { ...env, now: due }).world).toBe(enrolled);
  });

  it('returns the very same world when nothing changes, also after checking exit_when of a waiting run', () => {
    const guarded = compiled({ id: 'guarded', settings: { exit_when: { has_tag: 'unsubscribed' } }, nodes: [MANUAL_TRIGGER, { id: 'wait', type: 'wait', for: 'P7D' }] });
    const waiting = react(worldOf(), { kind: 'enroll', playbookId: 'guarded' }, { now, playbooks: [guarded] }).world;
    expect(react(waiting, { kind: 'sweep' }, { now: now + HOUR, playbooks: [guarded] })).toEqual({ world: waiting, effects: [] });
    expect(react(waiting, { kind: 'sweep' }, { now: now + HOUR, playbooks: [guarded] }).world).toBe(waiting);
  });

  it('returns the very same world when a sweep changes nothing', () => {
    const churn = compiled({ id: 'churn', nodes: [{ id: 'start', type: 'trigger', on: 'segment', if: silent90 }] });
    const world = worldOf();
    expect(react(world, { kind: 'sweep' }, { now, playbooks: [churn] })).toEqual({ world: expect.anything(), effects: [] });
    const settled = react(world, { kind: 'sweep' }, { now, playbooks: [churn] }).world;
    expect(react(settled, { kind: 'sweep' }, { now: now + HOUR, playbooks: [churn] }).world).toBe(settled);
  });

  it('merges attributes and replaces tags, and re-checks exit_when at once', () => {
    const playbook = compiled({ settings: { exit_when: { has_tag: 'unsubscribed' } }, nodes: [MANUAL_TRIGGER, { id: 'wait', type: 'wait', for: 'P7D' }] });
    const env = { playbooks: [playbook] };
    const enrolled = drive(worldOf('c1', { name: 'Mei', city: 'Hangzhou' }, ['a']), [[{ kind: 'enroll', playbookId: 'test-playbook' }, now]], env).world;
    const changed = drive(enrolled, [[{ kind: 'customer', attributes: { city: 'Suzhou' }, tags: ['unsubscribed'] }, now + HOUR]], env);
    expect(changed.world.customer).toMatchObject({ attributes: { name: 'Mei', city: 'Suzhou' }, tags: ['unsubscribed'] });
    expect(changed.world.runs[0]).toMatchObject({ status: 'exited', exitReason: 'exit_when' });
    expect(changed.effects.map((e) => e.type)).toEqual(['cancel_timer', 'end_run']);
  });

  it('ends another playbook’s run in the same reaction when an action meets its exit_when', () => {
    const nurture = compiled({ id: 'nurture', settings: { exit_when: { has_tag: 'activated' } }, nodes: [MANUAL_TRIGGER, { id: 'wait', type: 'wait', for: 'P7D' }] });
    const activate = compiled({ id: 'activate', nodes: [{ id: 'start', type: 'trigger', on: 'event', event: 'activated' }, { id: 'tag', type: 'action', action: 'add_tag', tag: 'activated' }] });
    const env = { playbooks: [nurture, activate] };
    const enrolled = drive(worldOf(), [[{ kind: 'enroll', playbookId: 'nurture' }, now]], env).world;
    const { world } = drive(enrolled, [[{ kind: 'event', event: event('activated', now + HOUR) }, now + HOUR]], env);
    expect(world.runs.find((r) => r.playbookId === 'nurture')).toMatchObject({ status: 'exited', exitReason: 'exit_when' });
  });

  it('keeps a run on the version it entered with after a new version is published', () => {
    const v1 = compiled({ nodes: [MANUAL_TRIGGER, { id: 'wait', type: 'wait', for: 'P1D' }, { id: 'old', type: 'action', action: 'add_tag', tag: 'v1' }] }, 1);
    const v2 = compiled({ nodes: [MANUAL_TRIGGER, { id: 'wait', type: 'wait', for: 'P1D' }, { id: 'new', type: 'action', action: 'add_tag', tag: 'v2' }] }, 2);
    const enrolled = drive(worldOf(), [[{ kind: 'enroll', playbookId: 'test-playbook' }, now]], { playbooks: [v1] }).world;
    const { input, due } = timerOf(enrolled);
    const resumed = drive(enrolled, [[input, due]], { playbooks: [v2], playbookById: (id, version) => (id === v1.id && version === 1 ? v1 : undefined) });
    expect(resumed.world.customer.tags).toEqual(['v1']);
    expect(resumed.world.runs[0]).toMatchObject({ version: 1, status: 'completed' });
  });

  it('segments the customer before conditions read in_segment', () => {
    const playbook = compiled({ nodes: [MANUAL_TRIGGER, { id: 'loyal', type: 'condition', if: { in_segment: 'loyal' } }] });
    const loyal = compileSegment('loyal', { '>=': [{ var: 'customer.metrics.orders' }, 1] });
    const bought = drive(worldOf(), [[{ kind: 'event', event: event('order_placed', now) }, now], [{ kind: 'enroll', playbookId: 'test-playbook' }, now]], { playbooks: [playbook], segments: [loyal] });
    expect(path(bought.effects)).toContain('loyal:true');
  });
});
