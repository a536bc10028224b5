import { describe, expect, expectTypeOf, it } from 'vitest';
import { ACTION_SCHEMAS, ActionNode, type ActionKind, Channel, CHANNELS } from './actions.ts';
import type { PlaybookNode } from './nodes.ts';
import { WEEKDAYS, Weekday } from './primitives.ts';
import { unionOf } from './unionOf.ts';
import { TRIGGER_SCHEMAS, TriggerNode, type TriggerKind } from './triggers.ts';

describe('unionOf', () => {
  it('refuses an empty list', () => {
    expect(() => unionOf([])).toThrow(/at least one/);
  });
});

describe('the unions derived from their lists', () => {
  it('keep precise static types', () => {
    expectTypeOf<Channel>().toEqualTypeOf<'email' | 'sms' | 'push' | 'inbox'>();
    expectTypeOf<Weekday>().toEqualTypeOf<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'>();
    expectTypeOf<TriggerNode['on']>().toEqualTypeOf<TriggerKind>();
    expectTypeOf<ActionNode['action']>().toEqualTypeOf<ActionKind>();
    expectTypeOf<Extract<ActionNode, { action: 'send_message' }>['channel']>().toEqualTypeOf<Channel>();
    expectTypeOf<Extract<PlaybookNode, { on: 'date' }>['attribute']>().toEqualTypeOf<string>();
    expectTypeOf<Extract<PlaybookNode, { action: 'issue_coupon' }>['percent']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<PlaybookNode['type']>().toEqualTypeOf<'trigger' | 'condition' | 'switch' | 'wait' | 'wait_event' | 'split' | 'action' | 'exit'>();
  });

  it('offer every listed value, in the order of the list', () => {
    expect(ActionNode.anyOf).toEqual(Object.values(ACTION_SCHEMAS));
    expect(TriggerNode.anyOf).toEqual(Object.values(TRIGGER_SCHEMAS));
    expect(Channel.anyOf.map((literal) => literal.const)).toEqual(CHANNELS);
    expect(Weekday.anyOf.map((literal) => literal.const)).toEqual(WEEKDAYS);
  });
});
