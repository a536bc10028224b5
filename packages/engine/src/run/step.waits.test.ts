import { describe, expect, it } from 'vitest';
import { at, begin, compiled, event, fire, iso, MANUAL_TRIGGER, ofType, path, stepEnv } from '../testing/fixtures.ts';
import { step } from './step.ts';

describe('step: waits', () => {
  it('waits P1D from 09:00 across the Berlin spring DST change and resumes at 09:00 local', () => {
    const playbook = compiled({
      settings: { timezone: 'Europe/Berlin' },
      nodes: [MANUAL_TRIGGER, { id: 'wait', type: 'wait', for: 'P1D' }, { id: 'tag', type: 'action', action: 'add_tag', tag: 'next-day' }],
    });
    const started = begin(playbook, at('2025-03-29T09:00:00+01:00'));
    expect(iso(started.state.waiting!.until)).toBe('2025-03-30T07:00:00.000Z');
    expect(ofType(started.effects, 'schedule_timer')).toMatchObject([{ timer: started.state.waiting!.timer, at: at('2025-03-30T09:00:00+02:00') }]);
    const resumed = fire(playbook, started.state);
    expect(path(resumed.effects)).toEqual(['wait:next', 'tag:next']);
    expect(ofType(resumed.effects, 'record_step')[0]).toMatchObject({ node: 'wait', visit: 2, port: 'next', resumed: true });
    expect(resumed.state.status).toBe('completed');
  });

  it('adds durations in the customer’s own time zone before the playbook’s', () => {
    const playbook = compiled({ settings: { timezone: 'Asia/Shanghai' }, nodes: [MANUAL_TRIGGER, { id: 'wait', type: 'wait', for: 'P1D' }] });
    const { state } = begin(playbook, at('2025-03-29T09:00:00+01:00'), { attributes: { timezone: 'Europe/Berlin' } });
    expect(iso(state.waiting!.until)).toBe('2025-03-30T07:00:00.000Z');
  });

  it('waits until an attribute’s date plus a negative offset, a date-only value meaning midnight in the customer’s zone', () => {
    const playbook = compiled({
      settings: { timezone: 'Asia/Shanghai' },
      nodes: [MANUAL_TRIGGER, { id: 'before_renewal', type: 'wait', until: { attribute: 'renewal_date', offset: '-P2D' } }],
    });
    const { state } = begin(playbook, at('2025-06-01T10:00:00+08:00'), { attributes: { renewal_date: '2025-06-10' } });
    expect(iso(state.waiting!.until)).toBe('2025-06-07T16:00:00.000Z');
    expect(state.waiting).toMatchObject({ kind: 'timer', reason: 'wait' });
  });

  it('goes on at once when the until-date is missing, not a date, or already past', () => {
    const playbook = compiled({
      nodes: [MANUAL_TRIGGER, { id: 'wait', type: 'wait', until: { attribute: 'renewal_date', offset: '-P2D' } }, { id: 'done', type: 'exit' }],
    });
    for (const attributes of [{}, { renewal_date: 'soon' }, { renewal_date: '2025-06-02' }]) {
      const { state, effects } = begin(playbook, at('2025-06-01T10:00:00Z'), { attributes });
      expect(path(effects)).toEqual(['start:next', 'wait:next', 'done']);
      expect(state.status).toBe('completed');
    }
  });

  it('waits until the next HH:MM on an allowed weekday in the customer’s zone', () => {
    const playbook = compiled({
      settings: { timezone: 'Asia/Shanghai' },
      nodes: [MANUAL_TRIGGER, { id: 'weekday_morning', type: 'wait', untilTime: '10:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'] }],
    });
    // Friday 7 March 2025, 15:00 in Shanghai → Monday 10 March, 10:00 in Shanghai.
    expect(iso(begin(playbook, at('2025-03-07T15:00:00+08:00')).state.waiting!.until)).toBe('2025-03-10T02:00:00.000Z');
    // …and for a customer in New York, Friday 15:00 there → Monday 10:00 there.
    expect(iso(begin(playbook, at('2025-03-07T15:00:00-05:00'), { attributes: { timezone: 'America/New_York' } }).state.waiting!.until)).toBe('2025-03-10T14:00:00.000Z');
  });

  it('waits for an event and leaves by the event port when a matching one arrives, cancelling the timeout', () => {
    const playbook = compiled({
      nodes: [
        MANUAL_TRIGGER,
        { id: 'wait_order', type: 'wait_event', event: 'order_placed', where: { '>': [{ var: 'event.amount' }, 50] }, timeout: 'P14D' },
        { id: 'thanks', type: 'action', action: 'add_tag', tag: 'won-back' },
        { id: 'call', type: 'action', action: 'create_task', title: 'Call' },
      ],
      edges: [
        { from: 'start', to: 'wait_order' },
        { from: 'wait_order', to: 'thanks', port: 'event' },
        { from: 'wait_order', to: 'call', port: 'timeout' },
      ],
    });
    const start = at('2025-03-05T10:00:00Z');
    const { state } = begin(playbook, start);
    expect(state.waiting).toMatchObject({ kind: 'event', event: 'order_placed', until: start + 14 * 86_400_000 });
    const small = step(playbook, state, { kind: 'event', event: event('order_placed', start + 1000, { amount: 10 }) }, stepEnv(start + 1000));
    expect(small).toEqual({ state, effects: [] });
    const other = step(playbook, state, { kind: 'event', event: event('page_viewed', start + 1000) }, stepEnv(start + 1000));
    expect(other).toEqual({ state, effects: [] });
    const order = step(playbook, state, { kind: 'event', event: event('order_placed', start + 2000, { amount: 80 }) }, stepEnv(start + 2000));
    expect(order.effects[0]).toMatchObject({ type: 'cancel_timer', timer: state.waiting!.timer });
    expect(path(order.effects)).toEqual(['wait_order:event', 'thanks:next']);
  });

  it('leaves a wait_event by the timeout port when nothing arrives in time', () => {
    const playbook = compiled({
      nodes: [MANUAL_TRIGGER, { id: 'wait_order', type: 'wait_event', event: 'order_placed', timeout: 'P14D' }, { id: 'call', type: 'action', action: 'create_task', title: 'Call' }],
      edges: [
        { from: 'start', to: 'wait_order' },
        { from: 'wait_order', to: 'call', port: 'timeout' },
      ],
    });
    const { state } = begin(playbook, at('2025-03-05T10:00:00Z'));
    const timedOut = fire(playbook, state);
    expect(path(timedOut.effects)).toEqual(['wait_order:timeout', 'call:next']);
    expect(ofType(timedOut.effects, 'create_task')).toHaveLength(1);
  });

  it('lets conditions after a wait_event read the event that resumed the run', () => {
    const playbook = compiled({
      nodes: [
        MANUAL_TRIGGER,
        { id: 'wait_nps', type: 'wait_event', event: 'nps_submitted', timeout: 'P7D' },
        { id: 'detractor', type: 'condition', if: { '<=': [{ var: 'event.score' }, 6] } },
      ],
      edges: [
        { from: 'start', to: 'wait_nps' },
        { from: 'wait_nps', to: 'detractor', port: 'event' },
      ],
    });
    const start = at('2025-03-05T10:00:00Z');
    const { state } = begin(playbook, start);
    const answered = step(playbook, state, { kind: 'event', event: event('nps_submitted', start + 5, { score: 3 }) }, stepEnv(start + 5));
    expect(path(answered.effects)).toContain('detractor:true');
  });
});
