import { describe, expect, it } from 'vitest';
import { at, compiled, DAY, drive, ordersAt, worldOf } from '../testing/fixtures.ts';
import { compileSegment } from './compileSegment.ts';
import { needsTimeSweep, nextTimeChange } from './nextTimeChange.ts';

const T0 = at('2026-01-01T00:00:00Z');
const LAST_ORDER = { var: 'customer.metrics.days_since_last_order' };
const segmentTrigger = (id: string, rule: unknown, settings = {}) =>
  compiled({ id, settings, nodes: [{ id: 'start', type: 'trigger', on: 'segment', if: rule as never }, { id: 'wait', type: 'wait', for: 'P400D' }] });

const ordered = () => ({ ...worldOf('c1'), customer: { ...worldOf('c1').customer, metrics: ordersAt(T0) } });

describe("a customer's next change by time alone", () => {
  it('is the earliest over live segment triggers and named segments', () => {
    const winBack = segmentTrigger('win-back', { '>=': [LAST_ORDER, 90] });
    const recent = compileSegment('recent', { '<': [LAST_ORDER, 7] });
    expect(nextTimeChange(ordered(), { now: T0 + DAY, playbooks: [winBack] })).toBe(T0 + 90 * DAY);
    expect(nextTimeChange(ordered(), { now: T0 + DAY, playbooks: [winBack], segments: [recent] })).toBe(T0 + 7 * DAY);
    expect(nextTimeChange(ordered(), { now: T0 + 100 * DAY, playbooks: [winBack], segments: [recent] })).toBeNull();
  });

  it("includes the exit_when of an active run's playbook, and leaves out rules it cannot time", () => {
    const nurture = compiled({
      id: 'nurture',
      settings: { exit_when: { '>': [{ var: 'customer.metrics.days_since_last_seen' }, 30] } },
      nodes: [{ id: 'start', type: 'trigger', on: 'event', event: 'signed_up' }, { id: 'wait', type: 'wait', for: 'P400D' }],
    });
    const { world } = drive(worldOf('c1'), [[{ kind: 'event', event: { id: 'e1', type: 'signed_up', at: T0, properties: {} } }, T0]], { playbooks: [nurture] });
    expect(world.runs.filter((run) => run.status === 'active')).toHaveLength(1);
    expect(nextTimeChange(world, { now: T0, playbooks: [nurture] })).toBe(T0 + 30 * DAY + 1);
    const renewal = segmentTrigger('renewal', { '<': [{ var: 'customer.renews_at' }, { var: 'now' }] });
    expect(nextTimeChange(world, { now: T0, playbooks: [nurture, renewal] })).toBe(T0 + 30 * DAY + 1);
    expect(nextTimeChange(worldOf('c2'), { now: T0, playbooks: [nurture] })).toBeNull();
  });

  it('needs the sweep of everyone only for rules it cannot time', () => {
    const covered = segmentTrigger('win-back', { or: [{ in_segment: 'churned' }, { '>': [LAST_ORDER, 180] }] });
    const churned = compileSegment('churned', { '>': [LAST_ORDER, 180] });
    const vague = compileSegment('vague', { '<': [{ var: 'customer.renews_at' }, { var: 'now' }] });
    expect(needsTimeSweep([covered], [], [churned])).toBe(false);
    expect(needsTimeSweep([covered], [], [churned, vague])).toBe(false);
    expect(needsTimeSweep([segmentTrigger('w', { in_segment: 'vague' })], [], [churned, vague])).toBe(true);
    expect(needsTimeSweep([segmentTrigger('w', { in: ['vague', { var: 'customer.segments' }] })], [], [churned, vague])).toBe(true);
    expect(needsTimeSweep([segmentTrigger('r', { '<': [{ var: 'customer.renews_at' }, { var: 'now' }] })], [], [])).toBe(true);
    const oldVersion = segmentTrigger('old', { '==': [1, 1] }, { exit_when: { '!!': { var: 'now' } } });
    expect(needsTimeSweep([], [oldVersion], [])).toBe(true);
  });
});
