import type { PlaybookNode } from '@stayflow/playbook';
import { describe, expect, it } from 'vitest';
import { compileSegment } from '../react/compileSegment.ts';
import { react } from '../react/react.ts';
import { MAX_ATTRIBUTE_SIZE } from '../run/performAction.ts';
import { at, begin, compiled, MANUAL_TRIGGER, ofType, path, worldOf } from '../testing/fixtures.ts';

const now = at('2025-03-05T10:00:00Z');
/** Passes the checker (a list read from the data is assumed to hold 1,000 items), but meets 100,000. */
const someOrderOver100 = { some: [{ var: 'customer.orders' }, { '>': [{ var: 'amount' }, 100] }] };
const manyOrders = Array.from({ length: 100_000 }, () => ({ amount: 1 }));
/** Doubles "ab" 15 times: 65,536 characters, under evaluation's size limit but over the attribute cap. */
const doubledText = { reduce: [Array.from({ length: 15 }, (_, i) => i), { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, 'ab'] };

describe('a rule stopped by the operation limit', () => {
  it('takes the false branch of a condition and is reported with the step and the operations counted', () => {
    const playbook = compiled({
      nodes: [MANUAL_TRIGGER, { id: 'big_spender', type: 'condition', if: someOrderOver100 }, { id: 'yes', type: 'exit' }, { id: 'no', type: 'exit' }],
      edges: [
        { from: 'start', to: 'big_spender' },
        { from: 'big_spender', port: 'true', to: 'yes' },
        { from: 'big_spender', port: 'false', to: 'no' },
      ],
    });
    const result = begin(playbook, now, { attributes: { orders: manyOrders } });
    expect(path(result.effects)).toEqual(['start:next', 'big_spender:false', 'no']);
    expect(result.diagnostics).toEqual([
      {
        code: 'rule_stopped',
        playbook: 'test-playbook',
        version: 1,
        node: 'big_spender',
        reason: 'operations',
        operations: 30_000,
        limit: 30_000,
        message: 'The rule of step "big_spender" of playbook "test-playbook" v1 went past the limit of 30000 operations: it was stopped and counted as not matching.',
      },
    ]);
  });

  it('keeps a customer out of a segment, and react reports it once', () => {
    const segments = [compileSegment('big_spenders', someOrderOver100), compileSegment('anyone', true)];
    // Segments are evaluated when a rule reads them: here, a segment trigger.
    const welcome = compiled({ nodes: [{ id: 'start', type: 'trigger', on: 'segment', if: { in_segment: 'anyone' } }, { id: 'done', type: 'exit' }] });
    const result = react(worldOf('c1'), { kind: 'customer', attributes: { orders: manyOrders } }, { now, playbooks: [welcome], segments });
    expect(ofType(result.effects, 'start_run')).toHaveLength(1);
    expect(result.diagnostics).toMatchObject([{ code: 'rule_stopped', segment: 'big_spenders', operations: 30_000 }]);
    expect(result.diagnostics?.[0]?.message).toContain('segment "big_spenders"');
  });

  it('leaves a reaction without diagnostics when every rule finishes', () => {
    const segments = [compileSegment('big_spenders', someOrderOver100)];
    const result = react(worldOf('c1'), { kind: 'customer', attributes: { orders: [{ amount: 500 }] } }, { now, playbooks: [], segments });
    expect(result.diagnostics).toBeUndefined();
  });
});

describe('update_customer values', () => {
  const setNode = (set: Record<string, unknown>): PlaybookNode => ({ id: 'set', type: 'action', action: 'update_customer', set });

  it(`are not written above ${MAX_ATTRIBUTE_SIZE} characters of JSON, and are reported; the rest of the step goes on`, () => {
    const playbook = compiled({ nodes: [MANUAL_TRIGGER, setNode({ notes: doubledText, stage: 'won' }), { id: 'done', type: 'exit' }] });
    const result = begin(playbook, now);
    expect(ofType(result.effects, 'update_customer').map((e) => e.set)).toEqual([{ stage: 'won' }]);
    expect(path(result.effects)).toEqual(['start:next', 'set:next', 'done']);
    expect(result.diagnostics).toEqual([
      {
        code: 'value_too_large',
        playbook: 'test-playbook',
        version: 1,
        node: 'set',
        attribute: 'notes',
        size: 2 ** 16 + 2,
        limit: MAX_ATTRIBUTE_SIZE,
        message: `Step "set" of playbook "test-playbook" did not write attribute "notes": ${2 ** 16 + 2} characters as JSON, more than the limit of ${MAX_ATTRIBUTE_SIZE}.`,
      },
    ]);
  });

  it('write nothing at all when every value is too large, and the reaction still completes', () => {
    const playbook = compiled({ nodes: [MANUAL_TRIGGER, setNode({ notes: doubledText }), { id: 'done', type: 'exit' }] });
    const result = react(worldOf('c1'), { kind: 'enroll', playbookId: 'test-playbook' }, { now, playbooks: [playbook] });
    expect(ofType(result.effects, 'update_customer')).toEqual([]);
    expect(ofType(result.effects, 'end_run')).toMatchObject([{ status: 'completed' }]);
    expect(result.world.customer.attributes).toEqual({});
    expect(result.diagnostics).toMatchObject([{ code: 'value_too_large', attribute: 'notes' }]);
  });

  it('keep the previous value when the rule computing one is stopped', () => {
    const playbook = compiled({ nodes: [MANUAL_TRIGGER, setNode({ vip: someOrderOver100 }), { id: 'done', type: 'exit' }] });
    const result = begin(playbook, now, { attributes: { orders: manyOrders, vip: true } });
    expect(ofType(result.effects, 'update_customer')).toEqual([]);
    expect(result.diagnostics).toMatchObject([{ code: 'rule_stopped', node: 'set', attribute: 'vip' }]);
  });

  it('up to the cap are written as before', () => {
    const playbook = compiled({ nodes: [MANUAL_TRIGGER, setNode({ note: 'x'.repeat(MAX_ATTRIBUTE_SIZE - 2) }), { id: 'done', type: 'exit' }] });
    const result = begin(playbook, now);
    expect(ofType(result.effects, 'update_customer')[0]?.set.note).toHaveLength(MAX_ATTRIBUTE_SIZE - 2);
    expect(result.diagnostics).toBeUndefined();
  });
});
