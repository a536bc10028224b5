import { describe, expect, it } from 'vitest';
import { at, begin, compiled, DAY, fire, HOUR, iso, MANUAL_TRIGGER, ofType, path } from '../testing/fixtures.ts';

const mail = { id: 'mail', type: 'action', action: 'send_message', channel: 'sms', template: { body: 'Hello' } } as const;

describe('step: quiet hours and the frequency cap', () => {
  const quiet = compiled({
    settings: { timezone: 'Asia/Shanghai', quiet_hours: { start: '22:00', end: '08:00' } },
    nodes: [MANUAL_TRIGGER, mail, { id: 'after', type: 'action', action: 'add_tag', tag: 'sent' }],
  });

  it('defers a message that falls in quiet hours across midnight to their end, then sends it', () => {
    const late = at('2025-03-05T23:30:00+08:00');
    const deferred = begin(quiet, late);
    expect(ofType(deferred.effects, 'send_message')).toEqual([]);
    expect(deferred.state).toMatchObject({ node: 'mail', waiting: { kind: 'timer', reason: 'quiet_hours' } });
    expect(iso(deferred.state.waiting!.until)).toBe('2025-03-06T00:00:00.000Z');
    expect(path(deferred.effects)).toEqual(['start:next', 'mail']);
    const sent = fire(quiet, deferred.state);
    expect(ofType(sent.effects, 'send_message')).toMatchObject([{ at: at('2025-03-06T08:00:00+08:00'), key: `${deferred.state.id}:mail:2` }]);
    expect(path(sent.effects)).toEqual(['mail:next', 'after:next']);
    expect(ofType(sent.effects, 'record_step')[0]).toMatchObject({ resumed: true, visit: 2 });
  });

  it('defers in the small hours too, to 08:00 the same morning, in the customer’s zone', () => {
    const deferred = begin(quiet, at('2025-03-06T03:00:00+08:00'));
    expect(iso(deferred.state.waiting!.until)).toBe('2025-03-06T00:00:00.000Z');
    const berlin = begin(quiet, at('2025-03-06T03:00:00+08:00'), { attributes: { timezone: 'Europe/Berlin' } });
    expect(ofType(berlin.effects, 'send_message')).toHaveLength(1);
  });

  it('sends at once outside quiet hours', () => {
    expect(ofType(begin(quiet, at('2025-03-06T12:00:00+08:00')).effects, 'send_message')).toHaveLength(1);
  });

  const capped = compiled({
    settings: { frequency_cap: { max: 2, per: 'P1D' } },
    nodes: [MANUAL_TRIGGER, mail],
  });

  it('defers a message over the frequency cap until the oldest in the window leaves it', () => {
    const now = at('2025-03-05T12:00:00Z');
    const sentAt = [now - 20 * HOUR, now - 2 * HOUR];
    const deferred = begin(capped, now, {}, { sentAt });
    expect(deferred.state.waiting).toMatchObject({ reason: 'frequency_cap', until: now + 4 * HOUR });
    const sent = fire(capped, deferred.state, {}, undefined, sentAt);
    expect(ofType(sent.effects, 'send_message')).toMatchObject([{ at: now + 4 * HOUR }]);
  });

  it('sends under the cap, leaving the send times it was given as they were', () => {
    const now = at('2025-03-05T12:00:00Z');
    const sentAt = [now - 30 * HOUR, now - 2 * HOUR];
    expect(ofType(begin(capped, now, {}, { sentAt }).effects, 'send_message')).toMatchObject([{ at: now }]);
    expect(sentAt).toEqual([now - 30 * HOUR, now - 2 * HOUR]);
  });

  it('counts its own messages against the cap within one step', () => {
    const once = compiled({
      settings: { frequency_cap: { max: 1, per: 'P1D' } },
      nodes: [MANUAL_TRIGGER, mail, { ...mail, id: 'again' }],
    });
    const now = at('2025-03-05T12:00:00Z');
    const sentAt: number[] = [];
    const result = begin(once, now, {}, { sentAt });
    expect(ofType(result.effects, 'send_message')).toMatchObject([{ node: 'mail' }]);
    expect(result.state).toMatchObject({ node: 'again', waiting: { reason: 'frequency_cap', until: now + DAY } });
    expect(sentAt).toEqual([]);
  });

  it('defers again, under a new timer id, when the cap still holds after quiet hours', () => {
    const both = compiled({
      settings: { quiet_hours: { start: '22:00', end: '08:00' }, frequency_cap: { max: 1, per: 'PT12H' } },
      nodes: [MANUAL_TRIGGER, mail],
    });
    const night = at('2025-03-05T23:00:00Z');
    const first = begin(both, night, {}, { sentAt: [night - HOUR] });
    expect(first.state.waiting).toMatchObject({ reason: 'quiet_hours', timer: `${first.state.id}:2` });
    const second = fire(both, first.state, {}, undefined, [night - HOUR]);
    expect(second.state.waiting).toMatchObject({ reason: 'frequency_cap', timer: `${first.state.id}:2:1`, deferrals: 1, until: night + 11 * HOUR });
    expect(ofType(second.effects, 'record_step')).toEqual([]);
    const third = fire(both, second.state, {}, undefined, [night - HOUR]);
    expect(ofType(third.effects, 'send_message')).toMatchObject([{ key: `${first.state.id}:mail:2` }]);
  });
});
