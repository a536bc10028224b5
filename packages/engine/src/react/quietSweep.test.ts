import { describe, expect, it } from 'vitest';
import { at, compiled, DAY, drive, event, MANUAL_TRIGGER, worldOf } from '../testing/fixtures.ts';
import { quietSweep } from './quietSweep.ts';

const now = at('2025-03-05T10:00:00Z');
const churn = compiled({ id: 'churn', nodes: [{ id: 'start', type: 'trigger', on: 'segment', if: { '>': [{ var: 'customer.metrics.days_since_last_order' }, 90] } }] });
const guarded = compiled({ id: 'guarded', settings: { exit_when: { has_tag: 'gone' } }, nodes: [MANUAL_TRIGGER, { id: 'wait', type: 'wait', for: 'P30D' }] });

describe('quietSweep', () => {
  it('is quiet while every segment trigger answers as it did last time', () => {
    const bought = drive(worldOf(), [[{ kind: 'event', event: event('order_placed', now) }, now]], { playbooks: [churn] }).world;
    expect(quietSweep(bought, { now: now + 30 * DAY, playbooks: [churn] })).toBe(true);
    expect(quietSweep(bought, { now: now + 91 * DAY, playbooks: [churn] })).toBe(false);
  });

  it('is never quiet for a customer with an active run that exit_when could end', () => {
    const waiting = drive(worldOf(), [[{ kind: 'enroll', playbookId: 'guarded' }, now]], { playbooks: [guarded] }).world;
    expect(quietSweep(waiting, { now, playbooks: [guarded] })).toBe(false);
    expect(quietSweep(worldOf(), { now, playbooks: [guarded] })).toBe(true);
  });
});
