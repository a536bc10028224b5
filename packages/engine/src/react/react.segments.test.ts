import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Playbook } from '@stayflow/playbook';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePlaybook } from '../compile/compilePlaybook.ts';
import { at, compiled, DAY, HOUR, worldOf } from '../testing/fixtures.ts';
import { compileSegment } from './compileSegment.ts';
import { type CustomerWorld, newWorld, type WorldInput } from './CustomerWorld.ts';
import { describeCustomer } from './describeCustomer.ts';
import { react } from './react.ts';

const examples = fileURLToPath(new URL('../../../../examples/playbooks/', import.meta.url));
const template = (id: string) => compilePlaybook(JSON.parse(readFileSync(`${examples}${id}.json`, 'utf8')) as Playbook, 1);
// A segment trigger (reads the segments after every change) and two that act on the customer (tags, attributes).
const playbooks = ['churn-early-warning', 'nps-follow-up', 'birthday-greeting'].map(template);
const segments = [
  compileSegment('loyal', { and: [{ '>=': [{ var: 'customer.metrics.orders' }, 4] }, { '<=': [{ var: 'customer.metrics.days_since_last_order' }, 60] }] }),
  compileSegment('at_risk', { and: [{ '>=': [{ var: 'customer.metrics.orders' }, 2] }, { '>': [{ var: 'customer.metrics.days_since_last_order' }, 60] }] }),
  compileSegment('churned', { and: [{ '>=': [{ var: 'customer.metrics.orders' }, 1] }, { '>': [{ var: 'customer.metrics.days_since_last_order' }, 90] }] }),
  // Reads the ones listed before it, as `describeCustomer` lets it.
  compileSegment('vip_loyal', { and: [{ in_segment: 'loyal' }, { in: ['vip', { var: 'customer.tags' }] }] }),
];
const START = at('2025-01-06T00:00:00Z');

type Move = { kind: 'event'; type: string; score: number; after: number } | { kind: 'tags'; tags: string[]; after: number } | { kind: 'sweep' | 'timer'; after: number };

const moves: fc.Arbitrary<Move[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('event' as const), type: fc.constantFrom('order_placed', 'order_placed', 'nps_submitted', 'page_viewed'), score: fc.integer({ min: 0, max: 10 }), after: fc.integer({ min: 0, max: 40 * DAY }) }),
    fc.record({ kind: fc.constant('tags' as const), tags: fc.subarray(['vip', 'unsubscribed']), after: fc.integer({ min: 0, max: DAY }) }),
    fc.record({ kind: fc.constantFrom('sweep' as const, 'timer' as const), after: fc.integer({ min: 0, max: 20 * DAY }) }),
  ),
  { maxLength: 30 },
);

describe('react: the segments of the final customer', () => {
  it('hands out exactly what a fresh evaluation of the final customer gives, whenever it has them', () => {
    let given = 0;
    let changed = 0;
    fc.assert(
      fc.property(moves, (list) => {
        let world: CustomerWorld = newWorld({ id: 'c1' });
        let now = START;
        for (const move of list) {
          now += move.after;
          let input: WorldInput;
          if (move.kind === 'event') input = { kind: 'event', event: { type: move.type, at: now, properties: { amount: 50, score: move.score } } };
          else if (move.kind === 'tags') input = { kind: 'customer', tags: move.tags };
          else if (move.kind === 'sweep') input = { kind: 'sweep' };
          else {
            const due = world.runs.find((run) => run.status === 'active' && run.waiting !== undefined)?.waiting;
            if (due === undefined) continue;
            now = Math.max(now, due.until + HOUR);
            input = { kind: 'timer', timer: due.timer };
          }
          const result = react(world, input, { now, playbooks, segments });
          if (result.world.customer !== world.customer) changed++;
          world = result.world;
          if (result.segments === undefined) continue;
          given++;
          expect(result.segments).toEqual(describeCustomer(world.customer, segments, now).segments);
        }
      }),
      { numRuns: 200 },
    );
    // The segment trigger looks at the segments after every change to the customer: most changes hand them out.
    expect(given).toBeGreaterThan(changed / 2);
  });

  it('leaves them out when the reaction never looked at the segments (nothing is evaluated only to fill them)', () => {
    const result = react(worldOf('c1'), { kind: 'event', event: { type: 'order_placed', at: START, properties: { amount: 10 } } }, { now: START, playbooks: [], segments });
    expect(result.world.customer.metrics.orders).toBe(1);
    expect(result.segments).toBeUndefined();
  });

  it('leaves them out when the reaction budget stopped one, since a fresh evaluation has no such budget', () => {
    // Each of the first three costs about a third of the budget: the third is stopped and "anyone" skipped.
    const heavy = { some: [{ var: 'customer.orders' }, { '>': [{ var: 'amount' }, 100] }] };
    const costly = [...['first', 'second', 'third'].map((name) => compileSegment(name, heavy)), compileSegment('anyone', true)];
    const watch = compiled({ id: 'anyone-watch', nodes: [{ id: 'start', type: 'trigger', on: 'segment', if: { in_segment: 'anyone' } }, { id: 'done', type: 'exit' }] });
    const input: WorldInput = { kind: 'customer', attributes: { orders: Array.from({ length: 5_000 }, () => ({ amount: 1 })) } };
    const stopped = react(worldOf('c1'), input, { now: START, playbooks: [watch], segments: costly });
    expect(stopped.diagnostics).toContainEqual(expect.objectContaining({ code: 'rule_stopped', reason: 'reaction_budget' }));
    expect(stopped.segments).toBeUndefined();
    expect(describeCustomer(stopped.world.customer, costly, START).segments).toEqual(['anyone']);

    const fitting = [costly[0]!, costly[3]!];
    const whole = react(worldOf('c1'), input, { now: START, playbooks: [watch], segments: fitting });
    expect(whole.diagnostics).toBeUndefined();
    expect(whole.segments).toEqual(['anyone']);
  });
});
