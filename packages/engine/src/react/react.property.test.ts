import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Playbook } from '@stayflow/playbook';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePlaybook } from '../compile/compilePlaybook.ts';
import { type Effect, isActionEffect } from '../Effect.ts';
import { at, DAY, HOUR, playbookOf } from '../testing/fixtures.ts';
import { compileSegment } from './compileSegment.ts';
import { type CustomerWorld, newWorld, type WorldInput } from './CustomerWorld.ts';
import { react } from './react.ts';

const examples = fileURLToPath(new URL('../../../../examples/playbooks/', import.meta.url));
const documents: Playbook[] = readdirSync(examples)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(`${examples}${file}`, 'utf8')) as Playbook);

// Half of its entrants held out, a loop through a wait, and every kind of action: the cases the properties are about.
const heldOut = playbookOf({
  id: 'held-out-loop',
  settings: { holdout: 50, reentry: { mode: 'always' }, quiet_hours: { start: '22:00', end: '08:00' }, frequency_cap: { max: 2, per: 'P1D' } },
  nodes: [
    { id: 'start', type: 'trigger', on: 'event', event: 'page_viewed' },
    { id: 'coupon', type: 'action', action: 'issue_coupon', percent: 10 },
    { id: 'mail', type: 'action', action: 'send_message', channel: 'email', template: { body: '{{coupon.code}}' } },
    { id: 'tag', type: 'action', action: 'add_tag', tag: 'looped' },
    { id: 'again', type: 'wait', for: 'PT20H' },
  ],
  edges: [
    { from: 'start', to: 'coupon' },
    { from: 'coupon', to: 'mail' },
    { from: 'mail', to: 'tag' },
    { from: 'tag', to: 'again' },
    { from: 'again', to: 'mail' },
  ],
});

const playbooks = [...documents, heldOut].map((document) => compilePlaybook(document, 1));
const segments = [
  compileSegment('loyal', { '>=': [{ var: 'customer.metrics.orders' }, 3] }),
  compileSegment('at_risk', { and: [{ '>=': [{ var: 'customer.metrics.orders' }, 1] }, { '>': [{ var: 'customer.metrics.days_since_last_order' }, 60] }] }),
  compileSegment('churned', { '>': [{ var: 'customer.metrics.days_since_last_order' }, 180] }),
];
const START = at('2025-01-06T00:00:00Z');

type Move =
  | { kind: 'event'; type: string; properties: Record<string, unknown>; after: number; age: number }
  | { kind: 'customer'; attributes: Record<string, unknown>; tags?: string[]; after: number }
  | { kind: 'timer'; duplicate: boolean }
  | { kind: 'sweep' | 'schedule' | 'enroll' | 'date'; playbook: number; after: number };

const moves: fc.Arbitrary<Move[]> = fc.array(
  fc.oneof(
    fc.record({
      kind: fc.constant('event' as const),
      type: fc.constantFrom('order_placed', 'nps_submitted', 'feedback_submitted', 'signed_up', 'activated', 'page_viewed', 'subscription_renewed'),
      properties: fc.record({ amount: fc.integer({ min: 0, max: 3000 }), score: fc.integer({ min: 0, max: 10 }), sentiment: fc.constantFrom('negative', 'neutral', 'positive') }),
      after: fc.integer({ min: 0, max: 3 * DAY }),
      age: fc.constantFrom(0, 0, 0, 100 * HOUR),
    }),
    fc.record({
      kind: fc.constant('customer' as const),
      attributes: fc.record({ birthday: fc.constantFrom('1990-02-28', '1992-02-29', '1985-01-07'), renewal_date: fc.constantFrom('2025-01-20', '2025-03-01'), timezone: fc.constantFrom('Asia/Shanghai', 'Europe/Berlin', 'America/New_York') }, { requiredKeys: [] }),
      tags: fc.option(fc.subarray(['vip', 'unsubscribed', 'activated', 'renewed']), { nil: undefined }),
      after: fc.integer({ min: 0, max: DAY }),
    }),
    fc.record({ kind: fc.constant('timer' as const), duplicate: fc.boolean() }),
    fc.record({ kind: fc.constantFrom('sweep' as const, 'schedule' as const, 'enroll' as const, 'date' as const), playbook: fc.nat({ max: playbooks.length - 1 }), after: fc.integer({ min: 0, max: 2 * DAY }) }),
  ),
  { maxLength: 40 },
);

/** Plays the moves against one customer; timers fire at their due time, like the runtime's. */
function play(list: Move[], customerId = 'c1'): { world: CustomerWorld; effects: Effect[] } {
  let world = newWorld({ id: customerId, attributes: { name: 'Mei' } });
  let now = START;
  const effects: Effect[] = [];
  const apply = (input: WorldInput) => {
    const result = react(world, input, { now, playbooks, segments });
    world = result.world;
    effects.push(...result.effects);
  };
  for (const move of list) {
    if (move.kind === 'timer') {
      const due = world.runs.filter((r) => r.waiting !== undefined).sort((a, b) => a.waiting!.until - b.waiting!.until)[0]?.waiting;
      if (due === undefined) continue;
      now = Math.max(now, due.until);
      apply({ kind: 'timer', timer: due.timer });
      if (move.duplicate) apply({ kind: 'timer', timer: due.timer });
      continue;
    }
    now += move.after;
    if (move.kind === 'event') apply({ kind: 'event', event: { type: move.type, at: now - move.age, properties: move.properties } });
    else if (move.kind === 'customer') apply({ kind: 'customer', attributes: move.attributes, ...(move.tags ? { tags: move.tags } : {}) });
    else if (move.kind === 'sweep') apply({ kind: 'sweep' });
    else apply({ kind: move.kind, playbookId: playbooks[move.playbook]!.id });
  }
  return { world, effects };
}

describe('react: properties', () => {
  it('gives the same world and effects for the same inputs', () => {
    fc.assert(
      fc.property(moves, (list) => {
        expect(JSON.stringify(play(list))).toBe(JSON.stringify(play(list)));
      }),
      { numRuns: 150 },
    );
  });

  it('never produces an action effect twice for one (run, node, visit) key, even when a timer fires twice', () => {
    fc.assert(
      fc.property(moves, (list) => {
        const keys = play(list).effects.filter(isActionEffect).map((e) => e.key);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 150 },
    );
  });

  it('records a run’s steps at times that never go backwards', () => {
    fc.assert(
      fc.property(moves, (list) => {
        const last = new Map<string, number>();
        for (const effect of play(list).effects) {
          if (effect.type !== 'record_step') continue;
          expect(effect.at).toBeGreaterThanOrEqual(last.get(effect.run) ?? -Infinity);
          last.set(effect.run, effect.at);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never lets a holdout (control) run produce an action effect', () => {
    let controlRuns = 0;
    fc.assert(
      fc.property(moves, fc.nat({ max: 10_000 }), (list, customer) => {
        const visit: Move = { kind: 'event', type: 'page_viewed', properties: {}, after: 0, age: 0 };
        const { effects } = play([visit, ...list], `customer-${customer}`);
        const control = new Set(effects.filter((e) => e.type === 'start_run' && e.control).map((e) => (e as { run: string }).run));
        controlRuns += control.size;
        for (const effect of effects) if (isActionEffect(effect)) expect(control.has(effect.run)).toBe(false);
      }),
      { numRuns: 150 },
    );
    expect(controlRuns).toBeGreaterThan(20);
  });

  it('keeps the world plain JSON', () => {
    fc.assert(
      fc.property(moves, (list) => {
        const { world } = play(list);
        expect(JSON.parse(JSON.stringify(world))).toEqual(world);
      }),
      { numRuns: 50 },
    );
  });
});
