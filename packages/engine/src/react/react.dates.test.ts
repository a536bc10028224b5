import { describe, expect, it } from 'vitest';
import { at, compiled, drive, ofType, worldOf } from '../testing/fixtures.ts';
import { react } from './react.ts';

const birthday = compiled({
  id: 'birthday',
  settings: { timezone: 'Asia/Shanghai' },
  nodes: [
    { id: 'start', type: 'trigger', on: 'date', attribute: 'birthday', at: '09:00', yearly: true },
    { id: 'tag', type: 'action', action: 'add_tag', tag: 'birthday-greeted' },
  ],
});
const env = { playbooks: [birthday] };
const now = at('2025-01-10T00:00:00Z');

describe('react: date triggers', () => {
  it('schedules the next birthday when the attribute changes', () => {
    const { effects } = react(worldOf(), { kind: 'customer', attributes: { birthday: '1990-05-20' } }, { ...env, now });
    expect(effects).toEqual([{ type: 'schedule_date', playbook: 'birthday', customer: 'c1', at: at('2025-05-20T09:00:00+08:00') }]);
    expect(react(worldOf(), { kind: 'customer', attributes: { city: 'Hangzhou' } }, { ...env, now }).effects).toEqual([]);
  });

  it('reschedules when the customer’s time zone changes', () => {
    const world = worldOf('c1', { birthday: '1990-05-20' });
    expect(ofType(react(world, { kind: 'customer', attributes: { timezone: 'Europe/Berlin' } }, { ...env, now }).effects, 'schedule_date')).toEqual([
      { type: 'schedule_date', playbook: 'birthday', customer: 'c1', at: at('2025-05-20T09:00:00+02:00') },
    ]);
  });

  it('starts a run when the date falls due and schedules the next anniversary', () => {
    const due = at('2025-05-20T09:00:00+08:00');
    const { world, effects } = react(worldOf('c1', { birthday: '1990-05-20' }), { kind: 'date', playbookId: 'birthday', at: due }, { ...env, now: due });
    expect(world.customer.tags).toEqual(['birthday-greeted']);
    expect(ofType(effects, 'schedule_date')).toEqual([{ type: 'schedule_date', playbook: 'birthday', customer: 'c1', at: at('2026-05-20T09:00:00+08:00') }]);
  });

  it('greets a 29 February birthday on 28 February in a common year', () => {
    const scheduled = ofType(react(worldOf(), { kind: 'customer', attributes: { birthday: '2000-02-29' } }, { ...env, now }).effects, 'schedule_date')[0]!;
    expect(scheduled.at).toBe(at('2025-02-28T09:00:00+08:00'));
    const fired = react(worldOf('c1', { birthday: '2000-02-29' }), { kind: 'date', playbookId: 'birthday', at: scheduled.at! }, { ...env, now: scheduled.at! });
    expect(ofType(fired.effects, 'start_run')).toHaveLength(1);
    expect(ofType(fired.effects, 'schedule_date')[0]!.at).toBe(at('2026-02-28T09:00:00+08:00'));
  });

  it('ignores a stale fire scheduled before the date changed, and reschedules', () => {
    const staleAt = at('2025-03-01T09:00:00+08:00');
    const { effects } = react(worldOf('c1', { birthday: '1990-05-20' }), { kind: 'date', playbookId: 'birthday', at: staleAt }, { ...env, now: staleAt });
    expect(ofType(effects, 'start_run')).toEqual([]);
    expect(ofType(effects, 'schedule_date')[0]!.at).toBe(at('2025-05-20T09:00:00+08:00'));
  });

  it('reschedules after an action of a run changes the date attribute', () => {
    const renew = compiled({
      id: 'renew',
      nodes: [{ id: 'start', type: 'trigger', on: 'manual' }, { id: 'set', type: 'action', action: 'update_customer', set: { birthday: '1991-07-01' } }],
    });
    const { effects } = drive(worldOf(), [[{ kind: 'enroll', playbookId: 'renew' }, now]], { playbooks: [birthday, renew] });
    expect(ofType(effects, 'schedule_date')).toEqual([{ type: 'schedule_date', playbook: 'birthday', customer: 'c1', at: at('2025-07-01T09:00:00+08:00') }]);
  });
});
