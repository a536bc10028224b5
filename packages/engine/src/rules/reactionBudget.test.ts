import { logicLimits, type Logic } from '@stayflow/logic';
import { describe, expect, it } from 'vitest';
import { type CompiledSegment, compileSegment } from '../react/compileSegment.ts';
import { react } from '../react/react.ts';
import { at, compiled, DAY, event, MANUAL_TRIGGER, ofType, path, worldOf } from '../testing/fixtures.ts';
import { REACTION_OPERATIONS } from './ReactionBudget.ts';

const now = at('2025-03-05T10:00:00Z');
const ORDERS = 5_000;
/** No order is over 100, so every one is looked at: 3 + 4 operations per order. */
const noBigOrderYet = { some: [{ var: 'customer.orders' }, { '>': [{ var: 'amount' }, 100] }] };
const perRule = 3 + 4 * ORDERS;
const orders = Array.from({ length: ORDERS }, () => ({ amount: 1 }));
const withOrders = { kind: 'customer', attributes: { orders } } as const;
const anyoneWatch = compiled({ id: 'anyone-watch', nodes: [{ id: 'start', type: 'trigger', on: 'segment', if: { in_segment: 'anyone' } }, { id: 'done', type: 'exit' }] });

/** A segment that counts how often it is evaluated. */
function counted(name: string, rule: Logic): { segment: CompiledSegment; calls: () => number } {
  const segment = compileSegment(name, rule);
  let calls = 0;
  return {
    segment: { name, test: (data, diagnostics, budget) => (calls++, segment.test(data, diagnostics, budget)), timing: segment.timing },
    calls: () => calls,
  };
}

describe('the reaction budget', () => {
  it('fits two rules that each cost a third of it, not three', () => {
    // What the tests below are built on; retuning the limits means new numbers here.
    expect(perRule).toBeLessThan(logicLimits.evaluationOperations);
    expect(2 * perRule).toBeLessThan(REACTION_OPERATIONS);
    expect(3 * perRule).toBeGreaterThan(REACTION_OPERATIONS);
  });

  it('stops the rule that spends it and skips every later one, reporting them once with their count', () => {
    const segments = ['first', 'second', 'third'].map((name) => compileSegment(name, noBigOrderYet));
    segments.push(compileSegment('anyone', true));
    const result = react(worldOf('c1'), withOrders, { now, playbooks: [anyoneWatch], segments });
    // "anyone" was skipped, so it does not match and the trigger reading it (skipped too) does not start a run.
    expect(ofType(result.effects, 'start_run')).toEqual([]);
    expect(result.diagnostics).toEqual([
      {
        code: 'rule_stopped',
        segment: 'third',
        reason: 'reaction_budget',
        operations: REACTION_OPERATIONS,
        limit: REACTION_OPERATIONS,
        stopped: 3,
        message: `This input's rules together went past the limit of ${REACTION_OPERATIONS} operations for one reaction, first at the rule of segment "third": 3 rule evaluations were stopped or skipped and counted as not matching.`,
      },
    ]);
  });

  it('lets every rule run when together they fit', () => {
    const segments = [compileSegment('first', noBigOrderYet), compileSegment('second', noBigOrderYet), compileSegment('anyone', true)];
    const result = react(worldOf('c1'), withOrders, { now, playbooks: [anyoneWatch], segments });
    expect(ofType(result.effects, 'start_run')).toHaveLength(1);
    expect(result.diagnostics).toBeUndefined();
  });

  it('applies each evaluation its own limit first', () => {
    const endless = { attributes: { orders: Array.from({ length: 100_000 }, () => ({ amount: 1 })) } };
    const segments = ['first', 'second', 'third'].map((name) => compileSegment(name, noBigOrderYet));
    const result = react(worldOf('c1'), { kind: 'customer', ...endless }, { now, playbooks: [anyoneWatch], segments });
    const limit = logicLimits.evaluationOperations;
    expect(2 * limit).toBe(REACTION_OPERATIONS);
    expect(result.diagnostics).toMatchObject([
      { segment: 'first', reason: 'operations', operations: limit, limit },
      { segment: 'second', reason: 'operations', operations: limit, limit },
      // The third segment and the trigger's rule: nothing was left for them.
      { segment: 'third', reason: 'reaction_budget', operations: REACTION_OPERATIONS, stopped: 2 },
    ]);
  });

  it('is shared with the rules of the steps a reaction walks', () => {
    const playbook = compiled({
      nodes: [MANUAL_TRIGGER, { id: 'big', type: 'condition', if: noBigOrderYet }, { id: 'yes', type: 'exit' }, { id: 'no', type: 'exit' }],
      edges: [
        { from: 'start', to: 'big' },
        { from: 'big', port: 'true', to: 'yes' },
        { from: 'big', port: 'false', to: 'no' },
      ],
    });
    const segments = [compileSegment('first', noBigOrderYet), compileSegment('second', noBigOrderYet)];
    const alone = react(worldOf('c1', { orders: [...orders, { amount: 500 }] }), { kind: 'enroll', playbookId: 'test-playbook' }, { now, playbooks: [playbook] });
    expect(path(alone.effects)).toEqual(['start:next', 'big:true', 'yes']);
    const crowded = react(worldOf('c1', { orders: [...orders, { amount: 500 }] }), { kind: 'enroll', playbookId: 'test-playbook' }, { now, playbooks: [playbook], segments });
    expect(path(crowded.effects)).toEqual(['start:next', 'big:false', 'no']);
    expect(crowded.diagnostics).toMatchObject([{ code: 'rule_stopped', reason: 'reaction_budget', playbook: 'test-playbook', node: 'big', stopped: 1 }]);
  });

  it('starts afresh with every reaction, and the same input always stops at the same rule', () => {
    const segments = ['first', 'second', 'third'].map((name) => compileSegment(name, noBigOrderYet));
    const env = { now, playbooks: [anyoneWatch], segments };
    const first = react(worldOf('c1'), withOrders, env);
    expect(react(worldOf('c1'), withOrders, env)).toEqual(first);
    const later = react(first.world, { kind: 'sweep' }, { ...env, now: now + DAY });
    // The third segment, then the trigger's rule twice: the quick look of the sweep, and the full reaction.
    expect(later.diagnostics).toMatchObject([{ segment: 'third', reason: 'reaction_budget', operations: REACTION_OPERATIONS, stopped: 3 }]);
  });
});

describe('segments within one reaction', () => {
  it('are evaluated once for a customer that does not change, even when a sweep is not quiet', () => {
    const anyone = counted('anyone', true);
    // Never evaluated before: the sweep is not quiet and the full reaction starts the run.
    const result = react(worldOf('c1'), { kind: 'sweep' }, { now, playbooks: [anyoneWatch], segments: [anyone.segment] });
    expect(ofType(result.effects, 'start_run')).toHaveLength(1);
    expect(anyone.calls()).toBe(1);
  });

  it('are evaluated again after anything changes the customer', () => {
    const anyone = counted('anyone', true);
    const tagging = compiled({ id: 'tagging', nodes: [{ id: 'start', type: 'trigger', on: 'event', event: 'page_viewed' }, { id: 'tag', type: 'action', action: 'add_tag', tag: 'seen' }] });
    const result = react(worldOf('c1'), { kind: 'event', event: event('page_viewed', now) }, { now, playbooks: [tagging, anyoneWatch], segments: [anyone.segment] });
    expect(result.world.customer.tags).toEqual(['seen']);
    // Once with the event's metrics, once after the tag.
    expect(anyone.calls()).toBe(2);
  });
});
